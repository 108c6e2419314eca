// The red-flag screen in the intake. Every item the API lists for the episode's regions is answered
// present or absent (nothing is ticked for the clinician), or the screen is recorded as not done with
// the reason; a screen nobody touched is not sent at all, so it can never read as a negative screen.
// The items and their questions come from the API (the domain's one list).
import type { ReactElement } from 'react';
import type { ApiError } from '../client/client.ts';
import type { RedFlagCode, RedFlagScreen, RegionalRedFlagItem } from '../client/types.ts';
import { Field, fieldMessage } from '../components/field.tsx';
import type { FieldProblem } from '../components/form-state.ts';
import { redFlagTierLabel } from '../words.ts';

export interface ScreenDraft {
  date: string;
  status: 'done' | 'not-done';
  notDoneReason: string;
  answers: Partial<Record<RedFlagCode, boolean>>;
  notes: Partial<Record<RedFlagCode, string>>;
  clearance: RedFlagScreen['clearance'];
  /** False until the clinician answers anything, or when nothing was stored: such a screen is not sent. */
  touched: boolean;
}

export function screenDraftOf(screen: RedFlagScreen | undefined, day: string): ScreenDraft {
  return {
    date: screen?.date ?? day,
    status: screen?.status ?? 'done',
    notDoneReason: screen?.notDoneReason ?? '',
    answers: Object.fromEntries((screen?.answers ?? []).map((a) => [a.item, a.present])),
    notes: Object.fromEntries((screen?.answers ?? []).flatMap((a) => (a.note === undefined ? [] : [[a.item, a.note]]))),
    clearance: screen?.clearance,
    touched: screen !== undefined,
  };
}

/** The screen as the API takes it, or undefined for a screen nobody has touched. */
export function screenBody(draft: ScreenDraft): RedFlagScreen | undefined {
  if (!draft.touched) return undefined;
  const answers = (Object.entries(draft.answers) as [RedFlagCode, boolean | undefined][])
    .flatMap(([item, present]) => (present === undefined ? [] : [{ item, present, ...(draft.notes[item] ? { note: draft.notes[item] } : {}) }]));
  return {
    date: draft.date, status: draft.status, answers,
    ...(draft.status === 'not-done' ? { notDoneReason: draft.notDoneReason.trim() } : {}),
    ...(draft.clearance ? { clearance: draft.clearance } : {}),
  };
}

/** What the form checks before sending: every item answered, or a reason for not doing the screen. */
export function screenProblems(draft: ScreenDraft, items: readonly RegionalRedFlagItem[]): FieldProblem[] {
  if (!draft.touched) return [];
  if (draft.status === 'not-done') {
    const problems = draft.notDoneReason.trim() === '' ? [{ path: 'redFlags.notDoneReason', message: 'Say why the screen was not done' }] : [];
    const present = items.filter((item) => draft.answers[item.code] === true);
    return [...problems, ...present.map((item) => ({ path: `redFlags.answers.${item.code}`, message: 'A sign found present cannot be set aside: finish the screen instead' }))];
  }
  return items.filter((item) => draft.answers[item.code] === undefined).map((item) => ({ path: `redFlags.answers.${item.code}`, message: 'Answer present or absent' }));
}

export function RedFlagScreenFields({ draft, onChange, items, error }: {
  draft: ScreenDraft; onChange: (draft: ScreenDraft) => void; items: readonly RegionalRedFlagItem[]; error: ApiError | null;
}): ReactElement {
  const set = (change: Partial<ScreenDraft>): void => onChange({ ...draft, ...change, touched: true });
  const answered = items.filter((item) => draft.answers[item.code] !== undefined).length;
  return (
    <>
      <div className="row">
        <Field label="Screened on" path="redFlags.date" error={error}>{(a) => <input {...a} type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />}</Field>
      </div>
      <fieldset className="choice">
        <legend>Was the screen done?</legend>
        <div className="choice-options">
          <label className={draft.status === 'done' ? 'chosen' : ''}><input type="radio" name="screen-status" checked={draft.status === 'done'} onChange={() => set({ status: 'done' })} /><span>Done: each sign asked</span></label>
          <label className={draft.status === 'not-done' ? 'chosen' : ''}><input type="radio" name="screen-status" checked={draft.status === 'not-done'} onChange={() => set({ status: 'not-done' })} /><span>Not done</span></label>
        </div>
      </fieldset>
      {draft.status === 'not-done' ? (
        <Field label="Why was it not done?" path="redFlags.notDoneReason" error={error} hint="Until a screen is done the patient counts as not screened, and the intake is not complete.">
          {(a) => <textarea {...a} value={draft.notDoneReason} onChange={(e) => set({ notDoneReason: e.target.value })} />}
        </Field>
      ) : (
        <>
          <p className="muted" role="status">{answered} of {items.length} signs answered{!draft.touched ? ': not recorded yet' : ''}.</p>
          {items.map((item) => {
            const message = fieldMessage(error, `redFlags.answers.${item.code}`);
            const value = draft.answers[item.code];
            return (
              <fieldset key={item.code} className={`red-flag-item${message ? ' invalid' : ''}`} aria-describedby={message ? `rf-${item.code}-error` : undefined}>
                <legend>{item.question} <span className={`badge tier-${item.tier}`}>{redFlagTierLabel[item.tier]}</span></legend>
                <div className="choice-options">
                  {([['present', true], ['absent', false]] as const).map(([word, present], i) => (
                    <label key={word} className={value === present ? 'chosen' : ''}>
                      <input type="radio" name={`rf-${item.code}`} checked={value === present}
                        onChange={() => set({ answers: { ...draft.answers, [item.code]: present } })}
                        {...(i === 0 ? { 'data-path': `redFlags.answers.${item.code}`, 'aria-invalid': Boolean(message) } : {})} />
                      <span>{present ? 'Present' : 'Absent'}</span>
                    </label>
                  ))}
                </div>
                {value === true && <p className="warning">{item.action}</p>}
                {message && <p className="field-error" id={`rf-${item.code}-error`}>{message}</p>}
              </fieldset>
            );
          })}
        </>
      )}
    </>
  );
}
