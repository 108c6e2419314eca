// "Launch app" on the patient page (SMART EHR launch): the clinic's apps that can be opened on a
// patient; choosing one asks the API for a launch and opens the app with it in this tab.
import { useState, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import { useFormState } from '../components/form-state.ts';
import { ErrorMessage } from '../components/status.tsx';
import { useResource } from '../use-resource.ts';

export function LaunchMenu({ patientId }: { patientId: string }): ReactElement | null {
  const apps = useResource(() => api.apps(), []);
  const form = useFormState();
  const [opening, setOpening] = useState<string | null>(null);
  if (apps.state !== 'ready') return apps.state === 'error' ? <ErrorMessage error={apps.error} what="load the clinic's apps" retry={apps.reload} /> : null;
  const launchable = apps.data.filter((a) => a.launchUrl !== undefined);
  if (launchable.length === 0) return null;
  const launch = async (appId: string): Promise<void> => {
    setOpening(appId);
    const started = await form.run(() => api.launchApp(appId, patientId));
    if (started) window.location.assign(started.url);
    else setOpening(null);
  };
  return (
    <details className="launch-menu">
      <summary className="button">Launch app</summary>
      <ul aria-label="The clinic's apps">
        {launchable.map((a) => (
          <li key={a.id}>
            <button type="button" className="link-button" disabled={opening !== null} onClick={() => void launch(a.id)}>
              {opening === a.id ? `Opening ${a.name}…` : a.name}
            </button>
          </li>
        ))}
      </ul>
      {form.error && <ErrorMessage error={form.error} what="launch the app" />}
    </details>
  );
}
