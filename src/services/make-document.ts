// Making a document a clinic hands over (spec §6, Documents): the episode is read through the access
// gate (clinic scope, the patient's own record only, an audit row), assessed as of today, composed by
// the domain (src/domain/documents), drawn as a PDF (src/documents) and kept in the record of
// documents made, all in one transaction: a document that left the building is always on record.
// The REST API, the web app (through it) and `threshold report` all come here.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import {
  composeGraduationSummary, idSchema, composeProgressReport, composeReferralLetter, documentKinds, graduationSummaryAvailable, isDocumentKind,
  type Assessment, type CaseFile, type DocumentContext, type DocumentKind, type DocumentModel, type Settings,
} from '../domain/index.ts';
import type { DocumentRecord } from '../store/index.ts';
import { enforceAudited, onEpisode } from './access.ts';
import { toCaseFile } from './case-file.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { documentContext } from './document-context.ts';
import { parseId, parseInput } from './parse-input.ts';
import { canMakeDocument } from './policies/index.ts';

export const documentOptionsSchema = z.object({
  referralId: idSchema.optional().describe('The referral a referral letter is about (required for that kind)'),
});

export interface MadeDocument {
  record: DocumentRecord;
  bytes: Uint8Array;
}

/** A file name safe on every system and in a Content-Disposition header: ASCII letters, digits and dashes. */
export function safeFileName(kind: DocumentKind, patientName: string | undefined, asOf: string): string {
  const slug = (patientName ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '');
  return `${kind}-${slug === '' ? 'patient' : slug}-${asOf}.pdf`;
}

function compose(kind: DocumentKind, file: CaseFile, assessment: Assessment, settings: Settings, context: DocumentContext, referralId: string | undefined): DocumentModel {
  switch (kind) {
    case 'progress-report':
      return composeProgressReport(file, assessment, settings, context);
    case 'referral-letter': {
      if (referralId === undefined) {
        throw new AppError('validation', 'a referral letter is about one referral: give its referralId', [{ path: 'referralId', message: 'required for a referral letter' }]);
      }
      const referral = file.referrals.find((r) => r.id === referralId);
      if (!referral) throw new AppError('not-found', `no referral ${referralId} in this episode`);
      return composeReferralLetter(file, assessment, referral, settings, context);
    }
    case 'graduation-summary':
      if (!graduationSummaryAvailable(file, assessment)) {
        throw new AppError('conflict', 'there is no graduation to summarise yet: the summary is made when the goals are met and held (the engine offers graduation) or the episode is graduated');
      }
      return composeGraduationSummary(file, assessment, settings, context);
  }
}

export async function makeDocument(deps: ServiceDeps, actor: Actor, episodeId: string, kindName: string, input: unknown, now: Date): Promise<MadeDocument> {
  // Hostile text (NUL, a megabyte) is bad input, named; a well-formed name that is no kind is not found.
  parseId(kindName, 'kind');
  if (!isDocumentKind(kindName)) throw new AppError('not-found', `no document kind "${kindName}" (there are ${documentKinds.join(', ')})`);
  const kind = kindName;
  const options = parseInput(documentOptionsSchema, input, 'document options');
  const { result } = await onEpisode(deps, actor, now, episodeId, 'read-clinical', async ({ tx, scope, episode, caseFile, note, rules }) => {
    enforceAudited(canMakeDocument(actor, kind), `make a ${kind.replace('-', ' ')}`, { recordType: 'document', recordId: episodeId, patientId: episode.patientId });
    const { today: asOf, settings } = await rules();
    const file = toCaseFile(await caseFile());
    const assessment = deps.assess(file, asOf, settings.values);
    const context = await documentContext(tx, scope, actor, file, episode.patientId);
    const model = compose(kind, file, assessment, settings.values, context, options.referralId);
    // Loaded on first use: pdfkit and its font engine take about a second to import, which every
    // CLI command and server start would otherwise pay.
    const { renderPdf } = await import('../documents/pdf/render-pdf.ts');
    const bytes = await renderPdf(model, context.clinician?.name ?? context.clinicName);
    const { record, created } = await scope.documents.record({
      id: deps.store.newId(), episodeId, patientId: episode.patientId, kind, ...(options.referralId === undefined ? {} : { referralId: options.referralId }),
      asOf, title: `${model.title}: ${model.subtitle}`, fileName: safeFileName(kind, file.patient.name, asOf), contentType: 'application/pdf',
      byteSize: bytes.byteLength, sha1: createHash('sha1').update(bytes).digest('base64'), content: bytes, madeBy: actor.userId, madeAt: now,
    });
    note({ action: created ? 'create' : 'read', recordType: 'document', recordId: record.id });
    return { record, bytes };
  });
  return result;
}

/** A document made earlier, exactly as it was handed over (FHIR's DocumentReference points here). */
export async function getMadeDocument(deps: ServiceDeps, actor: Actor, documentId: string, now: Date): Promise<MadeDocument> {
  const found = await deps.store.transaction((tx) => tx.clinic(actor.clinicId).documents.get(documentId));
  if (!found) throw new AppError('not-found', `no document ${documentId}`);
  const { result } = await onEpisode(deps, actor, now, found.episodeId, 'read-clinical', async ({ note }) => {
    enforceAudited(canMakeDocument(actor, found.kind), `read a ${found.kind.replace('-', ' ')}`, { recordType: 'document', recordId: documentId, patientId: found.patientId });
    note({ action: 'read', recordType: 'document', recordId: documentId });
    const { content, ...record } = found;
    return { record, bytes: content };
  });
  return result;
}
