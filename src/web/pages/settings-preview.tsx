// What a change to the clinic's settings would do, shown before it is saved (spec §4a.5): the
// accuracy measurement on simulated episodes under the current and the proposed values side by side.
// The server runs it in the background; this panel starts it, shows its progress while polling, can
// cancel it, and says whether the figures shown belong to the change now on the page.
import { useEffect, useState, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { ClinicSettingsView, PreviewFigures, SettingKey, SettingsPreview } from '../client/types.ts';
import { useFormState } from '../components/form-state.ts';
import { ErrorMessage } from '../components/status.tsx';

export type SettingsChange = Partial<Record<SettingKey, number | null>>;

/** The overrides after a change, as the server keeps them: only true differences from the defaults. */
export function overridesAfter(settings: ClinicSettingsView, change: SettingsChange): Partial<Record<SettingKey, number>> {
  const next: Partial<Record<SettingKey, number>> = {};
  for (const { key, default: fallback } of settings.catalogue) {
    const value = key in change ? change[key] : settings.overrides[key];
    if (value !== undefined && value !== null && value !== fallback) next[key] = value;
  }
  return next;
}

const sameOverrides = (a: Partial<Record<SettingKey, number>>, b: Partial<Record<SettingKey, number>>): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<SettingKey>;
  return [...keys].every((key) => a[key] === b[key]);
};

/** True when the preview measured exactly this change from the settings on the page. */
export function previewFits(preview: SettingsPreview | null, settings: ClinicSettingsView, change: SettingsChange): boolean {
  return preview !== null && preview.status === 'done' && preview.settingsVersion === settings.version
    && sameOverrides(preview.proposed.overrides, overridesAfter(settings, change));
}

const percent = (share: number | null, of: number): string => (share === null ? 'no cases' : `${Math.round(share * 100)}% (of ${of})`);
const days = (value: number | null): string => (value === null ? 'none found' : `${value} days`);

const figureRows: { label: string; show: (f: PreviewFigures) => string }[] = [
  { label: 'Plateaus found (sensitivity)', show: (f) => percent(f.plateau.sensitivity, f.plateau.definable) },
  { label: 'No false plateau (specificity)', show: (f) => percent(f.plateau.specificity, f.plateau.negatives) },
  { label: 'Median delay before a plateau is reported', show: (f) => days(f.plateau.medianDelayDays) },
  { label: 'Flares classed correctly', show: (f) => percent(f.flares.correct, f.flares.matched) },
];

function Figures({ preview }: { preview: SettingsPreview }): ReactElement | null {
  const { current, proposed } = preview;
  if (!current.figures || !proposed.figures) return null;
  const now = current.figures;
  const next = proposed.figures;
  return (
    <table aria-label="What the change would do">
      <thead><tr><th scope="col">On {preview.episodes} simulated episodes</th><th scope="col">Current values</th><th scope="col">Proposed values</th></tr></thead>
      <tbody>
        {figureRows.map((row) => (
          <tr key={row.label}><th scope="row">{row.label}</th><td>{row.show(now)}</td><td>{row.show(next)}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

export function PreviewPanel({ settings, change, invalid, preview, onPreview }: {
  settings: ClinicSettingsView;
  change: SettingsChange;
  /** A value on the page is not a number within its range: nothing to preview yet. */
  invalid: boolean;
  preview: SettingsPreview | null;
  onPreview: (preview: SettingsPreview | null) => void;
}): ReactElement {
  const form = useFormState();
  const [episodes, setEpisodes] = useState('300');
  const running = preview?.status === 'running';

  // While it runs, ask for its progress every second.
  // (A failed poll is not shown: the next one tries again, and the panel keeps the last progress.)
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => { api.settingsPreview().then(onPreview, () => undefined); }, 1000);
    return () => clearInterval(timer);
  }, [running, onPreview]);

  const start = async (): Promise<void> => {
    const started = await form.run(() => api.startSettingsPreview(change, Number(episodes)));
    if (started) onPreview(started);
  };
  const cancel = async (): Promise<void> => {
    if (!preview) return;
    const stopped = await form.run(() => api.cancelSettingsPreview(preview.id));
    if (stopped) onPreview(stopped);
  };
  const fits = previewFits(preview, settings, change);
  return (
    <section className="card" aria-labelledby="preview-h">
      <h2 id="preview-h">What the change would do</h2>
      <p className="muted">
        The engine is replayed along simulated episodes whose true course is known, under the current values and under the
        proposed ones: how many plateaus it finds, how often it calls one that is not there, how late it reports them, and how
        many flares it classes correctly. It runs in the background; a few hundred episodes take a few minutes.
      </p>
      <div className="row">
        <div className="field">
          <label htmlFor="preview-episodes">Simulated episodes</label>
          <input id="preview-episodes" type="number" min="10" max="1000" value={episodes} onChange={(e) => setEpisodes(e.target.value)} disabled={running} />
        </div>
        <button type="button" onClick={() => void start()} disabled={running || form.busy || invalid || Object.keys(change).length === 0}>Preview the change</button>
        {running && <button type="button" onClick={() => void cancel()} disabled={form.busy}>Cancel</button>}
      </div>
      {form.error && <ErrorMessage error={form.error} what={running ? 'cancel the preview' : 'start the preview'} />}
      {running && preview && (
        <div role="status" aria-live="polite">
          <progress value={preview.done} max={preview.total} aria-label="Preview progress" />
          <p>{preview.done} of {preview.total} episode replays done.</p>
        </div>
      )}
      {preview?.status === 'failed' && <p className="error-box" role="alert">The preview failed: {preview.error}</p>}
      {preview?.status === 'cancelled' && <p className="muted">The last preview was cancelled.</p>}
      {preview?.status === 'done' && (
        <>
          {!fits && <p className="warning">These figures are for another change (or older settings) than the one on the page: preview again.</p>}
          <Figures preview={preview} />
        </>
      )}
    </section>
  );
}
