// What to expect, in plain words: soreness after the first sessions, flares and what to do, the
// patient's imaging put in context, and the flare plan. Written for this app (not quoted).
import type { ReactElement } from 'react';
import type { EpisodeData } from '../episode-data.ts';
import { Show } from '../components/status.tsx';
import { useSession } from '../session.tsx';
import { useResource } from '../use-resource.ts';
import { loadMyEpisode } from './my-episode.ts';

function Imaging({ reports }: { reports: EpisodeData['imaging'] }): ReactElement {
  return reports.length === 0
    ? <p className="muted">No scan reports are on file.</p>
    : <>{reports.map((r) => <p key={r.report.id} className="pre-line">{r.context.patientText}</p>)}</>;
}

export function WhatToExpectPage(): ReactElement {
  const { user } = useSession();
  const file = useResource(() => loadMyEpisode(user?.patientId), [user?.patientId]);
  return (
    <section className="narrow">
      <h1>What to expect</h1>
      <section className="card">
        <h2>Soreness after a session</h2>
        <p>In the first weeks it is common to feel sore or achy for a day or two after treatment. This is usually the body reacting to the session, not new damage. It tends to settle by itself within about two days. Note it in your check-in so your clinician can see the pattern.</p>
      </section>
      <section className="card">
        <h2>Flares</h2>
        <p>A flare is a spell of more pain during your course of care. Most flares calm down within about three days and leave you where you were before. A flare does not mean the plan has failed. If a flare lasts longer than three days, or leaves you clearly worse than before, tell your clinician: the plan may need to change.</p>
      </section>
      <section className="card" id="flare-plan" aria-labelledby="flare-plan-h">
        <h2 id="flare-plan-h">My flare plan</h2>
        <ol>
          <li>Ease off the activity that set it off, but keep moving gently: long rest in bed is not advised.</li>
          <li>Do the easier version of your home exercises.</li>
          <li>Log the flare in your check-in each day, so we can see how fast it settles.</li>
          <li>If it has not settled after three days, or you feel clearly worse, contact the clinic.</li>
          <li>Get help straight away if you have new numbness between the legs, trouble passing urine or controlling your bowels, or new weakness in your legs.</li>
        </ol>
      </section>
      <section className="card">
        <h2>My scans in context</h2>
        <Show resource={file} what="your record">{(f) => <Imaging reports={f.imaging} />}</Show>
      </section>
    </section>
  );
}
