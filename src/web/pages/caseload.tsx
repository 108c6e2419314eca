// The clinician's caseload: every patient in care with phase, flags, the relief-window trend, goal
// progress and the next checkpoint. Filter by flag, sort by urgency, name, phase or checkpoint.
import { memo, useMemo, useState, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { CaseloadEntry, FlagCode, Phase, SideStatus } from '../client/types.ts';
import { FlagBadges, Sparkline } from '../components/bits.tsx';
import { Show } from '../components/status.tsx';
import { Link } from '../router.tsx';
import { useResource } from '../use-resource.ts';
import { flagLabel, phaseLabel, sideStatusLabel } from '../words.ts';
import { ProgrammeAdviceCounts } from '../programme/advice-counts.tsx';
import { filterCaseload, sortCaseload, type CaseloadSort, type FlagFilter } from './caseload-order.ts';

const PAGE = 200;
const phaseText = (phase: string): string => phaseLabel[phase as Phase] ?? phase;
const sideText = (status: string): string => sideStatusLabel[status as SideStatus] ?? status;

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
      <td><FlagBadges flags={s?.flags ?? []} /></td>
      <td><Sparkline values={s?.reliefWindows} trend={s?.reliefWindowTrend ?? 'unknown'} /></td>
      <td>{progress === undefined || progress === null ? <span className="muted">–</span> : `${Math.round(progress * 100)}%`}</td>
      <td className={entry.checkpointOverdue ? 'overdue' : ''}>
        {s?.nextCheckpoint ?? '–'}{entry.checkpointOverdue && <span className="visually-hidden"> (overdue)</span>}
      </td>
    </tr>
  );
});

export function CaseloadTable({ entries }: { entries: readonly CaseloadEntry[] }): ReactElement {
  const [filter, setFilter] = useState<FlagFilter>('all');
  const [sort, setSort] = useState<CaseloadSort>('urgency');
  const [search, setSearch] = useState('');
  const shown = useMemo(() => sortCaseload(filterCaseload(entries, filter, search), sort), [entries, filter, sort, search]);
  // The most urgent come first, so a page of them is what a clinician reads; the rest on request.
  const [limit, setLimit] = useState(PAGE);
  const visible = shown.length > limit ? shown.slice(0, limit) : shown;
  const flagged = entries.filter((e) => (e.summary?.flags.length ?? 0) > 0).length;
  return (
    <>
      <p className="muted">{entries.length} patients in care, {flagged} with flags.</p>
      <div className="toolbar" role="search">
        <label>Find <input type="search" aria-label="Find a patient by name" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Patient name" /></label>
        <label>Flag
          <select aria-label="Filter by flag" value={filter} onChange={(e) => setFilter(e.target.value as FlagFilter)}>
            <option value="all">All patients</option>
            <option value="any-flag">Any flag</option>
            <option value="no-flag">No flags</option>
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
      <div className="table-scroll">
        <table className="caseload">
          <caption className="visually-hidden">Caseload: {shown.length} patients</caption>
          <thead>
            <tr><th scope="col">Patient</th><th scope="col">Phase</th><th scope="col">Flags</th><th scope="col">Relief window</th><th scope="col">Goals</th><th scope="col">Next checkpoint</th></tr>
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
        <Link to="/patients/new" className="button">New patient</Link>
      </div>
      <Show resource={caseload} what="the caseload">{(entries) => <CaseloadTable entries={entries} />}</Show>
    </section>
  );
}
