// Documents made (spec §6, Documents) -> DocumentReference: one per document in the record of
// documents made, the PDF as an attachment by URL (the REST API serves it exactly as it was handed
// over) with its size, SHA-1 hash and title. The type is LOINC where the C-CDA document type value
// sets give one: 11506-3 "Progress note" (ProgressNoteDocumentTypeCode) for the progress report and
// 57133-1 "Referral note" (ReferralDocumentType) for the referral letter; the graduation summary has
// no LOINC document type we could verify and carries the Threshold code alone. Export only: on
// import, the documents of another system are not taken in (they were that system's handover).
import type { DocumentReference } from '@medplum/fhirtypes';
import type { DocumentKind } from '../domain/index.ts';
import { loincCoding, reference, thresholdCoding } from './codings.ts';
import type { DocumentInput, ExportContext } from './export-context.ts';
import { recordIdentifier } from './record-ids.ts';

const loincType: Partial<Record<DocumentKind, { code: string; display: string }>> = {
  'progress-report': { code: '11506-3', display: 'Progress note' },
  'referral-letter': { code: '57133-1', display: 'Referral note' },
};

/** `practitionerIds`: the clinicians the export holds a Practitioner for (a document's author is named only then). */
export function documentReferencesToFhir(ctx: ExportContext, documents: readonly DocumentInput[], practitionerIds: readonly string[]): DocumentReference[] {
  const practitioners = new Set(practitionerIds);
  return documents.map((document) => {
    const loinc = loincType[document.kind];
    return {
      resourceType: 'DocumentReference',
      id: ctx.id('document', document.id),
      ...recordIdentifier(document.id),
      status: 'current',
      docStatus: 'final',
      type: {
        coding: [...(loinc ? [loincCoding(loinc.code, loinc.display)] : []), thresholdCoding(`document-${document.kind}`)],
        text: document.title,
      },
      subject: ctx.patient,
      date: document.madeAt,
      ...(practitioners.has(document.madeBy) ? { author: [reference('Practitioner', ctx.practitionerId(document.madeBy))] } : {}),
      description: document.title,
      content: [{
        attachment: {
          contentType: 'application/pdf', url: document.url, size: document.byteSize, hash: document.sha1, title: document.fileName, creation: document.madeAt,
        },
      }],
      context: {
        encounter: [reference('EpisodeOfCare', ctx.episodeId)],
        period: { start: ctx.file.episode.startDate, end: document.asOf },
      },
    };
  });
}
