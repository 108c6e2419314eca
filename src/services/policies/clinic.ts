// Who may do what at clinic level. Admins run the clinic (people, audit, outcomes); clinicians give
// care; patients see only their own record (patient-record.ts).
import type { Actor } from '../context.ts';
import type { Decision } from './decision.ts';

const staff = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'clinician';
/** Through a sign-in, not an app: apps read patient records and nothing else. */
const signedIn = (actor: Actor): boolean => actor.app === undefined;
const decide = (allowed: boolean): Decision => (allowed ? 'allow' : 'deny');

export const canManageUsers = (actor: Actor): Decision => decide(actor.role === 'admin' && signedIn(actor));
export const canListAudit = (actor: Actor): Decision => decide(actor.role === 'admin' && signedIn(actor));
export const canViewOutcomes = (actor: Actor): Decision => decide(staff(actor) && signedIn(actor));
export const canViewCaseload = (actor: Actor): Decision => decide(actor.role === 'clinician' && signedIn(actor));
export const canRegisterPatient = (actor: Actor): Decision => decide(staff(actor) && signedIn(actor));
export const canListPatients = (actor: Actor): Decision => decide(staff(actor) && signedIn(actor));
/** Staff search the clinic; a patient may search too, and finds only themself (boundPatientOf). */
export const canSearchPatients = (actor: Actor): Decision => decide(staff(actor) || actor.patientId !== undefined);
/**
 * A bulk export reads every patient's clinical record: clinicians only (admins do not read clinical
 * records), and never an app bound to one patient.
 */
export const canExportClinic = (actor: Actor): Decision => decide(actor.role === 'clinician' && actor.app?.patientId === undefined);
/** The clinic's SMART apps: the admin registers them; staff see them (the patient page's launch menu). */
export const canManageApps = (actor: Actor): Decision => decide(actor.role === 'admin' && signedIn(actor));
export const canListApps = (actor: Actor): Decision => decide(staff(actor) && signedIn(actor));
/** An EHR launch opens an app on a patient's record: clinicians, from the patient page. */
export const canLaunchApps = (actor: Actor): Decision => decide(actor.role === 'clinician' && signedIn(actor));
