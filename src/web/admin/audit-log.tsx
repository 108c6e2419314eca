// The audit log for an admin (issue 18, item 13): who did what to which record, newest first, narrowed
// by who, which patient, which action and which days, fifty at a time. Names come from the clinic's
// users and patients; the log itself keeps ids.
import { useMemo, useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { AuditAction, AuditEvent, AuditQuery, ClinicUser, StoredPatient } from '../client/types.ts';
import { Show } from '../components/status.tsx';
import { useResource } from '../use-resource.ts';
import { auditActionLabel, auditRecordLabel, labelOf } from '../words.ts';

const PAGE = 50;
const actions = Object.keys(auditActionLabel) as AuditAction[];
const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

interface Filters { actorUserId: string; patientId: string; action: string; from: string; to: string }
const noFilters: Filters = { actorUserId: '', patientId: '', action: '', from: '', to: '' };

function FilterForm({ users, patients, applied, onApply }: {
  users: ClinicUser[]; patients: StoredPatient[]; applied: Filters; onApply: (f: Filters) => void;
}): ReactElement {
  const [f, setF] = useState<Filters>(applied);
  const submit = (event: FormEvent): void => { event.preventDefault(); onApply(f); };
  return (
    <form className="toolbar" role="search" aria-label="Filter the audit log" onSubmit={submit}>
      <label>Who
        <select aria-label="Who" value={f.actorUserId} onChange={(e) => setF({ ...f, actorUserId: e.target.value })}>
          <option value="">Anyone</option>
          {users.map((u) => <option key={u.id} value={u.id}>{u.name} ({u.role})</option>)}
        </select>
      </label>
      <label>Patient
        <select aria-label="Patient" value={f.patientId} onChange={(e) => setF({ ...f, patientId: e.target.value })}>
          <option value="">Any patient</option>
          {patients.map((p) => <option key={p.id} value={p.id}>{p.name ?? p.id}</option>)}
        </select>
      </label>
      <label>Action
        <select aria-label="Action" value={f.action} onChange={(e) => setF({ ...f, action: e.target.value })}>
          <option value="">Any action</option>
          {actions.map((a) => <option key={a} value={a}>{auditActionLabel[a]}</option>)}
        </select>
      </label>
      <label>From <input type="date" aria-label="From" value={f.from} onChange={(e) => setF({ ...f, from: e.target.value })} /></label>
      <label>To <input type="date" aria-label="To" value={f.to} onChange={(e) => setF({ ...f, to: e.target.value })} /></label>
      <div className="toolbar-actions">
        <button type="submit" className="primary">Show</button>
        <button type="button" onClick={() => { setF(noFilters); onApply(noFilters); }}>Clear</button>
      </div>
    </form>
  );
}

function EventTable({ events, userName, patientName }: {
  events: AuditEvent[]; userName: (id: string) => string; patientName: (id: string) => string;
}): ReactElement {
  if (events.length === 0) return <p>No events match.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Audit events (scrolls sideways)">
      <table>
        <caption className="visually-hidden">Audit events, newest first</caption>
        <thead><tr><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Record</th><th scope="col">Patient</th></tr></thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.seq}>
              <td>{when.format(new Date(e.at))}</td>
              <td>{userName(e.actorUserId)} <span className="muted">({e.actorRole})</span></td>
              <td>{labelOf(auditActionLabel, e.action)}</td>
              <td>{labelOf(auditRecordLabel, e.recordType)} <span className="muted"><code>{e.recordId.slice(0, 8)}</code></span></td>
              <td>{e.patientId ? patientName(e.patientId) : <span className="muted">–</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AuditLog({ users, patients }: { users: ClinicUser[]; patients: StoredPatient[] }): ReactElement {
  const [filters, setFilters] = useState<Filters>(noFilters);
  // Keyset paging: each page starts before the last sequence number of the one before it.
  const [starts, setStarts] = useState<(number | undefined)[]>([undefined]);
  const before = starts[starts.length - 1];
  const query: AuditQuery = { limit: PAGE, ...(before === undefined ? {} : { before }), ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')) };
  const events = useResource(() => api.auditEvents(query), [JSON.stringify(query)]);
  const names = useMemo(() => new Map(users.map((u) => [u.id, u.name])), [users]);
  const patientNames = useMemo(() => new Map(patients.map((p) => [p.id, p.name ?? p.id])), [patients]);
  const apply = (next: Filters): void => { setFilters(next); setStarts([undefined]); };
  return (
    <>
      <FilterForm users={users} patients={patients} applied={filters} onApply={apply} />
      <Show resource={events} what="the audit log">
        {(page) => (
          <>
            <p className="muted" role="status">Page {starts.length}: {page.length} event{page.length === 1 ? '' : 's'}.</p>
            <EventTable events={page} userName={(id) => names.get(id) ?? id} patientName={(id) => patientNames.get(id) ?? id} />
            <div className="actions">
              <button type="button" disabled={starts.length === 1} onClick={() => setStarts(starts.slice(0, -1))}>Newer</button>
              <button type="button" disabled={page.length < PAGE} onClick={() => setStarts([...starts, page.at(-1)?.seq])}>Older</button>
            </div>
          </>
        )}
      </Show>
    </>
  );
}

export function AuditLogPage(): ReactElement {
  const people = useResource(async () => {
    const [users, patients] = await Promise.all([api.users(), api.patients()]);
    return { users: [...users].sort((a, b) => a.name.localeCompare(b.name)), patients };
  }, []);
  return (
    <section>
      <h1>Audit log</h1>
      <p className="muted">Every read and change of patient data, and every sign-in, as the clinic's server recorded it. It cannot be edited.</p>
      <Show resource={people} what="the clinic's people">{({ users, patients }) => <AuditLog users={users} patients={patients} />}</Show>
    </section>
  );
}
