// Who may do what at clinic level. Admins run the clinic (people, audit, outcomes); clinicians give
// care; patients see only their own record (patient-record.ts).
import type { Actor } from '../context.ts';
import type { Decision } from './decision.ts';

const staff = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'clinician';
const decide = (allowed: boolean): Decision => (allowed ? 'allow' : 'deny');

export const canManageUsers = (actor: Actor): Decision => decide(actor.role === 'admin');
export const canListAudit = (actor: Actor): Decision => decide(actor.role === 'admin');
export const canViewOutcomes = (actor: Actor): Decision => decide(staff(actor));
export const canViewCaseload = (actor: Actor): Decision => decide(actor.role === 'clinician');
export const canRegisterPatient = (actor: Actor): Decision => decide(staff(actor));
export const canListPatients = (actor: Actor): Decision => decide(staff(actor));
/** Staff search the clinic; a patient may search too, and finds only themself (boundPatientOf). */
export const canSearchPatients = (actor: Actor): Decision => decide(staff(actor) || actor.patientId !== undefined);
/**
 * A bulk export reads every patient's clinical record: clinicians only (admins do not read clinical
 * records), and never an app bound to one patient.
 */
export const canExportClinic = (actor: Actor): Decision => decide(actor.role === 'clinician');
