// Today's exercises in the phone check-in (spec §4b): for each, its dose and plain instructions,
// done (yes, partly, no) and pain during it (0-10, asked only when done); and for each exercise done
// yesterday, how this morning felt after it (better, same, worse). Kept apart from the check-in form
// so the form only carries its value (the log goes out with the check-in, queued offline with it).
import type { ReactElement } from 'react';
import type { ApiError } from '../client/client.ts';
import type { CaseFileResponse, CheckIn } from '../client/types.ts';
import { Choice } from '../components/field.tsx';
import { dosePlain } from '../programme/words.ts';
import { useResource } from '../use-resource.ts';
import { doneYesterday, loadProgramme, todaysProgramme } from './todays-programme.ts';

export type ExerciseLogValue = Pick<CheckIn, 'exercises' | 'morningAfter'>;
export const emptyExerciseLog: ExerciseLogValue = { exercises: [], morningAfter: [] };

const scale = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));
const doneOptions = [{ value: 'yes', label: 'Yes' }, { value: 'partly', label: 'Partly' }, { value: 'no', label: 'Not today' }] as const;
const morningOptions = [{ value: 'better', label: 'Better' }, { value: 'same', label: 'Same' }, { value: 'worse', label: 'Worse' }] as const;

export function ExerciseLog({ file, value, onChange, error }: {
  file: CaseFileResponse; value: ExerciseLogValue; onChange: (value: ExerciseLogValue) => void; error: ApiError | null;
}): ReactElement | null {
  const programme = useResource(() => loadProgramme(file.episode.id), [file.episode.id]);
  if (file.programme.length === 0 || programme.state !== 'ready') return null;
  const list = todaysProgramme(programme.data);
  if (list.length === 0) return null;
  const yesterday = doneYesterday(file);
  const entry = (id: string): ExerciseLogValue['exercises'][number] | undefined => value.exercises.find((e) => e.exerciseId === id);
  const setEntry = (id: string, change: Partial<ExerciseLogValue['exercises'][number]>): void => {
    const current = entry(id) ?? { exerciseId: id, done: 'yes' as const };
    const next = { ...current, ...change };
    if (next.done === 'no') delete next.painDuring;
    onChange({ ...value, exercises: [...value.exercises.filter((e) => e.exerciseId !== id), next] });
  };
  const setMorning = (id: string, response: ExerciseLogValue['morningAfter'][number]['response']): void =>
    onChange({ ...value, morningAfter: [...value.morningAfter.filter((m) => m.exerciseId !== id), { exerciseId: id, response }] });
  const index = (id: string): number => value.exercises.findIndex((e) => e.exerciseId === id);
  const morningIndex = (id: string): number => value.morningAfter.findIndex((m) => m.exerciseId === id);
  const morningList = list.filter(({ item }) => yesterday.has(item.exerciseId));

  return (
    <section className="exercise-log" aria-labelledby="exercises-h">
      <h2 id="exercises-h">Today's exercises</h2>
      {morningList.length > 0 && (
        <div className="morning-after">
          <p className="muted">This morning, after yesterday's exercises:</p>
          {morningList.map(({ item, exercise }) => (
            <Choice key={item.exerciseId} legend={exercise?.name ?? item.exerciseId} name={`morning-${item.exerciseId}`} options={morningOptions}
              value={value.morningAfter.find((m) => m.exerciseId === item.exerciseId)?.response} onChange={(v) => setMorning(item.exerciseId, v)}
              error={error} path={`morningAfter[${morningIndex(item.exerciseId)}].response`} />
          ))}
        </div>
      )}
      {list.map(({ item, exercise }) => {
        const logged = entry(item.exerciseId);
        return (
          <div className="exercise" key={item.exerciseId}>
            <h3>{exercise?.name ?? item.exerciseId} <span className="muted">{dosePlain(item.dose)}</span></h3>
            {exercise && (
              <details>
                <summary>How to do it</summary>
                <p>{exercise.instructions}</p>
                <ul>{exercise.cues.map((cue) => <li key={cue}>{cue}</li>)}</ul>
              </details>
            )}
            <Choice legend="Done today?" name={`done-${item.exerciseId}`} options={doneOptions} value={logged?.done}
              onChange={(v) => setEntry(item.exerciseId, { done: v })} error={error} path={`exercises[${index(item.exerciseId)}].done`} />
            {logged && logged.done !== 'no' && (
              <div className="scale">
                <Choice legend="Pain during it" hint="0 = none, 5 = the most that is fine, 10 = worst" name={`pain-${item.exerciseId}`} options={scale}
                  value={logged.painDuring === undefined ? undefined : String(logged.painDuring)} onChange={(v) => setEntry(item.exerciseId, { painDuring: Number(v) })}
                  error={error} path={`exercises[${index(item.exerciseId)}].painDuring`} />
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}
