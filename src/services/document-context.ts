// Who a document is from (src/domain/documents DocumentContext), read from the store: the clinic's
// name; the clinician who signs (the one making it, or for a patient's own copy the lead of their
// care team); and the names of the people who decided at the episode's checkpoints.
import type { CaseFile, DocumentContext } from '../domain/index.ts';
import type { ClinicScope, StoreTx, User } from '../store/index.ts';
import type { Actor } from './context.ts';

function signer(user: User | null, discipline?: string): DocumentContext['clinician'] {
  if (!user || user.role !== 'clinician') return null;
  const field = discipline ?? user.discipline;
  return { name: user.name, email: user.email, ...(field === undefined ? {} : { discipline: field }) };
}

export async function documentContext(tx: StoreTx, scope: ClinicScope, actor: Actor, file: CaseFile, patientId: string): Promise<DocumentContext> {
  const clinic = await tx.global.getClinic(actor.clinicId);
  let clinician: DocumentContext['clinician'];
  if (actor.role === 'clinician') {
    clinician = signer(await scope.people.getUser(actor.userId));
  } else {
    const lead = (await scope.people.careTeam(patientId)).find((member) => member.lead);
    clinician = lead ? signer(await scope.people.getUser(lead.userId), lead.discipline) : null;
  }
  const people: Record<string, string> = {};
  for (const id of new Set(file.checkpoints.flatMap((c) => (c.decision?.by === undefined ? [] : [c.decision.by])))) {
    const user = await scope.people.getUser(id);
    if (user) people[id] = user.name;
  }
  return { clinicName: clinic?.name ?? 'Clinic', clinician, people };
}
