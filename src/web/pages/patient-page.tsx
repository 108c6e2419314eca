// The patient page, read once (one audit row per visit): a header (age, regions, phase, irritability,
// psychosocial risk), the goals as progress bars, the flags with their reasons, the timeline, the
// check-ins with the patient's notes, the sessions and flares (each correctable and removable), the
// irritability grades (each later one removable), the details, the ways on to the intake, a session
// note, a checkpoint and the care decisions, and the documents to hand over (progress report,
// graduation summary). A patient registered but not in care
// gets their details and a way to start an episode instead.
import type { ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { Assessment, CaseFileResponse, ModalityCode } from '../client/types.ts';
import { FlagBadges, GoalBar } from '../components/bits.tsx';
import { DownloadButton } from '../components/download-button.tsx';
import { documentPath, graduationSummaryReady } from '../documents.ts';
import { RemovedList, RemoveRecord } from '../components/remove-record.tsx';
import { Show } from '../components/status.tsx';
import { TimelineChart } from '../charts/timeline-chart.tsx';
import { ActivePhaseCards } from '../programme/episode-cards.tsx';
import { timelineData } from '../charts/timeline-data.ts';
import { wallTime } from '../clinic-time.ts';
import { CheckInList } from './check-in-list.tsx';
import { ageOn, episodeData, type EpisodeData } from '../episode-data.ts';
import { Link } from '../router.tsx';
import { LaunchMenu } from '../apps/launch-menu.tsx';
import { useSession } from '../session.tsx';
import { useResource } from '../use-resource.ts';
import {
  episodeStatusLabel, flagLabel, irritabilityLabel, modalityLabel, phaseLabel, psychosocialRiskLabel, regionLabel, sideStatusLabel, unitLabel,
} from '../words.ts';
import { FlaresCard } from './flares-card.tsx';
import { IrritabilityGradesCard } from './irritability-grades-card.tsx';
import { InvitePatient } from './invite-patient.tsx';
import { DetailsCard, OpenEpisodeCard } from './patient-details.tsx';

export function goalUnit(file: CaseFileResponse, goalId: string): string {
  const goal = file.goals.find((g) => g.id === goalId);
  return goal?.measure.kind === 'capacity' ? unitLabel[goal.measure.unit] : '(0-10)';
}

const days = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : `${n} day${n === 1 ? '' : 's'}`);

function Header({ file, assessment }: { file: CaseFileResponse; assessment: Assessment }): ReactElement {
  const { irritability, psychosocial } = assessment.screening;
  const { user } = useSession();
  return (
    <div className="card">
      <div className="page-head">
        <h1>{file.patient.name ?? 'Patient'}</h1>
        <span className="badge">{episodeStatusLabel[file.episode.status]}</span>
      </div>
      <dl className="facts">
        <dt>Age</dt><dd>{ageOn(file.patient.birthDate, assessment.asOf)}</dd>
        <dt>Regions</dt><dd>{file.episode.regions.map((r) => regionLabel[r]).join(', ')}</dd>
        <dt>Phase</dt><dd>{phaseLabel[assessment.phase]}{assessment.sideStatuses.length > 0 && ` · ${assessment.sideStatuses.map((s) => sideStatusLabel[s]).join(', ')}`}</dd>
        <dt>Irritability</dt><dd>{irritability.confirmed ? irritabilityLabel[irritability.confirmed] : <span className="muted">not confirmed{irritability.suggestion ? ` (suggested ${irritabilityLabel[irritability.suggestion.grade].toLowerCase()})` : ''}</span>}</dd>
        <dt>Psychosocial risk</dt><dd>{psychosocialRiskLabel[psychosocial.risk]}{psychosocial.fearAvoidance ? ', fear-avoidance signs' : ''}</dd>
        <dt>Next checkpoint</dt><dd>{assessment.checkpoint.due}{assessment.checkpoint.overdue ? ' (overdue)' : ''}</dd>
        <dt>Flags</dt><dd><FlagBadges flags={assessment.flags.map((f) => f.code)} /></dd>
      </dl>
      <nav className="actions" aria-label="Episode actions">
        <Link className="button" to={`/episodes/${file.episode.id}/intake`}>Intake</Link>
        <Link className="button primary" to={`/episodes/${file.episode.id}/session`}>Session note</Link>
        <Link className="button" to={`/episodes/${file.episode.id}/checkpoint`}>Checkpoint</Link>
        <Link className="button" to={`/episodes/${file.episode.id}/flare`}>Flare</Link>
        <Link className="button" to={`/episodes/${file.episode.id}/care`}>Referral, ongoing care, graduation</Link>
        {user?.role === 'clinician' && <LaunchMenu patientId={file.patient.id} />}
      </nav>
      <div className="actions" role="group" aria-label="Documents">
        <DownloadButton path={documentPath(file.episode.id, 'progress-report')} label="Progress report (PDF)" what="the progress report" />
        {graduationSummaryReady(file.episode.status, assessment) && (
          <DownloadButton path={documentPath(file.episode.id, 'graduation-summary')} label="Graduation summary (PDF)" what="the graduation summary" />
        )}
      </div>
    </div>
  );
}

