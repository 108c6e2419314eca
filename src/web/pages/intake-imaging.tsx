// Imaging reports pasted into the intake, and what the engine reads in them: each degenerative
// finding beside the share of people of the same age WITHOUT pain who have it, and anything that is
// never put in that frame, listed for the physician. A saved report is never deleted: it is removed
// with a reason (sent with the intake save; the server records the day and who).
import { useState, type ReactElement } from 'react';
import type { ApiError } from '../client/client.ts';
import type { BodyRegion, ImagingReport, ImagingReportInContext, Removal } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { RemovedList } from '../components/remove-record.tsx';
import { today } from '../episode-data.ts';
import { imagingFindingLabel, imagingModalityLabel, labelOf, regionLabel } from '../words.ts';

const modalities = Object.keys(imagingModalityLabel) as ImagingReport['modality'][];
const regions = Object.keys(regionLabel) as BodyRegion[];

/** A report in the form: saved ones know they are saved; a removal asked for carries only its reason. */
export type ImagingDraft = Omit<ImagingReport, 'removed'> & { saved: boolean; removed?: Removal | { reason: string } };

export const imagingDraftOf = (reports: readonly ImagingReport[]): ImagingDraft[] => reports.map((r) => ({ ...r, saved: true }));

/** The reports as the API takes them: every saved one (a deletion is refused), new ones unless taken out. */
export const imagingBody = (drafts: readonly ImagingDraft[]): Omit<ImagingDraft, 'saved'>[] => drafts.map(({ saved: _s, ...report }) => report);

function ReportRemoval({ onRemove }: { onRemove: (reason: string) => void }): ReactElement {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) return <button type="button" onClick={() => setOpen(true)}>Remove report</button>;
  return (
    <div className="remove-form">
      <label>Why remove this report? <input value={reason} onChange={(e) => setReason(e.target.value)} /></label>
      <div className="actions">
        <button type="button" className="danger" disabled={reason.trim() === ''} onClick={() => onRemove(reason.trim())}>Remove when the intake is saved</button>
        <button type="button" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </div>
  );
}

export function IntakeImaging({ reports, onChange, error }: { reports: ImagingDraft[]; onChange: (r: ImagingDraft[]) => void; error: ApiError | null }): ReactElement {
  const edit = (i: number, change: Partial<ImagingDraft>): void => onChange(reports.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <section className="card" aria-labelledby="imaging-h">
      <h2 id="imaging-h">Imaging reports</h2>
      {reports.map((r, i) => (r.removed ? null : (
        <fieldset key={r.id}>
          <legend>Report {i + 1}</legend>
          <div className="row">
            <Field label="Date of the scan" path={`imaging[${i}].date`} error={error}>{(a) => <input {...a} type="date" max={today()} value={r.date} onChange={(e) => edit(i, { date: e.target.value })} />}</Field>
            <Field label="Kind" path={`imaging[${i}].modality`} error={error}>
              {(a) => <select {...a} value={r.modality} onChange={(e) => edit(i, { modality: e.target.value as ImagingReport['modality'] })}>{modalities.map((m) => <option key={m} value={m}>{imagingModalityLabel[m]}</option>)}</select>}
            </Field>
            <Field label="Region" path={`imaging[${i}].region`} error={error}>
              {(a) => <select {...a} value={r.region} onChange={(e) => edit(i, { region: e.target.value as BodyRegion })}>{regions.map((m) => <option key={m} value={m}>{regionLabel[m]}</option>)}</select>}
            </Field>
          </div>
          <Field label="Report text (paste it as written)" path={`imaging[${i}].text`} error={error}>
            {(a) => <textarea {...a} rows={5} value={r.text} onChange={(e) => edit(i, { text: e.target.value })} />}
          </Field>
          {r.saved
            ? <ReportRemoval onRemove={(reason) => edit(i, { removed: { reason } })} />
            : <button type="button" onClick={() => onChange(reports.filter((_, j) => j !== i))}>Take out (not saved yet)</button>}
        </fieldset>
      )))}
      {reports.some((r) => r.removed && !('on' in r.removed)) && <p className="notice" role="status">A report will be removed when you save the intake.</p>}
      <RemovedList items={reports.filter((r) => r.removed && 'on' in r.removed).map((r) => ({
        key: r.id, text: `${imagingModalityLabel[r.modality]} of ${r.date}`, removed: r.removed && 'on' in r.removed ? r.removed : undefined,
      }))} />
      <button type="button" onClick={() => onChange([...reports, { id: `img-${reports.length + 1}-${Date.now().toString(36)}`, date: today(), modality: 'mri', region: 'low-back', text: '', indication: 'none-recorded', saved: false }])}>
        Paste an imaging report
      </button>
    </section>
  );
}

export function ImagingInContext({ reports }: { reports: readonly ImagingReportInContext[] }): ReactElement {
  return (
    <section className="card" aria-labelledby="imaging-context-h">
      <h2 id="imaging-context-h">Imaging in context</h2>
      {reports.length === 0 ? <p className="muted">No imaging report saved.</p> : reports.map((r) => (
        <div key={r.report.id}>
          <h3>{imagingModalityLabel[r.report.modality]} {regionLabel[r.report.region].toLowerCase()}, {r.report.date} (age {r.ageAtImaging} at the scan)</h3>
          {r.context.findings.length > 0 && (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Imaging findings (scrolls sideways)">
              <table>
                <thead><tr><th scope="col">Finding</th><th scope="col">Level</th><th scope="col">People of this age without pain who have it</th></tr></thead>
                <tbody>
                  {r.context.findings.map((f) => (
                    <tr key={`${f.finding}-${f.level}-${f.text}`}>
                      <td>{labelOf(imagingFindingLabel, f.finding)}{f.negated ? ' (report says no)' : ''}</td>
                      <td>{f.level ?? '–'}</td>
                      <td>{f.prevalencePercent === null ? '–' : `${Math.round(f.prevalencePercent)}%`}{f.certainty ? ` (${f.certainty} certainty)` : ''}</td>
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
    </section>
  );
}
