// My progress: the patient's goals from where they started toward their target, and how long the
// relief has lasted after each session.
import type { ReactElement } from 'react';
import { GoalBar } from '../components/bits.tsx';
import { Show } from '../components/status.tsx';
import { ReliefChart } from '../charts/relief-chart.tsx';
import { useSession } from '../session.tsx';
import { useResource } from '../use-resource.ts';
import { loadMyEpisode } from './my-episode.ts';

export function ProgressPage(): ReactElement {
  const { user } = useSession();
  const data = useResource(() => loadMyEpisode(user?.patientId), [user?.patientId]);
  return (
    <section className="narrow">
      <h1>My progress</h1>
      <Show resource={data} what="your progress">
        {({ file, assessment }) => (
          <>
            <section className="card" aria-labelledby="my-goals">
              <h2 id="my-goals">My goals</h2>
              {assessment.goals.length === 0 && <p className="muted">Your goals are set with your clinician at the first visit.</p>}
              {assessment.goals.map((goal) => {
                const g = file.goals.find((x) => x.id === goal.goalId);
                const unit = g?.measure.kind === 'capacity' ? g.measure.unit : 'of 10';
                return <GoalBar key={goal.goalId} label={goal.activity} baseline={goal.baseline} current={goal.current} target={goal.target} unit={unit} />;
              })}
            </section>
            <section className="card" aria-labelledby="my-relief">
              <h2 id="my-relief">How long the relief lasts</h2>
              <p className="muted">Days of clear relief after each session. Longer bars mean the change is holding.</p>
              <ReliefChart windows={assessment.reliefWindows} />
            </section>
          </>
        )}
      </Show>
    </section>
  );
}
