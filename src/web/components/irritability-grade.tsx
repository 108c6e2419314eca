// Irritability graded again (spec §4a.1): the grade now, beside the one it replaces. The intake grade
// stays on the intake page; these later grades form the series the engine reads. "Now" is the
// engine's own grade in force (the assessment's), so the hint and the engine never name different
// grades on a day with two.
import type { ReactElement } from 'react';
import type { ApiError } from '../client/client.ts';
import type { Assessment, Irritability } from '../client/types.ts';
import { Field } from './field.tsx';

const grades: Irritability[] = ['high', 'moderate', 'low'];

type GradeInForce = Assessment['screening']['irritability']['current'];

const givenWhere = (source: NonNullable<GradeInForce>['source']): string =>
  source === 'intake' ? 'at intake' : source === 'other' ? 'graded again' : `graded at a ${source}`;

export function IrritabilityGradeField({ current, value, onChange, error, path = 'grade', optional }: {
  /** The grade the engine reads today (assessment.screening.irritability.current). */
  current: GradeInForce;
  value: Irritability | '';
  onChange: (grade: Irritability | '') => void;
  error: ApiError | null;
  path?: string;
  /** Offer "not graded" (the session note: grading is optional there). */
  optional: boolean;
}): ReactElement {
  const hint = current ? `Now ${current.grade} (${givenWhere(current.source)}, ${current.date}).` : 'Not graded yet.';
  return (
    <Field label="Irritability now" path={path} error={error} hint={hint}>
      {(a) => (
        <select {...a} value={value} onChange={(e) => onChange(e.target.value as Irritability | '')}>
          {optional && <option value="">not graded at this session</option>}
          {grades.map((g) => <option key={g} value={g}>{g}</option>)}
        </select>
      )}
    </Field>
  );
}
