// Register a new patient and open their episode of care in one save (one transaction on the server:
// both or neither), then go on to the intake. The form checks itself before sending (a birth date
// after the start of care, no region, a negative pain duration), with each message beside its field.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import { useFormState } from '../components/form-state.ts';
import { ErrorMessage } from '../components/status.tsx';
import { today } from '../episode-data.ts';
import { navigate } from '../router.tsx';
import {
  emptyEpisode, episodeBody, EpisodeFields, episodeProblems, patientBody, PatientFields, patientProblems, type EpisodeDraft, type PatientDraft,
} from './patient-fields.tsx';

export function NewPatientPage(): ReactElement {
  const form = useFormState();
  const [p, setP] = useState<PatientDraft>({ name: '', birthDate: '', sex: 'unknown', contact: '' });
  const [e, setE] = useState<EpisodeDraft>(emptyEpisode);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const day = today();
    const problems = [...patientProblems(p, 'patient.', day), ...episodeProblems(e, 'episode.', day)];
    if (p.birthDate !== '' && e.startDate !== '' && p.birthDate > e.startDate) {
      problems.push({ path: 'patient.birthDate', message: 'The birth date must be on or before the day care starts' });
    }
    if (!form.check(problems)) return;
    const opened = await form.run(() => api.register({ patient: patientBody(p), episode: episodeBody(e) }));
    if (opened?.episode.id) navigate(`/episodes/${opened.episode.id}/intake`);
  };

  return (
    <section className="narrow">
      <h1>New patient</h1>
      <form ref={form.ref} onSubmit={(ev) => void submit(ev)} noValidate>
        <fieldset>
          <legend>The patient</legend>
          <PatientFields value={p} onChange={setP} error={form.error} prefix="patient." />
        </fieldset>
        <fieldset>
          <legend>The episode of care</legend>
          <EpisodeFields value={e} onChange={setE} error={form.error} prefix="episode." />
        </fieldset>
        {form.error && <ErrorMessage error={form.error} what="register the patient" />}
        <button type="submit" className="primary" disabled={form.busy}>{form.busy ? 'Saving…' : 'Register and start intake'}</button>
      </form>
    </section>
  );
}
