// The frame of every page: a skip link, the header with the role's menu (routes.tsx), and the main region.
import type { ReactElement, ReactNode } from 'react';
import { Link, usePath } from '../router.tsx';
import { menuFor } from '../routes.tsx';
import { useSession } from '../session.tsx';

export function Layout({ children }: { children: ReactNode }): ReactElement {
  const { user, signOut, offline } = useSession();
  const path = usePath();
  const nav = user ? menuFor(user.role) : [];
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="top">
        <Link to="/" className="brand">Threshold</Link>
        {nav.length > 0 && (
          <nav aria-label={user?.role === 'admin' ? 'Admin' : 'Main'}>
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
      {offline && (
        <p className="offline-banner" role="status">
          No connection: you see what this phone kept from your last visit. Check-ins you make now are kept here and sent when the connection is back.
        </p>
      )}
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}
