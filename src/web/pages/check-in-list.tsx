// The patient's check-ins on the patient page (issue 18, item 5): every answer and the patient's own
// note, newest first. A note nobody on the care team has read is marked new; once this page has shown
// it to a clinician, the page tells the API (what "read" means: read-check-in-notes.ts), so the
// caseload's marker clears. The new marks stay on screen for this visit, so the clinician sees which.
import { useEffect, useState, type ReactElement } from 'react';
import { ApiError } from '../client/client.ts';
import { api } from '../client/endpoints.ts';
import type { CaseFileResponse, CheckInReading, NotesMarkedRead, StoredCheckIn } from '../client/types.ts';
import { ErrorMessage } from '../components/status.tsx';
import { useSession } from '../session.tsx';
import { fmtValue } from '../charts/timeline-data.ts';

const SHOWN = 20;
const hasNote = (c: StoredCheckIn): boolean => (c.note ?? '').trim() !== '';
const fmtWhen = (date: string): string => (date.length > 10 ? `${date.slice(0, 10)} ${date.slice(11, 16)}` : date);
const yesNo = (v: boolean | undefined): string => (v === undefined ? '–' : v ? 'yes' : 'no');

function useMarkRead(episodeId: string, unread: readonly string[], enabled: boolean): { result: NotesMarkedRead | null; error: ApiError | null } {
  const [result, setResult] = useState<NotesMarkedRead | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const key = unread.join(',');
  useEffect(() => {
    if (!enabled || key === '') return undefined;
    let live = true;
    api.markNotesRead(episodeId, key.split(',')).then(
      (r) => { if (live) setResult(r); },
      (e: unknown) => { if (live) setError(e instanceof ApiError ? e : new ApiError(0, 'internal', String(e))); },
    );
    return () => { live = false; };
  }, [episodeId, key, enabled]);
  return { result, error };
}

function CheckInTable({ file, readings }: { file: CaseFileResponse; readings: CheckInReading[] }): ReactElement {
  const { user } = useSession();
  const [all, setAll] = useState(false);
  const read = new Map(readings.map((r) => [r.checkInId, r]));
  const newestFirst = [...file.checkIns].sort((a, b) => Date.parse(b.date.length === 10 ? `${b.date}T12:00:00Z` : b.date) - Date.parse(a.date.length === 10 ? `${a.date}T12:00:00Z` : a.date));
  const unread = newestFirst.filter((c) => hasNote(c) && !read.has(c.id)).map((c) => c.id);
  const marked = useMarkRead(file.episode.id, unread, user?.role === 'clinician');
  const shown = all ? newestFirst : newestFirst.slice(0, SHOWN);
  const goalName = new Map(file.goals.map((g) => [g.id, g.activity]));
  if (newestFirst.length === 0) return <p className="muted">No check-ins yet.</p>;
  return (
    <>
      <p className="muted">
        {newestFirst.length} check-in{newestFirst.length === 1 ? '' : 's'}, {newestFirst.filter(hasNote).length} with a note
        {unread.length > 0 ? `, ${unread.length} new to the care team` : ''}.
      </p>
      {marked.result && !marked.result.countsAsRead && <p className="warning" role="status">{marked.result.reason}</p>}
      {marked.error && <ErrorMessage error={marked.error} what="mark the notes read" />}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Check-ins (scrolls sideways)">
        <table className="check-ins">
          <caption className="visually-hidden">Check-ins, newest first</caption>
          <thead>
            <tr><th scope="col">Made</th><th scope="col">Pain</th><th scope="col">Goals</th><th scope="col">Still better</th><th scope="col">Sleep</th><th scope="col">Stress</th><th scope="col">Home exercises</th><th scope="col">Note</th></tr>
          </thead>
          <tbody>
            {shown.map((c) => {
              const reading = read.get(c.id);
              return (
                <tr key={c.id} className={unread.includes(c.id) ? 'unread' : undefined}>
                  <td>{fmtWhen(c.date)}</td>
                  <td>{fmtValue(c.painNow)}</td>
                  <td>{c.goals.length === 0 ? '–' : c.goals.map((g) => `${goalName.get(g.goalId) ?? 'goal'}: ${fmtValue(g.value)}`).join('; ')}</td>
                  <td>{yesNo(c.reliefSinceLastSession)}</td>
                  <td>{c.sleepQuality ?? '–'}</td>
                  <td>{c.stress ?? '–'}</td>
                  <td>{c.hep ?? '–'}</td>
                  <td>
                    {hasNote(c) ? <span className="pre-line">{c.note}</span> : <span className="muted">–</span>}
                    {unread.includes(c.id) && <> <span className="badge today-note">New</span></>}
                    {reading && <div className="muted small">Read by {reading.readByName ?? 'a clinician'}, {reading.readAt.slice(0, 10)}</div>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {newestFirst.length > shown.length && <button type="button" onClick={() => setAll(true)}>Show all {newestFirst.length} check-ins</button>}
    </>
  );
}

/** `readings`: which notes the care team has read, from the episode's overview (one read per visit). */
export function CheckInList({ file, readings }: { file: CaseFileResponse; readings: CheckInReading[] }): ReactElement {
  return (
    <section className="card" aria-labelledby="check-ins-h" id="check-ins">
      <h2 id="check-ins-h">Check-ins</h2>
      <CheckInTable file={file} readings={readings} />
    </section>
  );
}
