// How care ends or continues: a referral with its overlap dates (each referral correctable and
// removable), a declaration of ongoing care with a reason and a review date, or graduation (the
// episode's status becomes graduated); the referral letter of each referral and the patient's
// graduation summary as PDF. The overlap and the review are plans: they may lie ahead.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { Referral, StoredReferral } from '../client/types.ts';
import { DownloadButton } from '../components/download-button.tsx';
import { Field } from '../components/field.tsx';
import { dateProblems, useFormState } from '../components/form-state.ts';
import { RemovedList, RemoveRecord } from '../components/remove-record.tsx';
import { ErrorMessage, Show } from '../components/status.tsx';
import { documentPath, graduationSummaryReady } from '../documents.ts';
import { loadEpisode, today, type EpisodeData } from '../episode-data.ts';
import { Link } from '../router.tsx';
import { useResource } from '../use-resource.ts';
import { disciplineLabel, episodeStatusLabel, referralStatusLabel } from '../words.ts';

const disciplines = Object.keys(disciplineLabel) as Referral['to']['discipline'][];
const statuses = Object.keys(referralStatusLabel) as Referral['status'][];

const draftOf = (x?: StoredReferral): { date: string; discipline: Referral['to']['discipline']; provider: string; reason: string; summary: string; overlapStart: string; overlapEnd: string; status: Referral['status'] } => ({
  date: x?.date ?? today(), discipline: x?.to.discipline ?? 'advanced-rehabilitation', provider: x?.to.provider ?? '', reason: x?.reason ?? '', summary: x?.summary ?? '',
  overlapStart: x?.overlapStart ?? (x ? '' : today()), overlapEnd: x?.overlapEnd ?? '', status: x?.status ?? 'active',
});

function ReferralForm({ episodeId, referral, onSaved, onCancel }: { episodeId: string; referral?: StoredReferral; onSaved: () => void; onCancel?: () => void }): ReactElement {
  const form = useFormState();
  const [r, setR] = useState(() => draftOf(referral));
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const problems = [
      ...dateProblems('date', r.date, today(), { label: 'the day of the referral' }),
      ...(r.reason.trim() === '' ? [{ path: 'reason', message: 'Say why the patient is referred' }] : []),
      ...(r.overlapStart && r.overlapEnd && r.overlapEnd < r.overlapStart ? [{ path: 'overlapEnd', message: 'The overlap cannot end before it starts' }] : []),
    ];
    if (!form.check(problems)) return;
    const body = {
      date: r.date, to: { discipline: r.discipline, ...(r.provider ? { provider: r.provider } : {}) }, reason: r.reason.trim(), status: r.status,
      ...(r.summary ? { summary: r.summary } : {}), ...(r.overlapStart ? { overlapStart: r.overlapStart } : {}), ...(r.overlapEnd ? { overlapEnd: r.overlapEnd } : {}),
    };
    const saved = await form.run(() => (referral ? api.editReferral(referral.id, { ...body, version: referral.version }) : api.addReferral(episodeId, body)));
    if (saved) {
      if (!referral) setR(draftOf());
      onSaved();
    }
  };
  return (
    <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate aria-label={referral ? 'Correct the referral' : 'Make a referral'}>
      <div className="row">
        <Field label="Date" path="date" error={form.error}>{(a) => <input {...a} type="date" max={today()} value={r.date} onChange={(e) => setR({ ...r, date: e.target.value })} />}</Field>
        <Field label="To" path="to.discipline" error={form.error}>
          {(a) => <select {...a} value={r.discipline} onChange={(e) => setR({ ...r, discipline: e.target.value as Referral['to']['discipline'] })}>{disciplines.map((d) => <option key={d} value={d}>{disciplineLabel[d]}</option>)}</select>}
        </Field>
        <Field label="Provider (optional)" path="to.provider" error={form.error}>{(a) => <input {...a} value={r.provider} onChange={(e) => setR({ ...r, provider: e.target.value })} />}</Field>
        {referral && (
          <Field label="Status" path="status" error={form.error}>
            {(a) => <select {...a} value={r.status} onChange={(e) => setR({ ...r, status: e.target.value as Referral['status'] })}>{statuses.map((x) => <option key={x} value={x}>{referralStatusLabel[x]}</option>)}</select>}
          </Field>
        )}
      </div>
      <Field label="Reason" path="reason" error={form.error}>{(a) => <textarea {...a} value={r.reason} onChange={(e) => setR({ ...r, reason: e.target.value })} />}</Field>
      <Field label="Summary for the next provider (optional)" path="summary" error={form.error}>{(a) => <textarea {...a} value={r.summary} onChange={(e) => setR({ ...r, summary: e.target.value })} />}</Field>
      <div className="row">
        <Field label="Overlap starts" path="overlapStart" error={form.error}>{(a) => <input {...a} type="date" value={r.overlapStart} onChange={(e) => setR({ ...r, overlapStart: e.target.value })} />}</Field>
        <Field label="Overlap ends" path="overlapEnd" error={form.error} hint="Both run until the handoff is complete">{(a) => <input {...a} type="date" value={r.overlapEnd} onChange={(e) => setR({ ...r, overlapEnd: e.target.value })} />}</Field>
      </div>
      {form.error && <ErrorMessage error={form.error} what="save the referral" reload={onSaved} />}
      <div className="actions">
        <button type="submit" disabled={form.busy}>{referral ? 'Save the correction' : 'Save referral'}</button>
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}

