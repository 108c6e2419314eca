// The clinic's settings (spec §4a.5, §4a.6): its name and time zone, then every threshold the engine
// uses with its value, default, unit, range, rationale and source, marked where the clinic differs
// from the default. The admin edits them, previews what the change would do on simulated episodes,
// and saves with the version read: a change someone else saved meanwhile is refused, and the page says
// so and offers to reload. Clinicians see the same page without the edits.
import { useCallback, useState, type FormEvent, type ReactElement } from 'react';
import type { ApiError } from '../client/client.ts';
import { api } from '../client/endpoints.ts';
import type { ClinicChangeRow, ClinicDetails, ClinicSettingsView, SettingKey, SettingsPreview } from '../client/types.ts';
import { setClinicTimeZone } from '../clinic-time.ts';
import { Field } from '../components/field.tsx';
import { useFormState } from '../components/form-state.ts';
import { ErrorMessage, Show } from '../components/status.tsx';
import { useSession } from '../session.tsx';
import { useResource } from '../use-resource.ts';
import { PreviewPanel, previewFits, type SettingsChange } from './settings-preview.tsx';

interface PageData {
  clinic: ClinicDetails;
  settings: ClinicSettingsView;
  preview: SettingsPreview | null;
  changes: ClinicChangeRow[];
}

async function loadPage(admin: boolean): Promise<PageData> {
  const [clinic, settings, preview, changes] = await Promise.all([
    api.clinic(), api.clinicSettings(), admin ? api.settingsPreview() : null, admin ? api.clinicChanges() : [],
  ]);
  return { clinic, settings, preview, changes };
}

/** "plateauMinDays" -> "Plateau min days". */
const labelOf = (key: string): string => {
  const spaced = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

/** A 409 told in words: someone else saved first; the edits stay on the page until a reload. */
function StaleNotice({ error, reload }: { error: ApiError | null; reload: () => void }): ReactElement | null {
  if (error?.status !== 409) return null;
  return (
    <div className="warning" role="alert">
      <p><strong>Someone changed this since you opened the page; reload to see their values.</strong> Nothing of yours was saved.</p>
      <button type="button" onClick={reload}>Reload</button>
    </div>
  );
}

function ClinicForm({ clinic, canEdit, onSaved }: { clinic: ClinicDetails; canEdit: boolean; onSaved: () => void }): ReactElement {
  const form = useFormState();
  const [name, setName] = useState(clinic.name);
  const [timeZone, setTimeZone] = useState(clinic.timeZone);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const saved = await form.run(() => api.editClinic({ name, timeZone, version: clinic.version }));
    if (saved) {
      setClinicTimeZone(saved.timeZone);
      onSaved();
    }
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="clinic-h">
      <h2 id="clinic-h">The clinic</h2>
      <p className="muted">Today here is {clinic.today}: "today", check-in days and overdue checkpoints are dates in the clinic's time zone.</p>
      <div className="row">
        <Field label="Name" path="name" error={form.error}>{(a) => <input {...a} value={name} disabled={!canEdit} onChange={(e) => setName(e.target.value)} />}</Field>
        <Field label="Time zone" path="timeZone" error={form.error} hint="An IANA name, e.g. America/Los_Angeles">
          {(a) => <input {...a} list="time-zones" value={timeZone} disabled={!canEdit} onChange={(e) => setTimeZone(e.target.value)} />}
        </Field>
      </div>
      <datalist id="time-zones">{Intl.supportedValuesOf('timeZone').map((zone) => <option key={zone} value={zone} />)}</datalist>
      <StaleNotice error={form.error} reload={onSaved} />
      {form.error && form.error.status !== 409 && <ErrorMessage error={form.error} what="save the clinic" />}
      {canEdit && <button type="submit" disabled={form.busy}>{form.busy ? 'Saving…' : 'Save the clinic'}</button>}
    </form>
  );
}

/**
 * The change the edits make: a number, or null where the edit goes back to the default; unchanged
 * values left out. `invalid` when an edit is not a number within its range (nothing is sent then).
 */
function changeOf(settings: ClinicSettingsView, edits: Partial<Record<SettingKey, string>>): { change: SettingsChange; invalid: boolean } {
  const change: SettingsChange = {};
  let invalid = false;
  for (const { key, default: fallback, min, max } of settings.catalogue) {
    const text = edits[key];
    if (text === undefined) continue;
    const value = Number(text);
    if (text.trim() === '' || Number.isNaN(value) || value < min || value > max) {
      invalid = true;
      continue;
    }
    if (value === settings.values[key]) continue;
    change[key] = value === fallback ? null : value;
  }
  return { change, invalid };
}

