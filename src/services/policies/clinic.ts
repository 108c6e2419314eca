// Who may do what at clinic level. Admins run the clinic (people, audit, outcomes); clinicians give
// care; patients see only their own record (patient-record.ts).
import type { Role } from '../../store/index.ts';
import type { Actor } from '../context.ts';
import type { Decision } from './decision.ts';

const staff = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'clinician';
/** Through a sign-in, not an app: apps read patient records and nothing else. */
const signedIn = (actor: Actor): boolean => actor.app === undefined;
const decide = (allowed: boolean): Decision => (allowed ? 'allow' : 'deny');

export const canManageUsers = (actor: Actor): Decision => decide(actor.role === 'admin' && signedIn(actor));
/** An admin invites anyone; a clinician sends a patient their invitation again (they invited them). */
export const canInviteUser = (actor: Actor, user: { role: Role }): Decision => decide((actor.role === 'admin' || (actor.role === 'clinician' && user.role === 'patient')) && signedIn(actor));
export const canListAudit = (actor: Actor): Decision => decide(actor.role === 'admin' && signedIn(actor));
export const canViewOutcomes = (actor: Actor): Decision => decide(staff(actor) && signedIn(actor));
export const canViewCaseload = (actor: Actor): Decision => decide(actor.role === 'clinician' && signedIn(actor));
export const canRegisterPatient = (actor: Actor): Decision => decide(staff(actor) && signedIn(actor));
/** Registering a patient together with their first episode of care: opening care is a clinician's work. */
export const canRegisterForCare = (actor: Actor): Decision => decide(actor.role === 'clinician' && signedIn(actor));
export const canListPatients = (actor: Actor): Decision => decide(staff(actor) && signedIn(actor));
/** Every member of the clinic may read its name and time zone (no patient data: the app needs its day). */
export const canViewClinic = (_actor: Actor): Decision => 'allow';
/** The thresholds every assessment runs on: staff read them (clinicians see why a flag rose); admins change them. */
export const canViewClinicSettings = (actor: Actor): Decision => decide(staff(actor) && signedIn(actor));
export const canChangeClinicSettings = (actor: Actor): Decision => decide(actor.role === 'admin' && signedIn(actor));
/** The exercise library: staff read it (patients see their own programme's exercises with it); those who give care add to it. */
export const canReadExerciseLibrary = (actor: Actor): Decision => decide(staff(actor) && signedIn(actor));
export const canAddClinicExercise = (actor: Actor): Decision => decide(staff(actor) && signedIn(actor));
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
