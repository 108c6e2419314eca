// Referrals <-> ServiceRequest (spec §2, §3: to whom, why, a summary, the overlap in which both
// teams run, and a status). Category SNOMED CT 3457005 "Patient referral" (as used for referrals
// in HL7 FHIR examples and national guides). The discipline is the performer type (Threshold code),
// the named provider a reference by display. Status says what the record knows: a proposed referral
// is a `draft` with intent `proposal`; an active or completed one an `order`; a cancelled one is
// `revoked`. The overlap is the occurrence period.
import type { ServiceRequest } from '@medplum/fhirtypes';
import type { CaseFileInput, Referral } from '../domain/index.ts';
import { readCode, type Draft, type EntryRef, type ImportContext } from './import-context.ts';
import { hasCoding, snomedCoding, thresholdConcept } from './codings.ts';
import { dayOfDateTime } from './dates.ts';
import type { ExportContext } from './export-context.ts';
import { recordIdOf, recordIdentifier } from './record-ids.ts';
import { SNOMED } from './systems.ts';

const disciplines: readonly Referral['to']['discipline'][] = [
  'physical-therapy', 'advanced-rehabilitation', 'physician', 'pain-medicine', 'psychology', 'rheumatology', 'spine-surgery', 'emergency', 'other',
];
const PATIENT_REFERRAL = '3457005';

const statusToFhir = {
  proposed: 'draft', active: 'active', completed: 'completed', cancelled: 'revoked',
} as const satisfies Record<Referral['status'], ServiceRequest['status']>;

export function referralsToFhir(ctx: ExportContext): ServiceRequest[] {
  return ctx.file.referrals.map((referral) => {
    const overlap = {
      ...(referral.overlapStart === undefined ? {} : { start: referral.overlapStart }),
      ...(referral.overlapEnd === undefined ? {} : { end: referral.overlapEnd }),
    };
    return {
      resourceType: 'ServiceRequest',
      id: ctx.id('referral', referral.id),
      ...recordIdentifier(referral.id),
      status: statusToFhir[referral.status],
      intent: referral.status === 'proposed' ? 'proposal' : 'order',
      category: [{ coding: [snomedCoding(PATIENT_REFERRAL, 'Patient referral')] }],
      subject: ctx.patient,
      ...(Object.keys(overlap).length === 0 ? {} : { occurrencePeriod: overlap }),
      authoredOn: referral.date,
      performerType: thresholdConcept(`discipline-${referral.to.discipline}`),
      ...(referral.to.provider === undefined ? {} : { performer: [{ display: referral.to.provider }] }),
      reasonCode: [{ text: referral.reason }],
      ...(referral.summary === undefined ? {} : { note: [{ text: referral.summary }] }),
    };
  });
}

function readStatus(ctx: ImportContext, entry: EntryRef<ServiceRequest>): Referral['status'] | undefined {
  const found = (Object.entries(statusToFhir) as [Referral['status'], string][]).find(([, fhir]) => fhir === entry.resource.status);
  if (found === undefined) ctx.problem(entry, `status "${entry.resource.status}" is not one of draft, active, completed, revoked`, 'status');
  return found?.[0];
}

export function readReferrals(ctx: ImportContext): Draft<CaseFileInput['referrals']> {
  return ctx.ofType('ServiceRequest').filter((e) => hasCoding(e.resource.category, SNOMED, PATIENT_REFERRAL)).map((entry, i) => {
    ctx.origin(`referrals[${i}]`, entry);
    const request = entry.resource;
    return {
      id: recordIdOf(request),
      date: dayOfDateTime(request.authoredOn),
      to: {
        discipline: readCode(ctx, entry, 'performerType', request.performerType, 'discipline', disciplines),
        provider: request.performer?.[0]?.display,
      },
      reason: request.reasonCode?.[0]?.text,
      summary: request.note?.[0]?.text,
      overlapStart: dayOfDateTime(request.occurrencePeriod?.start),
      overlapEnd: dayOfDateTime(request.occurrencePeriod?.end),
      status: readStatus(ctx, entry),
    };
  });
}
