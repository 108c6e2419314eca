// The clinician's caseload as a "today" list (issue 18, item 9): every patient in care with phase,
// what is for today (graduation ready, a checkpoint due, an unread note, active care lapsed), each flag
// with the engine's own reason in one line, the relief-window trend, goal progress and the next
// checkpoint; the columns explained. Filter by flag, sort by urgency, name, phase or checkpoint.
import { memo, useMemo, useState, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { CaseloadEntry, FlagCode, Phase, SideStatus } from '../client/types.ts';
import { Sparkline } from '../components/bits.tsx';
import { DownloadButton } from '../components/download-button.tsx';
import { Show } from '../components/status.tsx';
import { Link } from '../router.tsx';
import { useResource } from '../use-resource.ts';
import { flagLabel, flagSeverity, phaseLabel, sideStatusLabel } from '../words.ts';
import { ProgrammeAdviceCounts } from '../programme/advice-counts.tsx';
import { filterCaseload, hasTodayItem, sortCaseload, type CaseloadSort, type FlagFilter } from './caseload-order.ts';

const PAGE = 200;
const phaseText = (phase: string): string => phaseLabel[phase as Phase] ?? phase;
const sideText = (status: string): string => sideStatusLabel[status as SideStatus] ?? status;
const isFlag = (code: string): code is FlagCode => code in flagLabel;

/** The flags, most urgent first, each with the engine's first reason on one line. */
function FlagList({ entry }: { entry: CaseloadEntry }): ReactElement | null {
  const s = entry.summary;
  if (!s || s.flags.length === 0) return hasTodayItem(entry) ? null : <span className="muted">none</span>;
  const reasons = new Map(s.flagReasons.map((f) => [f.code, f]));
  const sorted = [...s.flags].sort((a, b) => (isFlag(a) ? flagSeverity[a] : 99) - (isFlag(b) ? flagSeverity[b] : 99));
  return (
    <ul className="flag-list" aria-label="Flags">
      {sorted.map((flag) => {
        const reason = reasons.get(flag);
        return (
          <li key={flag}>
            <span className={`badge flag-${flag}`}>{isFlag(flag) ? flagLabel[flag] : flag}</span>
            {reason && reason.text !== '' && <span className="flag-reason" title={reason.text}>{reason.text}{reason.more > 0 ? ` (+${reason.more} more)` : ''}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** What is for today beside the flags: graduation ready, a checkpoint due, a note unread, active care lapsed. */
function TodayList({ entry }: { entry: CaseloadEntry }): ReactElement | null {
  const s = entry.summary;
  const items: ReactElement[] = [];
  if (entry.readyToGraduate) {
    items.push(<li key="graduate"><span className="badge today-graduate">Ready to graduate</span> <Link to={`/episodes/${entry.episodeId}/care#graduation-h`}>Graduate</Link></li>);
  }
  if (entry.checkpointDueToday) {
    items.push(<li key="due"><span className="badge today-due">Checkpoint due today</span> <Link to={`/episodes/${entry.episodeId}/checkpoint`}>Hold it</Link></li>);
  }
  if (s && s.unreadNotes > 0) {
    items.push(
      <li key="note">
        <span className="badge today-note">{s.unreadNotes === 1 ? 'New note' : `${s.unreadNotes} new notes`}</span>{' '}
        {s.latestUnreadNote && <span className="flag-reason" title={s.latestUnreadNote.text}>“{s.latestUnreadNote.text}”</span>}
      </li>,
    );
  }
  if (entry.activeCareLapse) {
    items.push(<li key="lapse"><span className="badge today-lapse">No active minutes for {entry.activeCareLapse.days} days</span> <span className="flag-reason">since {entry.activeCareLapse.since}</span></li>);
  }
  return items.length === 0 ? null : <ul className="flag-list today" aria-label="Today">{items}</ul>;
}

const Row = memo(function Row({ entry }: { entry: CaseloadEntry }): ReactElement {
  const s = entry.summary;
  const progress = s?.goalProgress;
  return (
    <tr>
      <th scope="row"><Link to={`/patients/${entry.patientId}`}>{entry.patientName ?? 'Unnamed patient'}</Link></th>
      <td>
        {s ? phaseText(s.phase) : <span className="muted">not assessed</span>}
        {s && s.sideStatuses.length > 0 && <div className="side-status">{s.sideStatuses.map(sideText).join(', ')}</div>}
        {s?.programmeAdvice && <ProgrammeAdviceCounts counts={s.programmeAdvice} />}
      </td>
      <td><TodayList entry={entry} /><FlagList entry={entry} /></td>
      <td><Sparkline values={s?.reliefWindows} trend={s?.reliefWindowTrend ?? 'unknown'} /></td>
      <td>{progress === undefined || progress === null ? <span className="muted">–</span> : `${Math.round(progress * 100)}%`}</td>
      <td className={entry.checkpointOverdue ? 'overdue' : entry.checkpointDueToday ? 'due-today' : ''}>
        {entry.readyToGraduate ? <span className="muted">graduation next</span> : entry.checkpointDueToday ? 'today' : s?.nextCheckpoint ?? '–'}
        {entry.checkpointOverdue && <span> (overdue)</span>}
      </td>
    </tr>
  );
});

/** What each column means, for a clinician new to the caseload. */
function ColumnsExplained(): ReactElement {
  return (
    <details className="columns-explained">
      <summary>What the columns mean</summary>
      <dl className="facts">
        <dt>Phase</dt><dd>Where the engine places the patient in the progression ({Object.values(phaseLabel).join(', ')}), with any side status (plateau, ongoing care, referral).</dd>
        <dt>Today and flags</dt><dd>What needs you first: ready to graduate, a checkpoint due today, a check-in note nobody on the care team has read, active work that has stopped; then each flag with the engine's reason in one line (the patient page has every reason).</dd>
        <dt>Relief window</dt><dd>Days of clear relief after each of the last sessions, oldest first: longer bars mean the change holds longer.</dd>
        <dt>Goals</dt><dd>How far the goals have come from baseline toward target, on average (0% at baseline, 100% at target).</dd>
        <dt>Next checkpoint</dt><dd>When the next evaluation is due: every two weeks or four sessions, whichever comes first. Red when overdue.</dd>
      </dl>
    </details>
  );
}

export function CaseloadTable({ entries }: { entries: readonly CaseloadEntry[] }): ReactElement {
  const [filter, setFilter] = useState<FlagFilter>('all');
  const [sort, setSort] = useState<CaseloadSort>('urgency');
  const [search, setSearch] = useState('');
  const shown = useMemo(() => sortCaseload(filterCaseload(entries, filter, search), sort), [entries, filter, sort, search]);
  // The most urgent come first, so a page of them is what a clinician reads; the rest on request.
  const [limit, setLimit] = useState(PAGE);
  const visible = shown.length > limit ? shown.slice(0, limit) : shown;
  const flagged = entries.filter((e) => (e.summary?.flags.length ?? 0) > 0).length;
  const forToday = entries.filter(hasTodayItem).length;
  return (
    <>
      <p className="muted">{entries.length} patients in care, {forToday} with something for today, {flagged} with flags.</p>
      <ColumnsExplained />
      <div className="toolbar" role="search">
        <label>Find <input type="search" aria-label="Find a patient by name" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Patient name" /></label>
        <label>Flag
          <select aria-label="Filter by flag" value={filter} onChange={(e) => setFilter(e.target.value as FlagFilter)}>
            <option value="all">All patients</option>
            <option value="any-flag">Any flag</option>
            <option value="no-flag">No flags</option>
            <option value="today">Something for today</option>
            {(Object.keys(flagLabel) as FlagCode[]).map((code) => <option key={code} value={code}>{flagLabel[code]}</option>)}
          </select>
        </label>
        <label>Sort by
          <select aria-label="Sort by" value={sort} onChange={(e) => setSort(e.target.value as CaseloadSort)}>
            <option value="urgency">Most urgent flag</option>
            <option value="name">Name</option>
            <option value="phase">Phase</option>
            <option value="next-checkpoint">Next checkpoint</option>
          </select>
        </label>
      </div>
      <p role="status" aria-live="polite" className="visually-hidden">{shown.length} patients match</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Caseload table (scrolls sideways)">
        <table className="caseload">
          <caption className="visually-hidden">Caseload: {shown.length} patients</caption>
          <thead>
            <tr><th scope="col">Patient</th><th scope="col">Phase</th><th scope="col">Today and flags</th><th scope="col">Relief window</th><th scope="col">Goals</th><th scope="col">Next checkpoint</th></tr>
          </thead>
          <tbody>
            {visible.map((entry) => <Row key={entry.episodeId} entry={entry} />)}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p>No patient matches.</p>}
      {shown.length > visible.length && (
        <div className="actions">
          <span className="muted">Showing {visible.length} of {shown.length}.</span>
          <button type="button" onClick={() => setLimit(limit + PAGE)}>Show {Math.min(PAGE, shown.length - visible.length)} more</button>
          <button type="button" onClick={() => setLimit(shown.length)}>Show all {shown.length}</button>
        </div>
      )}
    </>
  );
}

export function CaseloadPage(): ReactElement {
  const caseload = useResource(() => api.caseload(), []);
  return (
    <section>
      <div className="page-head">
        <h1>Caseload</h1>
        <div className="actions">
          <DownloadButton path="/caseload.csv" label="Download CSV" what="the caseload CSV" />
          <Link to="/patients/new" className="button">New patient</Link>
        </div>
      </div>
      <Show resource={caseload} what="the caseload">{(entries) => <CaseloadTable entries={entries} />}</Show>
    </section>
  );
}
