// The fields of a patient's details and of an episode of care, shared by registration, the details
// editor and opening a later episode. `prefix` is where the API names them ("patient." in a
// registration, nothing on the patient's own edit), so each message lands beside its field.
import type { ReactElement } from 'react';
import type { ApiError } from '../client/client.ts';
import type { BodyRegion, ConditionCategory, Patient } from '../client/types.ts';
import { Field, fieldMessage } from '../components/field.tsx';
import { dateProblems, optionalNumber, type FieldProblem } from '../components/form-state.ts';
import { today } from '../episode-data.ts';
import { conditionLabel, regionLabel, sexLabel } from '../words.ts';

export interface PatientDraft { name: string; birthDate: string; sex: Patient['sex']; contact: string }
export interface EpisodeDraft { startDate: string; regions: BodyRegion[]; condition: ConditionCategory; complaint: string; painDurationMonths: string }

const regions = Object.keys(regionLabel) as BodyRegion[];
const conditions = Object.keys(conditionLabel) as ConditionCategory[];
const sexes = Object.keys(sexLabel) as Patient['sex'][];

export function PatientFields({ value: p, onChange, error, prefix = '' }: {
  value: PatientDraft; onChange: (p: PatientDraft) => void; error: ApiError | null; prefix?: string;
}): ReactElement {
  return (
    <>
      <Field label="Name" path={`${prefix}name`} error={error}>{(a) => <input {...a} autoComplete="off" value={p.name} onChange={(ev) => onChange({ ...p, name: ev.target.value })} />}</Field>
      <Field label="Birth date" path={`${prefix}birthDate`} error={error} hint="For the age context of imaging findings">
        {(a) => <input {...a} type="date" max={today()} value={p.birthDate} onChange={(ev) => onChange({ ...p, birthDate: ev.target.value })} />}
      </Field>
      <Field label="Sex" path={`${prefix}sex`} error={error}>
        {(a) => <select {...a} value={p.sex} onChange={(ev) => onChange({ ...p, sex: ev.target.value as Patient['sex'] })}>{sexes.map((s) => <option key={s} value={s}>{sexLabel[s]}</option>)}</select>}
      </Field>
      <Field label="Contact (optional)" path={`${prefix}contact`} error={error}>{(a) => <input {...a} value={p.contact} onChange={(ev) => onChange({ ...p, contact: ev.target.value })} />}</Field>
    </>
  );
}

export function EpisodeFields({ value: e, onChange, error, prefix = '' }: {
  value: EpisodeDraft; onChange: (e: EpisodeDraft) => void; error: ApiError | null; prefix?: string;
}): ReactElement {
  const regionError = fieldMessage(error, `${prefix}regions`);
  return (
    <>
      <Field label="Start date" path={`${prefix}startDate`} error={error}>{(a) => <input {...a} type="date" max={today()} value={e.startDate} onChange={(ev) => onChange({ ...e, startDate: ev.target.value })} />}</Field>
      <fieldset className={regionError ? 'invalid' : ''} aria-describedby={regionError ? `${prefix}regions-error` : undefined}>
        <legend>Body regions</legend>
        <div className="choice-options">
          {regions.map((r, i) => (
            <label key={r} className={e.regions.includes(r) ? 'chosen' : ''}>
              <input type="checkbox" checked={e.regions.includes(r)} {...(i === 0 ? { 'data-path': `${prefix}regions`, 'aria-invalid': Boolean(regionError) } : {})}
                onChange={(ev) => onChange({ ...e, regions: ev.target.checked ? [...e.regions, r] : e.regions.filter((x) => x !== r) })} />
              <span>{regionLabel[r]}</span>
            </label>
          ))}
        </div>
        {regionError && <p className="field-error" id={`${prefix}regions-error`}>{regionError}</p>}
      </fieldset>
      <Field label="Condition" path={`${prefix}condition`} error={error}>
        {(a) => <select {...a} value={e.condition} onChange={(ev) => onChange({ ...e, condition: ev.target.value as ConditionCategory })}>{conditions.map((c) => <option key={c} value={c}>{conditionLabel[c]}</option>)}</select>}
      </Field>
      <Field label="Complaint in the patient's words (optional)" path={`${prefix}complaint`} error={error}>{(a) => <input {...a} value={e.complaint} onChange={(ev) => onChange({ ...e, complaint: ev.target.value })} />}</Field>
      <Field label="Pain duration in months (optional)" path={`${prefix}painDurationMonths`} error={error}>
        {(a) => <input {...a} type="number" min="0" inputMode="numeric" value={e.painDurationMonths} onChange={(ev) => onChange({ ...e, painDurationMonths: ev.target.value })} />}
      </Field>
    </>
  );
}

export function patientProblems(p: PatientDraft, prefix: string, day: string): FieldProblem[] {
  return dateProblems(`${prefix}birthDate`, p.birthDate, day, { label: 'the birth date' });
}

export function episodeProblems(e: EpisodeDraft, prefix: string, day: string): FieldProblem[] {
  const months = optionalNumber(e.painDurationMonths);
  return [
    ...dateProblems(`${prefix}startDate`, e.startDate, day, { label: 'the day care starts' }),
    ...(e.regions.length === 0 ? [{ path: `${prefix}regions`, message: 'Choose at least one body region' }] : []),
    ...(months !== undefined && (Number.isNaN(months) || months < 0) ? [{ path: `${prefix}painDurationMonths`, message: 'Enter the months as a number, 0 or more' }] : []),
  ];
}

export const emptyEpisode = (): EpisodeDraft => ({ startDate: today(), regions: [] as BodyRegion[], condition: 'other' as ConditionCategory, complaint: '', painDurationMonths: '' });

export function episodeBody(e: EpisodeDraft): { startDate: string; status: 'active'; regions: BodyRegion[]; condition: ConditionCategory; complaint?: string; painDurationMonths?: number } {
  const months = optionalNumber(e.painDurationMonths);
  return {
    startDate: e.startDate, status: 'active', regions: e.regions, condition: e.condition,
    ...(e.complaint.trim() ? { complaint: e.complaint.trim() } : {}), ...(months === undefined ? {} : { painDurationMonths: months }),
  };
}

export function patientBody(p: PatientDraft): Patient {
  return { ...(p.name.trim() ? { name: p.name.trim() } : {}), birthDate: p.birthDate, sex: p.sex, ...(p.contact.trim() ? { contact: p.contact.trim() } : {}) };
}
