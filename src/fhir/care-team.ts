// Practitioner and CareTeam (spec §3: several clinicians of different disciplines per patient, one
// of them the lead). The case file names clinicians only by id (sessions[].clinicianId), so names,
// disciplines and the lead come from the store through `practitioners`. A clinician seen in a
// session but not passed in still gets a Practitioner, with its id only. Export only: the case file
// keeps no care team, and the import reads session clinicians from the Encounter's reference.
import type { CareTeam, CareTeamParticipant, Practitioner } from '@medplum/fhirtypes';
import { reference, thresholdCoding } from './codings.ts';
import { episodeIsOpen } from './episode.ts';
import type { ExportContext, PractitionerInput } from './export-context.ts';
import { recordIdentifier } from './record-ids.ts';

/** Everyone on the team: the given practitioners, then clinicians named only by a session. */
export function teamMembers(ctx: ExportContext, practitioners: PractitionerInput[]): PractitionerInput[] {
  const known = new Set(practitioners.map((p) => p.id));
  const fromSessions = [...new Set(ctx.file.sessions.flatMap((s) => (s.clinicianId === undefined ? [] : [s.clinicianId])))]
    .filter((id) => !known.has(id))
    .map((id) => ({ id }));
  return [...practitioners, ...fromSessions];
}

/** A clinician as a Practitioner: the same resource in an export and when read by id (a SMART app's fhirUser). */
export function practitionerResource(id: string, member: Pick<PractitionerInput, 'id' | 'name'>): Practitioner {
  return {
    resourceType: 'Practitioner',
    id,
    ...recordIdentifier(member.id),
    ...(member.name === undefined ? {} : { name: [{ text: member.name }] }),
  };
}

export function practitionersToFhir(ctx: ExportContext, members: PractitionerInput[]): Practitioner[] {
  return members.map((member) => practitionerResource(ctx.practitionerId(member.id), member));
}

export function careTeamId(ctx: ExportContext): string {
  return ctx.id('care-team');
}

export function careTeamToFhir(ctx: ExportContext, members: PractitionerInput[]): CareTeam {
  const participant: CareTeamParticipant[] = members.map((member) => {
    const role = [
      ...(member.discipline === undefined ? [] : [{ text: member.discipline }]),
      ...(member.lead === true ? [{ coding: [thresholdCoding('care-team-lead')] }] : []),
    ];
    return { ...(role.length === 0 ? {} : { role }), member: reference('Practitioner', ctx.practitionerId(member.id)) };
  });
  return {
    resourceType: 'CareTeam',
    id: careTeamId(ctx),
    status: episodeIsOpen(ctx.file.episode.status) ? 'active' : 'inactive',
    subject: ctx.patient,
    participant,
  };
}
