// Which page for which path and role. Clinicians (and admins, who see outcomes) get the clinic
// pages; a patient gets their own three pages. Signed out, every path shows sign-in.
import { useEffect, type ReactElement } from 'react';
import { Layout } from './components/layout.tsx';
import { ErrorMessage, Loading } from './components/status.tsx';
import { ApiError } from './client/client.ts';
import { matchPath, navigate, usePath } from './router.tsx';
import { useSession } from './session.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { CaseloadPage } from './pages/caseload.tsx';
import { PatientPage } from './pages/patient-page.tsx';
import { NewPatientPage } from './pages/new-patient.tsx';
import { IntakePage } from './pages/intake.tsx';
import { SessionNotePage } from './pages/session-note.tsx';
import { CheckpointPage } from './pages/checkpoint.tsx';
import { CareDecisionsPage } from './pages/care-decisions.tsx';
import { OutcomesPage } from './pages/outcomes.tsx';
import { CheckInPage } from './patient/check-in.tsx';
import { ProgressPage } from './patient/progress.tsx';
import { WhatToExpectPage } from './patient/what-to-expect.tsx';
import { useCheckInSender } from './offline/use-check-in-queue.ts';
import { AppsPage } from './apps/apps-page.tsx';
import { ConsentPage } from './apps/consent.tsx';

type Page = (params: Record<string, string>) => ReactElement;

const clinicianRoutes: [string, Page][] = [
  ['/caseload', () => <CaseloadPage />],
  ['/outcomes', () => <OutcomesPage />],
  ['/patients/new', () => <NewPatientPage />],
  ['/patients/:patientId', (p) => <PatientPage patientId={p.patientId ?? ''} />],
  ['/episodes/:episodeId/intake', (p) => <IntakePage episodeId={p.episodeId ?? ''} />],
  ['/episodes/:episodeId/session', (p) => <SessionNotePage episodeId={p.episodeId ?? ''} />],
  ['/episodes/:episodeId/checkpoint', (p) => <CheckpointPage episodeId={p.episodeId ?? ''} />],
  ['/episodes/:episodeId/care', (p) => <CareDecisionsPage episodeId={p.episodeId ?? ''} />],
  ['/apps', () => <AppsPage />],
];
/** SMART App Launch's consent screen, for whoever is signed in (src/smart/interactions.ts). */
const consentRoute: [string, Page] = ['/oauth/interaction/:uid', (p) => <ConsentPage uid={p.uid ?? ''} />];
const patientRoutes: [string, Page][] = [
  ['/check-in', () => <CheckInPage />],
  ['/progress', () => <ProgressPage />],
  ['/what-to-expect', () => <WhatToExpectPage />],
];

function Redirect({ to }: { to: string }): ReactElement {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return <Loading what="the page" />;
}

/** For a signed-in patient: check-ins kept on the phone are sent whichever page is open. */
function CheckInSender(): null {
  useCheckInSender();
  return null;
}

function Routes(): ReactElement {
  const path = usePath();
  const { user } = useSession();
  const routes = [consentRoute, ...(user?.role === 'patient' ? patientRoutes : clinicianRoutes)];
  const home = user?.role === 'patient' ? '/check-in' : user?.role === 'admin' ? '/outcomes' : '/caseload';
  if (path === '/' || path === '') return <Redirect to={home} />;
  for (const [pattern, page] of routes) {
    const params = matchPath(pattern, path);
    if (params) return <>{user?.role === 'patient' && <CheckInSender />}{page(params)}</>;
  }
  return (
    <section>
      <h1>Page not found</h1>
      <p>There is no page at {path} for your role.</p>
    </section>
  );
}

export function App(): ReactElement {
  const session = useSession();
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [session.status]);
  return (
    <Layout>
      {session.status === 'checking' && <Loading what="your session" />}
      {session.status === 'unreachable' && (
        <ErrorMessage error={new ApiError(0, 'offline', 'The clinic server cannot be reached.')} retry={session.recheck} />
      )}
      {session.status === 'signed-out' && <SignInPage />}
      {session.status === 'signed-in' && <Routes />}
    </Layout>
  );
}
