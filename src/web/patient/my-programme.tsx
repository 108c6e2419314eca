// My programme (spec §4b): the patient's exercises today, each with its dose, days a week, plain
// instructions and cues, and the plan's own words on how it grows: a little each week, the same on
// good days and bad, with a step back when pain during it goes above 5 or the next morning is worse.
import type { ReactElement } from 'react';
import { Show } from '../components/status.tsx';
import { dosePlain } from '../programme/words.ts';
import { useSession } from '../session.tsx';
import { useResource } from '../use-resource.ts';
import { loadMyEpisode } from './my-episode.ts';
import { loadProgramme, todaysProgramme } from './todays-programme.ts';

export function MyProgrammePage(): ReactElement {
  const { user } = useSession();
  const data = useResource(async () => {
    const { file } = await loadMyEpisode(user?.patientId);
    return { file, programme: await loadProgramme(file.episode.id) };
  }, [user?.patientId]);
  return (
    <section className="narrow">
      <h1>My programme</h1>
      <Show resource={data} what="your programme">
        {({ programme }) => {
          const list = todaysProgramme(programme);
          return (
            <>
              {list.length === 0 ? <p className="muted">Your clinician has not set your exercises yet.</p> : (
                <>
                  <p className="muted">Do these on the days set, the same on good days and bad. We add a little each week. Pain during an exercise up to 5 out of 10 is fine if it settles by the next morning. Tell us in your check-in.</p>
                  {list.map(({ item, exercise }) => (
                    <section className="card" key={item.exerciseId} aria-labelledby={`ex-${item.exerciseId}`}>
                      <h2 id={`ex-${item.exerciseId}`}>{exercise?.name ?? item.exerciseId}</h2>
                      <p><strong>{dosePlain(item.dose)}</strong>, {item.daysPerWeek} day{item.daysPerWeek === 1 ? '' : 's'} a week</p>
                      {exercise && <p>{exercise.instructions}</p>}
                      {exercise && <ul>{exercise.cues.map((cue) => <li key={cue}>{cue}</li>)}</ul>}
                      {item.note && <p className="muted">{item.note}</p>}
                    </section>
                  ))}
                </>
              )}
              {programme.current && <p className="muted">Set on {programme.current.date} by {programme.current.by}.</p>}
            </>
          );
        }}
      </Show>
    </section>
  );
}
