// Checkpoints <-> ClinicalImpression (spec §3: date, the engine's assessment at that moment kept as
// it was, the clinician's decision and reason). A checkpoint with a decision is `completed`; one
// held without a decision yet is `in-progress`. The decision's reason is the summary and its code
// (a recommendation code) rides in an extension; who decided is a name in the record, so the
// assessor is a reference by display only. The kept assessment is JSON in an attachment and comes
// back as the same JSON value on import, so a replay compares against what the clinician saw; the
// clinic settings version it was assessed under rides in an extension beside it.
import type { ClinicalImpression } from '@medplum/fhirtypes';
import { recommendationCodes, type CaseFileInput, type Checkpoint } from '../domain/index.ts';
import { toBase64 } from './base64.ts';
import { hasThresholdCode, thresholdCoding, thresholdConcept } from './codings.ts';
import { dayOfDateTime } from './dates.ts';
import type { ExportContext } from './export-context.ts';
import { extensionOf, jsonFromAttachment, readCode, type Draft, type EntryRef, type ImportContext } from './import-context.ts';
import { recordIdOf, recordIdentifier } from './record-ids.ts';
import { EXT } from './systems.ts';

const JSON_TYPE = 'application/json';

function extensionsOf(checkpoint: Checkpoint): ClinicalImpression['extension'] {
  const list = [
    ...(checkpoint.decision === undefined ? [] : [{ url: EXT.checkpointDecision, valueCoding: thresholdCoding(`recommendation-${checkpoint.decision.code}`) }]),
    ...(checkpoint.assessment === undefined
      ? []
      : [{ url: EXT.checkpointAssessment, valueAttachment: { contentType: JSON_TYPE, data: toBase64(JSON.stringify(checkpoint.assessment)) } }]),
    ...(checkpoint.settingsVersion === undefined ? [] : [{ url: EXT.settingsVersion, valueInteger: checkpoint.settingsVersion }]),
  ];
  return list.length === 0 ? undefined : list;
}

export function checkpointsToFhir(ctx: ExportContext): ClinicalImpression[] {
  return ctx.file.checkpoints.map((checkpoint) => {
    const extension = extensionsOf(checkpoint);
    const decision = checkpoint.decision;
    return {
      resourceType: 'ClinicalImpression',
      id: ctx.id('checkpoint', checkpoint.id),
      ...recordIdentifier(checkpoint.id),
      ...(extension === undefined ? {} : { extension }),
      status: decision === undefined ? 'in-progress' : 'completed',
      code: thresholdConcept('checkpoint'),
      subject: ctx.patient,
      effectiveDateTime: checkpoint.date,
      date: checkpoint.date,
      ...(decision === undefined ? {} : { summary: decision.reason }),
      ...(decision?.by === undefined ? {} : { assessor: { display: decision.by } }),
    };
  });
}

function readAssessment(ctx: ImportContext, entry: EntryRef<ClinicalImpression>): unknown {
  const data = extensionOf(entry.resource, EXT.checkpointAssessment)?.valueAttachment?.data;
  return jsonFromAttachment(ctx, entry, data, 'the kept assessment', 'extension(checkpoint-assessment)');
}

function readDecision(ctx: ImportContext, entry: EntryRef<ClinicalImpression>): Draft<Checkpoint['decision']> {
  const coding = extensionOf(entry.resource, EXT.checkpointDecision)?.valueCoding;
  if (coding === undefined && entry.resource.summary === undefined) return undefined;
  return {
    code: readCode(ctx, entry, 'extension(checkpoint-decision)', coding, 'recommendation', recommendationCodes),
    reason: entry.resource.summary,
    by: entry.resource.assessor?.display,
  };
}

export function readCheckpoints(ctx: ImportContext): Draft<CaseFileInput['checkpoints']> {
  return ctx.ofType('ClinicalImpression').filter((e) => hasThresholdCode(e.resource.code, 'checkpoint')).map((entry, i) => {
    ctx.origin(`checkpoints[${i}]`, entry);
    return {
      id: recordIdOf(entry.resource),
      date: dayOfDateTime(entry.resource.effectiveDateTime ?? entry.resource.date),
      decision: readDecision(ctx, entry),
      assessment: readAssessment(ctx, entry),
      settingsVersion: extensionOf(entry.resource, EXT.settingsVersion)?.valueInteger,
    };
  });
}