function SettingsTable({ settings, edits, setEdits, canEdit, error }: {
  settings: ClinicSettingsView;
  edits: Partial<Record<SettingKey, string>>;
  setEdits: (edits: Partial<Record<SettingKey, string>>) => void;
  canEdit: boolean;
  error: ApiError | null;
}): ReactElement {
  return (
    <div className="table-scroll">
      <table className="settings">
        <thead><tr><th scope="col">Setting</th><th scope="col">Value</th><th scope="col">Default</th><th scope="col">Range</th><th scope="col">Why, and the source</th></tr></thead>
        <tbody>
          {settings.catalogue.map((s) => {
            const text = edits[s.key] ?? String(settings.values[s.key]);
            const differs = settings.values[s.key] !== s.default;
            const edited = edits[s.key] !== undefined && Number(edits[s.key]) !== settings.values[s.key];
            const outOfRange = text.trim() === '' || Number.isNaN(Number(text)) || Number(text) < s.min || Number(text) > s.max;
            const message = error?.fieldMessage(`values.${s.key}`) ?? (outOfRange ? `Between ${s.min} and ${s.max} ${s.unit}` : undefined);
            return (
              <tr key={s.key} className={differs ? 'differs' : undefined}>
                <th scope="row">
                  {labelOf(s.key)}
                  {differs && <> <span className="badge">differs from the default</span></>}
                </th>
                <td>
                  <input type="number" aria-label={`${labelOf(s.key)} (${s.unit})`} value={text} min={s.min} max={s.max} step="any" disabled={!canEdit}
                    aria-invalid={message !== undefined} onChange={(e) => setEdits({ ...edits, [s.key]: e.target.value })} /> {s.unit}
                  {edited && <p className="hint">now {settings.values[s.key]}</p>}
                  {message && <p className="field-error">{message}</p>}
                  {canEdit && differs && <button type="button" className="link-button" onClick={() => setEdits({ ...edits, [s.key]: String(s.default) })}>Use the default</button>}
                </td>
                <td>{s.default} {s.unit}</td>
                <td>{s.min} to {s.max}</td>
                <td>{s.rationale}<p className="hint">{s.source}</p></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SettingsForm({ data, canEdit, reload }: { data: PageData; canEdit: boolean; reload: () => void }): ReactElement {
  const form = useFormState();
  const { settings } = data;
  const [edits, setEdits] = useState<Partial<Record<SettingKey, string>>>({});
  const [preview, setPreview] = useState<SettingsPreview | null>(data.preview);
  const [saved, setSaved] = useState<string | null>(null);
  const onPreview = useCallback((next: SettingsPreview | null) => setPreview(next), []);
  const { change, invalid } = changeOf(settings, edits);
  const changed = Object.keys(change).length;
  const previewed = !invalid && previewFits(preview, settings, change);
  const save = async (): Promise<void> => {
    const result = await form.run(() => api.changeClinicSettings({ version: settings.version, values: change }));
    if (result) {
      setSaved(`Saved: the clinic's settings are now version ${result.version}. Every assessment from now on uses them.`);
      setEdits({});
      reload();
    }
  };
  return (
    <>
      <section className="card" aria-labelledby="settings-h">
        <div className="page-head">
          <h2 id="settings-h">Thresholds (version {settings.version})</h2>
          <span className="muted">{Object.keys(settings.overrides).length} of {settings.catalogue.length} differ from the default</span>
        </div>
        <SettingsTable settings={settings} edits={edits} setEdits={setEdits} canEdit={canEdit} error={form.error} />
      </section>
      {canEdit && (
        <>
          <PreviewPanel settings={settings} change={change} invalid={invalid} preview={preview} onPreview={onPreview} />
          <section className="card" aria-labelledby="save-h">
            <h2 id="save-h">Save</h2>
            <p>{changed === 0 ? 'No change on the page.' : `${changed} setting${changed === 1 ? '' : 's'} changed on the page.`}
              {invalid && ' A value on the page is not a number within its range.'}
              {changed > 0 && !invalid && !previewed && ' Preview the change first: its figures show before it can be saved.'}</p>
            <StaleNotice error={form.error} reload={reload} />
            {form.error && form.error.status !== 409 && <ErrorMessage error={form.error} what="save the settings" />}
            {saved && <p className="notice" role="status">{saved}</p>}
            <button type="button" className="primary" onClick={() => void save()} disabled={form.busy || changed === 0 || !previewed}>
              {form.busy ? 'Saving…' : 'Save the settings'}
            </button>
          </section>
        </>
      )}
    </>
  );
}

function ChangeLog({ changes }: { changes: ClinicChangeRow[] }): ReactElement | null {
  if (changes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="log-h">
      <h2 id="log-h">Changes</h2>
      <ul>
        {changes.slice(0, 30).map((c) => (
          <li key={c.seq}>{c.at.slice(0, 16).replace('T', ' ')} UTC: {labelOf(c.key)} {String(c.oldValue)} to {String(c.newValue)} (version {c.version}, by {c.actorUserId})</li>
        ))}
      </ul>
    </section>
  );
}

export function AdminSettingsPage(): ReactElement {
  const { user } = useSession();
  const admin = user?.role === 'admin';
  const data = useResource(() => loadPage(admin), [admin]);
  return (
    <section>
      <h1>Clinic settings</h1>
      {!admin && <p className="muted">Only the clinic's admin changes these; they are shown here so you can see what the engine runs on.</p>}
      <Show resource={data} what="the clinic's settings">
        {(d) => (
          <>
            <ClinicForm key={`clinic-${d.clinic.version}`} clinic={d.clinic} canEdit={admin} onSaved={data.reload} />
            <SettingsForm key={`settings-${d.settings.version}`} data={d} canEdit={admin} reload={data.reload} />
            <ChangeLog changes={d.changes} />
          </>
        )}
      </Show>
    </section>
  );
}
