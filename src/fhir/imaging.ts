// Imaging reports <-> DiagnosticReport (spec §3, §5: imaging reports are kept as text). The report's
// text is the presentedForm (plain text, UTF-8). The status is `unknown`: the record holds the text
// of a report from elsewhere and does not say whether it was preliminary or final. The category is
// HL7 v2 table 0074 "RAD" (radiology); the modality is a Threshold code because no LOINC imaging code
// was checked for each modality and region pair. R4 DiagnosticReport has no body site and no reason,
// so the region and why the imaging was ordered (Lin et al. recommendation 4) ride in extensions.
import type { DiagnosticReport } from '@medplum/fhirtypes';
import { bodyRegions, type CaseFileInput } from '../domain/index.ts';
import { fromBase64, toBase64 } from './base64.ts';
import { thresholdCoding, thresholdConcept } from './codings.ts';
import { dayOfDateTime } from './dates.ts';
import type { ExportContext } from './export-context.ts';
import { extensionOf, readCode, type Draft, type EntryRef, type ImportContext } from './import-context.ts';
import { recordIdOf, recordIdentifier } from './record-ids.ts';
import { DIAGNOSTIC_SERVICE_SECTION, EXT } from './systems.ts';

const modalities = ['mri', 'ct', 'x-ray', 'ultrasound', 'other'] as const;
const indications = ['serious-pathology-suspected', 'poor-response-to-care', 'would-change-management', 'none-recorded'] as const;
const TEXT = 'text/plain; charset=utf-8';

export function imagingToFhir(ctx: ExportContext): DiagnosticReport[] {
  return ctx.file.intake.imaging.map((report) => ({
    resourceType: 'DiagnosticReport',
    id: ctx.id('imaging', report.id),
    ...recordIdentifier(report.id),
    extension: [
      { url: EXT.bodyRegion, valueCoding: thresholdCoding(`region-${report.region}`) },
      { url: EXT.imagingIndication, valueCoding: thresholdCoding(`imaging-indication-${report.indication}`) },
    ],
    status: 'unknown',
    category: [{ coding: [{ system: DIAGNOSTIC_SERVICE_SECTION, code: 'RAD', display: 'Radiology' }] }],
    code: thresholdConcept(`imaging-${report.modality}`),
    subject: ctx.patient,
    effectiveDateTime: report.date,
    presentedForm: [{ contentType: TEXT, data: toBase64(report.text) }],
  }));
}

function readText(ctx: ImportContext, entry: EntryRef<DiagnosticReport>): string | undefined {
  const form = entry.resource.presentedForm?.find((attachment) => attachment.contentType?.startsWith('text/plain') === true);
  if (form?.data === undefined) {
    ctx.problem(entry, 'the report text must be a text/plain presentedForm with data', 'presentedForm');
    return undefined;
  }
  const text = fromBase64(form.data);
  if (text === undefined) ctx.problem(entry, 'the report text is not base64-encoded UTF-8', 'presentedForm[0].data');
  return text;
}

export function readImaging(ctx: ImportContext): Draft<NonNullable<CaseFileInput['intake']>['imaging']> {
  return ctx.ofType('DiagnosticReport').map((entry, i) => {
    ctx.origin(`intake.imaging[${i}]`, entry);
    const report = entry.resource;
    return {
      id: recordIdOf(report),
      date: dayOfDateTime(report.effectiveDateTime),
      modality: readCode(ctx, entry, 'code', report.code, 'imaging', modalities),
      region: readCode(ctx, entry, 'extension(body-region)', extensionOf(report, EXT.bodyRegion)?.valueCoding, 'region', bodyRegions),
      text: readText(ctx, entry),
      indication: readCode(ctx, entry, 'extension(imaging-indication)', extensionOf(report, EXT.imagingIndication)?.valueCoding, 'imaging-indication', indications),
    };
  });
}
