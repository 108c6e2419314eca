// Imaging reports pasted into the intake, and what the engine reads in them: each degenerative
// finding beside the share of people of the same age WITHOUT pain who have it, and anything that is
// never put in that frame, listed for the physician.
import type { ReactElement } from 'react';
import type { ApiError } from '../client/client.ts';
import { api } from '../client/endpoints.ts';
import type { BodyRegion, ImagingReport, Intake } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { Show } from '../components/status.tsx';
import { today } from '../episode-data.ts';
import { useResource } from '../use-resource.ts';
import { words } from '../words.ts';

const modalities: ImagingReport['modality'][] = ['mri', 'ct', 'x-ray', 'ultrasound', 'other'];
const regions: BodyRegion[] = ['low-back', 'neck', 'thoracic', 'shoulder', 'elbow', 'wrist-hand', 'hip', 'knee', 'ankle-foot', 'other'];

export function IntakeImaging({ intake, setIntake, error }: { intake: Intake; setIntake: (i: Intake) => void; error: ApiError | null }): ReactElement {
  const edit = (i: number, change: Partial<ImagingReport>): void => setIntake({ ...intake, imaging: intake.imaging.map((r, j) => (j === i ? { ...r, ...change } : r)) });
  return (
    <section className="card" aria-labelledby="imaging-h">
      <h2 id="imaging-h">Imaging reports</h2>
      {intake.imaging.map((r, i) => (
        <fieldset key={r.id}>
          <legend>Report {i + 1}</legend>
          <div className="row">
            <Field label="Date of the scan" path={`imaging[${i}].date`} error={error}>{(a) => <input {...a} type="date" value={r.date} onChange={(e) => edit(i, { date: e.target.value })} />}</Field>
            <Field label="Kind" path={`imaging[${i}].modality`} error={error}>
              {(a) => <select {...a} value={r.modality} onChange={(e) => edit(i, { modality: e.target.value as ImagingReport['modality'] })}>{modalities.map((m) => <option key={m} value={m}>{m}</option>)}</select>}
            </Field>
            <Field label="Region" path={`imaging[${i}].region`} error={error}>
              {(a) => <select {...a} value={r.region} onChange={(e) => edit(i, { region: e.target.value as BodyRegion })}>{regions.map((m) => <option key={m} value={m}>{words(m)}</option>)}</select>}
            </Field>
          </div>
          <Field label="Report text (paste it as written)" path={`imaging[${i}].text`} error={error}>
            {(a) => <textarea {...a} rows={5} value={r.text} onChange={(e) => edit(i, { text: e.target.value })} />}
          </Field>
          <button type="button" onClick={() => setIntake({ ...intake, imaging: intake.imaging.filter((_, j) => j !== i) })}>Remove report</button>
        </fieldset>
      ))}
      <button type="button" onClick={() => setIntake({ ...intake, imaging: [...intake.imaging, { id: `img-${intake.imaging.length + 1}-${Date.now().toString(36)}`, date: today(), modality: 'mri', region: 'low-back', text: '', indication: 'none-recorded' }] })}>
        Paste an imaging report
      </button>
    </section>
  );
}

export function ImagingInContext({ episodeId, version }: { episodeId: string; version: number }): ReactElement {
  const imaging = useResource(() => api.imaging(episodeId), [episodeId, version]);
  return (
    <section className="card" aria-labelledby="imaging-context-h">
      <h2 id="imaging-context-h">Imaging in context</h2>
      <Show resource={imaging} what="the imaging context">
        {(reports) => reports.length === 0 ? <p className="muted">No imaging report saved.</p> : (
          <>
            {reports.map((r) => (
              <div key={r.report.id}>
                <h3>{r.report.modality.toUpperCase()} {words(r.report.region)}, {r.report.date} (age {r.ageAtImaging} at the scan)</h3>
                {r.context.findings.length > 0 && (
                  <div className="table-scroll" tabIndex={0} role="region" aria-label="Imaging findings (scrolls sideways)">
                    <table>
                      <thead><tr><th scope="col">Finding</th><th scope="col">Level</th><th scope="col">People of this age without pain who have it</th></tr></thead>
                      <tbody>
                        {r.context.findings.map((f) => (
                          <tr key={`${f.finding}-${f.level}-${f.text}`}>
                            <td>{words(f.finding)}{f.negated ? ' (report says no)' : ''}</td>
                            <td>{f.level ?? '–'}</td>
                            <td>{f.prevalencePercent === null ? '–' : `${Math.round(f.prevalencePercent)}%`}{f.certainty ? ` (${f.certainty})` : ''}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                {r.context.forPhysician.length > 0 && (
                  <div className="warning">
                    <strong>For the physician to review</strong>
                    <ul>{r.context.forPhysician.map((p) => <li key={p.code + p.text}>{p.text} <span className="muted">({p.reason})</span></li>)}</ul>
                  </div>
                )}
                <p className="pre-line"><strong>For the patient:</strong> {r.context.patientText}</p>
              </div>
            ))}
          </>
        )}
      </Show>
    </section>
  );
}
