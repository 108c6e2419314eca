// The frame of every page: a skip link, the header with the role's navigation, and the main region.
import type { ReactElement, ReactNode } from 'react';
import { Link, usePath } from '../router.tsx';
import { useSession } from '../session.tsx';

const clinicianNav = [
  { to: '/caseload', label: 'Caseload' },
  { to: '/patients/new', label: 'New patient' },
  { to: '/outcomes', label: 'Clinic outcomes' },
];
const adminNav = [...clinicianNav, { to: '/apps', label: 'Apps' }];
const patientNav = [
  { to: '/check-in', label: 'Check-in' },
  { to: '/progress', label: 'My progress' },
  { to: '/what-to-expect', label: 'What to expect' },
];

export function Layout({ children }: { children: ReactNode }): ReactElement {
  const { user, signOut } = useSession();
  const path = usePath();
  const nav = user?.role === 'patient' ? patientNav : user?.role === 'admin' ? adminNav : user ? clinicianNav : [];
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="top">
        <Link to="/" className="brand">Threshold</Link>
        {nav.length > 0 && (
          <nav aria-label="Main">
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} aria-current={path === item.to ? 'page' : undefined}>{item.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {user && <button type="button" className="link-button sign-out" onClick={() => void signOut()}>Sign out</button>}
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}