function Referrals({ data, onSaved }: { data: EpisodeData; onSaved: () => void }): ReactElement {
  const [editing, setEditing] = useState<string | null>(null);
  const saved = (): void => { setEditing(null); onSaved(); };
  return (
    <section className="card" aria-labelledby="referral-h">
      <h2 id="referral-h">Referral</h2>
      {data.file.referrals.length > 0 && (
        <ul className="records">
          {data.file.referrals.map((x) => (
            <li key={x.id}>
              {editing === x.id ? <ReferralForm episodeId={data.file.episode.id} referral={x} onSaved={saved} onCancel={() => setEditing(null)} /> : (
                <>
                  <span>{x.date} to {disciplineLabel[x.to.discipline]}{x.to.provider ? ` (${x.to.provider})` : ''}: {x.reason}. Overlap {x.overlapStart ?? 'not set'} to {x.overlapEnd ?? 'open'}; {referralStatusLabel[x.status].toLowerCase()}</span>
                  <span className="record-actions">
                    <button type="button" className="small" onClick={() => setEditing(x.id)} aria-label={`Correct the referral of ${x.date}`}>Correct</button>
                    <RemoveRecord kind="referral" id={x.id} version={x.version} what={`the referral of ${x.date}`} onRemoved={onSaved} />
                    <DownloadButton path={documentPath(data.file.episode.id, 'referral-letter', x.id)} label="Referral letter (PDF)" what="the referral letter" />
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <RemovedList items={data.removed.referrals.map((x) => ({ key: x.id, text: `Referral of ${x.date} to ${disciplineLabel[x.to.discipline]}`, removed: x.removed }))} />
      <h3>Make a referral</h3>
      <ReferralForm episodeId={data.file.episode.id} onSaved={onSaved} />
    </section>
  );
}

function OngoingCareForm({ data, onSaved }: { data: EpisodeData; onSaved: () => void }): ReactElement {
  const form = useFormState();
  const current = data.file.ongoingCare;
  const [o, setO] = useState({ declaredOn: current?.declaredOn ?? today(), reason: current?.reason ?? '', reviewOn: current?.reviewOn ?? '' });
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const problems = [
      ...dateProblems('declaredOn', o.declaredOn, today()),
      ...dateProblems('reviewOn', o.reviewOn, today(), { plan: true, label: 'when it will be reviewed' }),
      ...(o.reason.trim() === '' ? [{ path: 'reason', message: 'Say why care continues' }] : []),
    ];
    if (!form.check(problems)) return;
    const saved = await form.run(() => api.declareOngoingCare(data.file.episode.id, { ...o, reason: o.reason.trim(), version: data.file.episode.version }));
    if (saved) onSaved();
  };
  return (
    <form ref={form.ref} className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="ongoing-h">
      <h2 id="ongoing-h">Ongoing care</h2>
      <p className="muted">Care that continues on purpose: say why, and when it will be reviewed.</p>
      <div className="row">
        <Field label="Declared on" path="declaredOn" error={form.error}>{(a) => <input {...a} type="date" value={o.declaredOn} onChange={(e) => setO({ ...o, declaredOn: e.target.value })} />}</Field>
        <Field label="Review on" path="reviewOn" error={form.error}>{(a) => <input {...a} type="date" value={o.reviewOn} onChange={(e) => setO({ ...o, reviewOn: e.target.value })} />}</Field>
      </div>
      <Field label="Reason" path="reason" error={form.error}>{(a) => <textarea {...a} value={o.reason} onChange={(e) => setO({ ...o, reason: e.target.value })} />}</Field>
      {form.error && <ErrorMessage error={form.error} what="declare ongoing care" reload={onSaved} />}
      <button type="submit" disabled={form.busy}>Declare ongoing care</button>
    </form>
  );
}

function Graduation({ data, onSaved }: { data: EpisodeData; onSaved: () => void }): ReactElement {
  const form = useFormState();
  const { episode } = data.file;
  const allMet = data.assessment.goals.length > 0 && data.assessment.goals.every((g) => g.atTarget);
  const draft = data.assessment.conversations.find((c) => c.situation === 'graduation');
  const graduate = async (): Promise<void> => {
    const saved = await form.run(() => api.editEpisode(episode.id, {
      startDate: episode.startDate, status: 'graduated', regions: episode.regions, condition: episode.condition,
      ...(episode.complaint ? { complaint: episode.complaint } : {}), ...(episode.painDurationMonths === undefined ? {} : { painDurationMonths: episode.painDurationMonths }),
      ...(episode.expectations ? { expectations: episode.expectations } : {}), version: episode.version,
    }));
    if (saved) onSaved();
  };
  return (
    <section className="card" aria-labelledby="graduation-h">
      <h2 id="graduation-h">Graduation</h2>
      {episode.status === 'graduated' ? (
        <>
          <p className="notice">Graduated.</p>
          <div className="actions"><DownloadButton path={documentPath(episode.id, 'graduation-summary')} label="Graduation summary for the patient (PDF)" what="the graduation summary" /></div>
        </>
      ) : (
        <>
          <p>{allMet ? 'Every goal is at its target.' : 'Not every goal is at its target yet.'} The engine recommends graduation only when the goals have held at a checkpoint.</p>
          {draft && <blockquote className="draft">{draft.text}</blockquote>}
          {graduationSummaryReady(episode.status, data.assessment) && (
            <div className="actions"><DownloadButton path={documentPath(episode.id, 'graduation-summary')} label="Graduation summary for the patient (PDF)" what="the graduation summary" /></div>
          )}
          {form.error && <ErrorMessage error={form.error} what="graduate the patient" reload={onSaved} />}
          <button type="button" onClick={() => void graduate()} disabled={form.busy}>Mark as graduated</button>
        </>
      )}
    </section>
  );
}

export function CareDecisionsPage({ episodeId }: { episodeId: string }): ReactElement {
  const data = useResource(() => loadEpisode(episodeId), [episodeId]);
  return (
    <section>
      <Show resource={data} what="the episode">
        {(d) => (
          <>
            <div className="page-head">
              <h1>Referral, ongoing care, graduation: {d.file.patient.name ?? 'patient'}</h1>
              <Link to={`/patients/${d.file.patient.id}`}>Back to the patient</Link>
            </div>
            <p className="muted">Status: {episodeStatusLabel[d.file.episode.status]}.</p>
            <Referrals data={d} onSaved={data.reload} />
            <OngoingCareForm key={`o${d.file.episode.version}`} data={d} onSaved={data.reload} />
            <Graduation data={d} onSaved={data.reload} />
          </>
        )}
      </Show>
    </section>
  );
}