function Sessions({ data, onChanged }: { data: EpisodeData; onChanged: () => void }): ReactElement {
  const sessions = [...data.file.sessions].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section className="card" aria-labelledby="sessions-h">
      <h2 id="sessions-h">Sessions</h2>
      {sessions.length === 0 ? <p className="muted">No sessions yet.</p> : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Sessions (scrolls sideways)">
          <table>
            <thead><tr><th scope="col">Date</th><th scope="col">Given</th><th scope="col">Relief since last</th><th scope="col">Notes</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <td>{wallTime(s.date)}</td>
                  <td>{s.modalities.map((m) => `${modalityLabel[m.modality as ModalityCode]} ${m.minutes} min`).join(', ') || '–'}</td>
                  <td>{days(s.responseSinceLastSession?.reliefDays)}</td>
                  <td>{s.notes ?? ''}</td>
                  <td className="record-actions">
                    <Link className="button small" to={`/episodes/${data.file.episode.id}/sessions/${s.id}`} aria-label={`Correct the session of ${s.date.slice(0, 10)}`}>Correct</Link>
                    <RemoveRecord kind="session" id={s.id} version={s.version} what={`the session of ${s.date.slice(0, 10)}`} onRemoved={onChanged} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RemovedList items={data.removed.sessions.map((s) => ({ key: s.id, text: `Session of ${s.date.slice(0, 10)}`, removed: s.removed }))} />
    </section>
  );
}

export function EpisodeView({ data, onChanged }: { data: EpisodeData; onChanged: () => void }): ReactElement {
  const { file, assessment } = data;
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
            <div key={flag.code}><strong>{flagLabel[flag.code]}</strong><ul className="reasons">{flag.reasons.map((r) => <li key={r.rule + r.text}>{r.text}</li>)}</ul></div>
          ))}
        </section>
      </div>
      <ActivePhaseCards file={file} assessment={assessment} />
      <section className="card" aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <TimelineChart data={timelineData(file, assessment)} />
      </section>
      <CheckInList file={file} readings={data.checkInReads} />
      <InvitePatient patient={file.patient} />
      <Sessions data={data} onChanged={onChanged} />
      <FlaresCard data={data} onChanged={onChanged} />
      <IrritabilityGradesCard data={data} onChanged={onChanged} />
      <DetailsCard patient={file.patient} episode={file.episode} onSaved={onChanged} />
    </>
  );
}

export function PatientPage({ patientId }: { patientId: string }): ReactElement {
  const overview = useResource(() => api.patientOverview(patientId), [patientId]);
  return (
    <section>
      <Show resource={overview} what="the patient">
        {({ patient, current }) => (current ? <EpisodeView data={episodeData(current)} onChanged={overview.reload} /> : (
          <>
            <div className="page-head"><h1>{patient.name ?? 'Patient'}</h1><span className="badge">Not in care yet</span></div>
            <DetailsCard patient={patient} onSaved={overview.reload} />
            <OpenEpisodeCard patient={patient} />
          </>
        ))}
      </Show>
    </section>
  );
}
