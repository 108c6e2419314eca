// Who may do what at clinic level. Admins run the clinic (people, audit, outcomes); clinicians give
// care; patients see only their own record (patient-record.ts).
import type { Role } from '../../store/index.ts';
import type { Actor } from '../context.ts';
import type { Decision } from './decision.ts';

const staff = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'clinician';
const decide = (allowed: boolean): Decision => (allowed ? 'allow' : 'deny');

export const canManageUsers = (actor: Actor): Decision => decide(actor.role === 'admin');
/** An admin invites anyone; a clinician sends a patient their invitation again (they invited them). */
export const canInviteUser = (actor: Actor, user: { role: Role }): Decision => decide(actor.role === 'admin' || (actor.role === 'clinician' && user.role === 'patient'));
export const canListAudit = (actor: Actor): Decision => decide(actor.role === 'admin');
export const canViewOutcomes = (actor: Actor): Decision => decide(staff(actor));
export const canViewCaseload = (actor: Actor): Decision => decide(actor.role === 'clinician');
export const canRegisterPatient = (actor: Actor): Decision => decide(staff(actor));
/** Registering a patient together with their first episode of care: opening care is a clinician's work. */
export const canRegisterForCare = (actor: Actor): Decision => decide(actor.role === 'clinician');
export const canListPatients = (actor: Actor): Decision => decide(staff(actor));
/** Every member of the clinic may read its name and time zone (no patient data: the app needs its day). */
export const canViewClinic = (_actor: Actor): Decision => 'allow';
/** The thresholds every assessment runs on: staff read them (clinicians see why a flag rose); admins change them. */
export const canViewClinicSettings = (actor: Actor): Decision => decide(staff(actor));
export const canChangeClinicSettings = (actor: Actor): Decision => decide(actor.role === 'admin');
/** The exercise library: staff read it (patients see their own programme's exercises with it); those who give care add to it. */
export const canReadExerciseLibrary = (actor: Actor): Decision => decide(staff(actor));
export const canAddClinicExercise = (actor: Actor): Decision => decide(staff(actor));
