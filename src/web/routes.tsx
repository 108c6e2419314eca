// Each role's pages, in one table per role, and the menu built from the same tables: a menu entry is
// a route with a label, so no menu can offer a page its role may not use (issue 18, item 13). A page
// another role uses is simply not in this role's table ("Page not found" for them, and the API would
// refuse its data anyway). Admins run the clinic: users, the audit log, clinic settings, outcomes;
// they do not read clinical records.
import type { ReactElement } from 'react';
import type { Role } from './client/types.ts';
import { CaseloadPage } from './pages/caseload.tsx';
import { PatientPage } from './pages/patient-page.tsx';
import { NewPatientPage } from './pages/new-patient.tsx';
import { PatientsPage } from './pages/patients.tsx';
import { IntakePage } from './pages/intake.tsx';
import { SessionNotePage } from './pages/session-note.tsx';
import { CheckpointPage } from './pages/checkpoint.tsx';
import { CareDecisionsPage } from './pages/care-decisions.tsx';
import { OutcomesPage } from './pages/outcomes.tsx';
import { AuditLogPage } from './admin/audit-log.tsx';
import { AdminUsersPage } from './pages/admin/users.tsx';
import { MySessionsPage } from './pages/my-sessions.tsx';
import { AppsPage } from './apps/apps-page.tsx';
import { ConsentPage } from './apps/consent.tsx';
import { AdminSettingsPage } from './pages/admin-settings.tsx';
import { FlarePage } from './pages/flare.tsx';
import { MovementPage } from './pages/movement.tsx';
import { ProgrammePage } from './pages/programme.tsx';
import { MyProgrammePage } from './patient/my-programme.tsx';
import { CheckInPage } from './patient/check-in.tsx';
import { ProgressPage } from './patient/progress.tsx';
import { WhatToExpectPage } from './patient/what-to-expect.tsx';

export interface RouteEntry {
  path: string;
  page: (params: Record<string, string>) => ReactElement;
  /** The menu's words for this page; a route without one is reached by links only. */
  menu?: string;
}

const clinician: RouteEntry[] = [
  { path: '/caseload', menu: 'Caseload', page: () => <CaseloadPage /> },
  { path: '/patients', menu: 'Patients', page: () => <PatientsPage /> },
  { path: '/patients/new', menu: 'New patient', page: () => <NewPatientPage /> },
  { path: '/outcomes', menu: 'Clinic outcomes', page: () => <OutcomesPage /> },
  { path: '/patients/:patientId', page: (p) => <PatientPage patientId={p.patientId ?? ''} /> },
  { path: '/episodes/:episodeId/intake', page: (p) => <IntakePage episodeId={p.episodeId ?? ''} /> },
  { path: '/episodes/:episodeId/session', page: (p) => <SessionNotePage episodeId={p.episodeId ?? ''} /> },
  { path: '/episodes/:episodeId/sessions/:sessionId', page: (p) => <SessionNotePage episodeId={p.episodeId ?? ''} sessionId={p.sessionId ?? ''} /> },
  { path: '/episodes/:episodeId/checkpoint', page: (p) => <CheckpointPage episodeId={p.episodeId ?? ''} /> },
  { path: '/episodes/:episodeId/care', page: (p) => <CareDecisionsPage episodeId={p.episodeId ?? ''} /> },
  { path: '/episodes/:episodeId/flare', page: (p) => <FlarePage episodeId={p.episodeId ?? ''} /> },
  { path: '/episodes/:episodeId/programme', page: (p) => <ProgrammePage episodeId={p.episodeId ?? ''} /> },
  { path: '/episodes/:episodeId/movement', page: (p) => <MovementPage episodeId={p.episodeId ?? ''} /> },
  // Clinicians may read the clinic's settings (the admin edits them); reached from the caseload's links.
  { path: '/admin/settings', page: () => <AdminSettingsPage /> },
];

const admin: RouteEntry[] = [
  { path: '/admin/users', menu: 'Users', page: () => <AdminUsersPage /> },
  { path: '/admin/settings', menu: 'Clinic settings', page: () => <AdminSettingsPage /> },
  { path: '/admin/audit', menu: 'Audit log', page: () => <AuditLogPage /> },
  { path: '/apps', menu: 'Apps', page: () => <AppsPage /> },
  { path: '/outcomes', menu: 'Clinic outcomes', page: () => <OutcomesPage /> },
];

// The patient's pages. Every path here opens offline from a cold start: the service worker serves
// the app shell for any navigation (vite.config.ts), so a page added here (my programme) needs no
// change there.
const patient: RouteEntry[] = [
  { path: '/check-in', menu: 'Check-in', page: () => <CheckInPage /> },
  { path: '/progress', menu: 'My progress', page: () => <ProgressPage /> },
  { path: '/programme', menu: 'My programme', page: () => <MyProgrammePage /> },
  { path: '/what-to-expect', menu: 'What to expect', page: () => <WhatToExpectPage /> },
];

/** Every signed-in person's own pages, at the end of each menu. */
const personal: RouteEntry[] = [
  { path: '/sessions', menu: 'My sessions', page: () => <MySessionsPage /> },
  // SMART App Launch's consent screen, for whoever is signed in (src/smart/interactions.ts).
  { path: '/oauth/interaction/:uid', page: (p) => <ConsentPage uid={p.uid ?? ''} /> },
];

export const routesByRole: Record<Role, readonly RouteEntry[]> = {
  clinician: [...clinician, ...personal], admin: [...admin, ...personal], patient: [...patient, ...personal],
};

/** The role's menu: its routes that have menu words, in table order. */
export function menuFor(role: Role): { to: string; label: string }[] {
  return routesByRole[role].flatMap((r) => (r.menu ? [{ to: r.path, label: r.menu }] : []));
}

/** Where a role lands: the first entry of its menu. */
export function homeFor(role: Role): string {
  return menuFor(role)[0]?.to ?? '/';
}
