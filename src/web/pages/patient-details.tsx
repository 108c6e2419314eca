// A patient's details and their episode's, read and corrected on the patient page; and the way into
// care for a patient registered without an episode (so no registered patient is out of reach). Each
// save sends the version read: a change someone made meanwhile asks for a reload instead.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { CaseFileResponse, StoredPatient } from '../client/types.ts';
import { useFormState } from '../components/form-state.ts';
import { ErrorMessage } from '../components/status.tsx';
import { ageOn, today } from '../episode-data.ts';
import { navigate } from '../router.tsx';
import { conditionLabel, regionLabel, sexLabel } from '../words.ts';
import {
  emptyEpisode, episodeBody, EpisodeFields, episodeProblems, patientBody, PatientFields, patientProblems, type EpisodeDraft, type PatientDraft,
} from './patient-fields.tsx';

type EpisodeOfFile = CaseFileResponse['episode'];

const draftOfPatient = (p: StoredPatient): PatientDraft => ({ name: p.name ?? '', birthDate: p.birthDate, sex: p.sex, contact: p.contact ?? '' });
const draftOfEpisode = (e: EpisodeOfFile): EpisodeDraft => ({
  startDate: e.startDate, regions: [...e.regions], condition: e.condition, complaint: e.complaint ?? '',
  painDurationMonths: e.painDurationMonths === undefined ? '' : String(e.painDurationMonths),
});

function PatientForm({ patient, onSaved, onCancel }: { patient: StoredPatient; onSaved: () => void; onCancel: () => void }): ReactElement {
  const form = useFormState();
  const [p, setP] = useState(() => draftOfPatient(patient));
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!form.check(patientProblems(p, '', today()))) return;
    const saved = await form.run(() => api.editPatient(patient.id, { ...patientBody(p), version: patient.version }));
    if (saved) onSaved();
  };
  return (
    <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate aria-label="The patient's details">
      <PatientFields value={p} onChange={setP} error={form.error} />
      {form.error && <ErrorMessage error={form.error} what="save the patient's details" reload={onSaved} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={form.busy}>{form.busy ? 'Saving…' : 'Save details'}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

function EpisodeForm({ episode, onSaved, onCancel }: { episode: EpisodeOfFile; onSaved: () => void; onCancel: () => void }): ReactElement {
  const form = useFormState();
  const [e, setE] = useState(() => draftOfEpisode(episode));
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!form.check(episodeProblems(e, '', today()))) return;
    const saved = await form.run(() => api.editEpisode(episode.id, {
      ...episodeBody(e), status: episode.status, ...(episode.expectations ? { expectations: episode.expectations } : {}), version: episode.version,
    }));
    if (saved) onSaved();
  };
  return (
    <form ref={form.ref} onSubmit={(ev) => void submit(ev)} noValidate aria-label="The episode's details">
      <EpisodeFields value={e} onChange={setE} error={form.error} />
      {form.error && <ErrorMessage error={form.error} what="save the episode's details" reload={onSaved} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={form.busy}>{form.busy ? 'Saving…' : 'Save episode'}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

/** The patient's and the episode's details, each with its own "Edit". */
export function DetailsCard({ patient, episode, onSaved }: { patient: StoredPatient; episode?: EpisodeOfFile; onSaved: () => void }): ReactElement {
  const [editing, setEditing] = useState<'patient' | 'episode' | null>(null);
  const saved = (): void => { setEditing(null); onSaved(); };
  return (
    <section className="card" aria-labelledby="details-h">
      <h2 id="details-h">Details</h2>
      {editing === 'patient' ? <PatientForm patient={patient} onSaved={saved} onCancel={() => setEditing(null)} /> : (
        <>
          <dl className="facts">
            <dt>Name</dt><dd>{patient.name ?? <span className="muted">not recorded</span>}</dd>
            <dt>Birth date</dt><dd>{patient.birthDate} (age {ageOn(patient.birthDate, today())})</dd>
            <dt>Sex</dt><dd>{sexLabel[patient.sex]}</dd>
            <dt>Contact</dt><dd>{patient.contact ?? <span className="muted">none</span>}</dd>
          </dl>
          <button type="button" className="small" onClick={() => setEditing('patient')}>Edit the patient's details</button>
        </>
      )}
      {episode && (editing === 'episode' ? <EpisodeForm episode={episode} onSaved={saved} onCancel={() => setEditing(null)} /> : (
        <>
          <dl className="facts">
            <dt>Care started</dt><dd>{episode.startDate}</dd>
            <dt>Condition</dt><dd>{conditionLabel[episode.condition]}</dd>
            <dt>Complaint</dt><dd>{episode.complaint ?? <span className="muted">not recorded</span>}</dd>
            <dt>Pain for</dt><dd>{episode.painDurationMonths === undefined ? <span className="muted">not recorded</span> : `${episode.painDurationMonths} months`}</dd>
            <dt>Regions</dt><dd>{episode.regions.map((r) => regionLabel[r]).join(', ')}</dd>
          </dl>
          <button type="button" className="small" onClick={() => setEditing('episode')}>Edit the episode's details</button>
        </>
      ))}
    </section>
  );
}

/** For a patient registered without an episode (before registration was one transaction): start their care. */
export function OpenEpisodeCard({ patient }: { patient: StoredPatient }): ReactElement {
  const form = useFormState();
  const [e, setE] = useState<EpisodeDraft>(emptyEpisode);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const problems = episodeProblems(e, '', today());
    if (e.startDate !== '' && patient.birthDate > e.startDate) problems.push({ path: 'startDate', message: 'Care cannot start before the birth date' });
    if (!form.check(problems)) return;
    const opened = await form.run(() => api.openEpisode(patient.id, episodeBody(e)));
    if (opened) navigate(`/episodes/${opened.episode.id}/intake`);
  };
  return (
    <form ref={form.ref} className="card" onSubmit={(ev) => void submit(ev)} noValidate aria-labelledby="open-h">
      <h2 id="open-h">Start an episode of care</h2>
      <p className="muted">This patient is registered but not in care yet.</p>
      <EpisodeFields value={e} onChange={setE} error={form.error} />
      {form.error && <ErrorMessage error={form.error} what="open the episode" />}
      <button type="submit" className="primary" disabled={form.busy}>{form.busy ? 'Saving…' : 'Open the episode and start intake'}</button>
    </form>
  );
}
