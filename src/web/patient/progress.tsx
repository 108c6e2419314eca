// My progress: the patient's goals from where they started toward their target, with their own latest
// entry beside the level the bar shows, and what each number is (issue 18, item 7: the bar is the
// middle of the last week's entries, so it can differ from what was just entered); the pain they last
// reported; how long the relief has lasted after each session; at graduation, their summary to take home.
import type { ReactElement } from 'react';
import type { Assessment, CaseFileResponse } from '../client/types.ts';
import { GoalBar } from '../components/bits.tsx';
import { DownloadButton } from '../components/download-button.tsx';
import { documentPath, graduationSummaryReady } from '../documents.ts';
import { Show } from '../components/status.tsx';
import { ReliefChart } from '../charts/relief-chart.tsx';
import { useSession } from '../session.tsx';
import { useResource } from '../use-resource.ts';
import { loadMyEpisode } from './my-episode.ts';

/** The patient's latest entry for a goal: the newest check-in that rated it. */
export function latestEntry(file: CaseFileResponse, goalId: string): { value: number; date: string } | null {
  const entries = file.checkIns.flatMap((c) => c.goals.filter((g) => g.goalId === goalId).map((g) => ({ value: g.value, date: c.date })));
  return entries.sort((a, b) => a.date.localeCompare(b.date)).at(-1) ?? null;
}

const day = (date: string): string => date.slice(0, 10);

function Goal({ file, goal }: { file: CaseFileResponse; goal: Assessment['goals'][number] }): ReactElement {
  const g = file.goals.find((x) => x.id === goal.goalId);
  const unit = g?.measure.kind === 'capacity' ? g.measure.unit : 'of 10';
  const latest = latestEntry(file, goal.goalId);
  return (
    <div className="my-goal">
      <GoalBar label={goal.activity} baseline={goal.baseline} current={goal.current} target={goal.target} unit={unit} />
      <dl className="facts my-goal-numbers">
        <dt>Your latest entry</dt><dd>{latest ? `${latest.value} ${unit} on ${day(latest.date)}` : 'none yet'}</dd>
        <dt>Your level now</dt><dd>{goal.current === null ? 'not known yet' : `${goal.current} ${unit}`}: the middle of your entries over the last 7 days, so one good or bad day does not swing it. The bar shows this.</dd>
        <dt>Where you started</dt><dd>{goal.baseline} {unit}, when the goal was set</dd>
        <dt>Your target</dt><dd>{goal.target} {unit}</dd>
      </dl>
    </div>
  );
}

export function ProgressPage(): ReactElement {
  const { user } = useSession();
  const data = useResource(() => loadMyEpisode(user?.patientId), [user?.patientId]);
  return (
    <section className="narrow">
      <h1>My progress</h1>
      <Show resource={data} what="your progress">
        {({ file, assessment }) => {
          const lastPain = [...file.checkIns].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
          return (
            <>
              {file.episode.status === 'graduated' && <p className="notice">You have graduated: your goals were reached and held.</p>}
              <section className="card" aria-labelledby="my-goals">
                <h2 id="my-goals">My goals</h2>
                {assessment.goals.length === 0 && <p className="muted">Your goals are set with your clinician at the first visit.</p>}
                {assessment.goals.map((goal) => <Goal key={goal.goalId} file={file} goal={goal} />)}
              </section>
              {graduationSummaryReady(file.episode.status, assessment) && (
                <section className="card" aria-labelledby="my-summary">
                  <h2 id="my-summary">Your graduation summary</h2>
                  <p>Your goals, your home programme and your plan for flares, to keep.</p>
                  <DownloadButton path={documentPath(file.episode.id, 'graduation-summary')} label="Get my summary (PDF)" what="your summary" primary />
                </section>
              )}
              <section className="card" aria-labelledby="my-pain">
                <h2 id="my-pain">My pain</h2>
                <p>{lastPain ? `Your latest entry: ${lastPain.painNow} of 10 on ${day(lastPain.date)} (0 = no pain, 10 = worst imaginable).` : 'No check-in yet.'}</p>
              </section>
              <section className="card" aria-labelledby="my-relief">
                <h2 id="my-relief">How long the relief lasts</h2>
                <p className="muted">Days of clear relief after each session. Longer bars mean the change is holding.</p>
                <ReliefChart windows={assessment.reliefWindows} />
              </section>
            </>
          );
        }}
      </Show>
    </section>
  );
}
