// The patient page: a header (age, regions, phase, irritability, psychosocial risk), the goals as
// progress bars, the timeline, the sessions, and the ways on to the intake, a session note, a
// checkpoint and the care decisions.
import type { ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { CaseFileResponse, Assessment, ModalityCode } from '../client/types.ts';
import { FlagBadges, GoalBar } from '../components/bits.tsx';
import { Show } from '../components/status.tsx';
import { TimelineChart } from '../charts/timeline-chart.tsx';
import { timelineData } from '../charts/timeline-data.ts';
import { ageOn, currentEpisode, loadEpisode } from '../episode-data.ts';
import { Link } from '../router.tsx';
import { LaunchMenu } from '../apps/launch-menu.tsx';
import { useSession } from '../session.tsx';
import { useResource } from '../use-resource.ts';
import { modalityLabel, phaseLabel, sideStatusLabel, words } from '../words.ts';

export function goalUnit(file: CaseFileResponse, goalId: string): string {
  const goal = file.goals.find((g) => g.id === goalId);
  return goal?.measure.kind === 'capacity' ? goal.measure.unit : '(0-10)';
}

const days = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : `${n} day${n === 1 ? '' : 's'}`);

function Header({ file, assessment }: { file: CaseFileResponse; assessment: Assessment }): ReactElement {
  const { irritability, psychosocial } = assessment.screening;
  const { user } = useSession();
  return (
    <div className="card">
      <div className="page-head">
        <h1>{file.patient.name ?? 'Patient'}</h1>
        <span className="badge">{words(file.episode.status ?? 'active')}</span>
      </div>
      <dl className="facts">
        <dt>Age</dt><dd>{ageOn(file.patient.birthDate, assessment.asOf)}</dd>
        <dt>Regions</dt><dd>{file.episode.regions.map(words).join(', ')}</dd>
        <dt>Phase</dt><dd>{phaseLabel[assessment.phase]}{assessment.sideStatuses.length > 0 && ` · ${assessment.sideStatuses.map((s) => sideStatusLabel[s]).join(', ')}`}</dd>
        <dt>Irritability</dt><dd>{irritability.confirmed ?? <span className="muted">not confirmed{irritability.suggestion ? ` (suggested ${irritability.suggestion.grade})` : ''}</span>}</dd>
        <dt>Psychosocial risk</dt><dd>{psychosocial.risk}{psychosocial.fearAvoidance ? ', fear-avoidance signs' : ''}</dd>
        <dt>Next checkpoint</dt><dd>{assessment.checkpoint.due}{assessment.checkpoint.overdue ? ' (overdue)' : ''}</dd>
        <dt>Flags</dt><dd><FlagBadges flags={assessment.flags.map((f) => f.code)} /></dd>
      </dl>
      <nav className="actions" aria-label="Episode actions">
        <Link className="button" to={`/episodes/${file.episode.id}/intake`}>Intake</Link>
        <Link className="button primary" to={`/episodes/${file.episode.id}/session`}>Session note</Link>
        <Link className="button" to={`/episodes/${file.episode.id}/checkpoint`}>Checkpoint</Link>
        <Link className="button" to={`/episodes/${file.episode.id}/care`}>Referral, ongoing care, graduation</Link>
        {user?.role === 'clinician' && <LaunchMenu patientId={file.patient.id} />}
      </nav>
    </div>
  );
}

export function EpisodeView({ file, assessment }: { file: CaseFileResponse; assessment: Assessment }): ReactElement {
  const sessions = [...file.sessions].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <>
      <Header file={file} assessment={assessment} />
      <div className="grid">
        <section className="card" aria-labelledby="goals-h">
          <h2 id="goals-h">Goals</h2>
          {assessment.goals.length === 0 && <p className="muted">No goals yet: set them in the intake.</p>}
          {assessment.goals.map((g) => (
            <GoalBar key={g.goalId} label={g.activity} baseline={g.baseline} current={g.current} target={g.target} unit={goalUnit(file, g.goalId)} />
          ))}
        </section>
        <section className="card" aria-labelledby="flags-h">
          <h2 id="flags-h">Why these flags</h2>
          {assessment.flags.length === 0 && <p className="muted">No flags.</p>}
          {assessment.flags.map((flag) => (
            <div key={flag.code}><strong>{words(flag.code)}</strong><ul className="reasons">{flag.reasons.map((r) => <li key={r.rule + r.text}>{r.text}</li>)}</ul></div>
          ))}
        </section>
      </div>
      <section className="card" aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <TimelineChart data={timelineData(file, assessment)} />
      </section>
      <section className="card" aria-labelledby="sessions-h">
        <h2 id="sessions-h">Sessions</h2>
        {sessions.length === 0 ? <p className="muted">No sessions yet.</p> : (
          <div className="table-scroll">
            <table>
              <thead><tr><th scope="col">Date</th><th scope="col">Given</th><th scope="col">Relief since last</th><th scope="col">Notes</th></tr></thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <td>{s.date.slice(0, 10)}</td>
                    <td>{s.modalities.map((m) => `${modalityLabel[m.modality as ModalityCode]} ${m.minutes} min`).join(', ') || '–'}</td>
                    <td>{days(s.responseSinceLastSession?.reliefDays)}</td>
                    <td>{s.notes ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function EpisodeLoader({ episodeId }: { episodeId: string }): ReactElement {
  const data = useResource(() => loadEpisode(episodeId), [episodeId]);
  return <Show resource={data} what="the episode">{({ file, assessment }) => <EpisodeView file={file} assessment={assessment} />}</Show>;
}

export function PatientPage({ patientId }: { patientId: string }): ReactElement {
  const episodes = useResource(() => api.episodes(patientId), [patientId]);
  return (
    <section>
      <Show resource={episodes} what="the patient's episodes">
        {(list) => {
          const episode = currentEpisode(list);
          return episode ? <EpisodeLoader episodeId={episode.id} /> : <p>This patient has no episode of care yet.</p>;
        }}
      </Show>
    </section>
  );
}
