// Which page for which path and role (the tables are in routes.tsx). Signed out, every path shows sign-in.
import { useEffect, type ReactElement } from 'react';
import { Layout } from './components/layout.tsx';
import { ErrorMessage, Loading } from './components/status.tsx';
import { ApiError } from './client/client.ts';
import { matchPath, navigate, usePath } from './router.tsx';
import { useSession } from './session.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { homeFor, routesByRole } from './routes.tsx';
import { useCheckInSender } from './offline/use-check-in-queue.ts';
import { WelcomePage } from './pages/welcome.tsx';

/** The page an invitation link opens, signed in or not. */
const WELCOME = '/welcome';

function Redirect({ to }: { to: string }): ReactElement {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return <Loading what="the page" />;
}

/** For a signed-in patient: check-ins kept on the phone are sent whichever page is open. */
function CheckInSender(): null {
  const { offline } = useSession();
  useCheckInSender(!offline);
  return null;
}

function Routes(): ReactElement {
  const path = usePath();
  const { user } = useSession();
  const role = user?.role ?? 'patient';
  if (path === '/' || path === '') return <Redirect to={homeFor(role)} />;
  for (const route of routesByRole[role]) {
    const params = matchPath(route.path, path);
    if (params) return <>{role === 'patient' && <CheckInSender />}{route.page(params)}</>;
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
  const path = usePath();
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [session.status]);
  if (path === WELCOME) return <Layout><WelcomePage /></Layout>;
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
