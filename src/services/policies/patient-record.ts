// Who may do what to one patient's record: staff of the clinic (the store has already limited the
// clinic), and the patient themself for the parts they report. Anyone else's record is hidden from a
// patient. Admins manage demographics and care teams but do not read clinical records.
import type { Actor } from '../context.ts';
import type { Decision } from './decision.ts';

/** Everything one can do to a patient's record. */
export type PatientRecordAction =
  | 'read-demographics' | 'edit-demographics' | 'manage-care-team' | 'invite'
  | 'read-clinical' | 'write-clinical' | 'acknowledge-notes'
  | 'report-check-in' | 'report-flare' | 'rate-goal';

const ownRecord = (actor: Actor, patientId: string): boolean => actor.role === 'patient' && actor.patientId === patientId;

const reads = new Set<PatientRecordAction>(['read-demographics', 'read-clinical']);

export function canActOnPatientRecord(actor: Actor, patientId: string, action: PatientRecordAction): Decision {
  if (actor.role === 'patient' && !ownRecord(actor, patientId)) return 'hide';
  // An app bound to one patient knows of no other; any app only reads (SMART scopes *.rs).
  if (actor.app?.patientId !== undefined && actor.app.patientId !== patientId) return 'hide';
  if (actor.app !== undefined && !reads.has(action)) return 'deny';
  switch (action) {
    case 'read-demographics':
      return 'allow';
    case 'edit-demographics':
    case 'manage-care-team':
    case 'invite':
      return actor.role === 'patient' ? 'deny' : 'allow';
    case 'read-clinical':
      return actor.role === 'admin' ? 'deny' : 'allow';
    case 'write-clinical':
    case 'acknowledge-notes':
      // A patient's notes are read by the clinicians who care for them (read-check-in-notes.ts).
      return actor.role === 'clinician' ? 'allow' : 'deny';
    case 'report-check-in':
    case 'report-flare':
    case 'rate-goal':
      // What the patient reports about their own days; a clinician may enter it for them.
      return actor.role === 'admin' ? 'deny' : 'allow';
  }
}

/**
 * Whose records an actor may do `action` to, as a condition one statement can carry (a write that
 * does not read the record first): every patient of the clinic, only the actor's own record, or
 * none, in which case the full gate decides and says why. Read off canActOnPatientRecord, which
 * decides for staff whatever the patient and for a patient by whose record it is.
 */
export function patientScope(actor: Actor, action: PatientRecordAction): 'any' | { patientId: string } | 'none' {
  if (actor.role === 'patient') {
    return actor.patientId !== undefined && canActOnPatientRecord(actor, actor.patientId, action) === 'allow' ? { patientId: actor.patientId } : 'none';
  }
  return canActOnPatientRecord(actor, '', action) === 'allow' ? 'any' : 'none';
}

/** The one patient an actor may see at all, if they are bound to one (a patient's own sign-in). */
export function boundPatientOf(actor: Actor): string | undefined {
  return actor.app?.patientId ?? (actor.role === 'patient' ? actor.patientId : undefined);
}
