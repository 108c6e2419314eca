// The web app's entry: one React root, the session, and the routes.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { SessionProvider } from './session.tsx';
import { registerServiceWorker } from './offline/service-worker.ts';
import './styles.css';

const root = document.getElementById('root');
registerServiceWorker();
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SessionProvider><App /></SessionProvider>
    </StrictMode>,
  );
}
