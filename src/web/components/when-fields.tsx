// A date with an optional time of day (spec §4a.3: sessions and flares may carry a time; a date
// alone stays valid). The time is a wall-clock time at the clinic: it is written with the clinic's
// offset on that day (clinic-time.ts), since the browser's time input gives none.
import type { ReactElement } from 'react';
import type { ApiError } from '../client/client.ts';
import { clinicTimeZone, withClinicOffset } from '../clinic-time.ts';
import { Field } from './field.tsx';

export interface When {
  date: string;
  time: string;
}

/** The API's value: the date alone, or the date and time with the clinic's offset; '' when no date. */
export function whenValue(when: When): string {
  if (when.date === '') return '';
  return when.time === '' ? when.date : withClinicOffset(`${when.date}T${when.time}`);
}

export function WhenFields({ label, timeLabel, value, onChange, path, error, optional = false }: {
  label: string;
  timeLabel: string;
  value: When;
  onChange: (value: When) => void;
  path: string;
  error: ApiError | null;
  optional?: boolean;
}): ReactElement {
  return (
    <div className="row">
      <Field label={label} path={path} error={error} {...(optional ? { hint: 'Leave empty if not known' } : {})}>
        {(a) => <input {...a} type="date" value={value.date} onChange={(e) => onChange({ ...value, date: e.target.value })} />}
      </Field>
      <Field label={timeLabel} path={`${path}.time`} error={error} hint={`Optional; clinic time (${clinicTimeZone()})`}>
        {(a) => <input {...a} type="time" value={value.time} disabled={value.date === ''} onChange={(e) => onChange({ ...value, time: e.target.value })} />}
      </Field>
    </div>
  );
}
