// Every patient of the clinic, found by name: those in care, and those registered but not yet in care
// (before registration was one transaction, a failed "register and start intake" could leave one),
// so no registered patient is out of reach: each opens their page, to correct details or start care.
import { useMemo, useState, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { PatientListEntry } from '../client/types.ts';
import { Show } from '../components/status.tsx';
import { Link } from '../router.tsx';
import { useResource } from '../use-resource.ts';

function PatientList({ patients }: { patients: readonly PatientListEntry[] }): ReactElement {
  const [search, setSearch] = useState('');
  const [onlyWaiting, setOnlyWaiting] = useState(false);
  const waiting = patients.filter((p) => p.episodeCount === 0).length;
  const shown = useMemo(() => patients.filter((p) => (!onlyWaiting || p.episodeCount === 0)
    && (search.trim() === '' || (p.name ?? '').toLowerCase().includes(search.trim().toLowerCase()))), [patients, search, onlyWaiting]);
  return (
    <>
      <p className="muted">{patients.length} patients{waiting > 0 ? `, ${waiting} not in care yet` : ''}.</p>
      <div className="toolbar" role="search">
        <label>Find <input type="search" aria-label="Find a patient by name" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Patient name" /></label>
        <label className="check"><input type="checkbox" checked={onlyWaiting} onChange={(e) => setOnlyWaiting(e.target.checked)} /> Only those not in care yet</label>
      </div>
      <div className="table-scroll">
        <table>
          <thead><tr><th scope="col">Patient</th><th scope="col">Birth date</th><th scope="col">Care</th></tr></thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.id}>
                <th scope="row"><Link to={`/patients/${p.id}`}>{p.name ?? 'Unnamed patient'}</Link></th>
                <td>{p.birthDate}</td>
                <td>{p.episodeCount === 0 ? <strong>Not in care yet: open their page to start it</strong> : `${p.episodeCount} episode${p.episodeCount === 1 ? '' : 's'} of care`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p>No patient matches.</p>}
    </>
  );
}

export function PatientsPage(): ReactElement {
  const patients = useResource(() => api.patients(), []);
  return (
    <section>
      <div className="page-head">
        <h1>Patients</h1>
        <Link to="/patients/new" className="button">New patient</Link>
      </div>
      <Show resource={patients} what="the patients">{(list) => <PatientList patients={list} />}</Show>
    </section>
  );
}
