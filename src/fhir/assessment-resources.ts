// What the assessment adds to an export, beside the records: a Flag for each caseload flag (spec
// §4) and an Observation of the passive share of each session. These are the engine's conclusions
// as of one day, not records: the import ignores them and the engine recomputes them. A Flag is
// `active` because the assessment raised it on its as-of day; its text gives the engine's reasons.
import type { Flag, Observation } from '@medplum/fhirtypes';
import { quantity, reference, thresholdCoding } from './codings.ts';
import type { ExportContext } from './export-context.ts';
import { sessionId } from './sessions.ts';
import { FLAG_CATEGORY } from './systems.ts';
import { thresholdConcepts } from './threshold-code-system.ts';

export function flagsToFhir(ctx: ExportContext): Flag[] {
  const assessment = ctx.assessment;
  if (assessment === undefined) return [];
  return assessment.flags.map((flag) => ({
    resourceType: 'Flag',
    id: ctx.id('flag', flag.code),
    status: 'active',
    category: [{ coding: [{ system: FLAG_CATEGORY, code: 'clinical', display: 'Clinical' }] }],
    code: {
      coding: [thresholdCoding(`flag-${flag.code}`)],
      text: flag.reasons.length === 0 ? thresholdConcepts[`flag-${flag.code}`].display : flag.reasons.map((r) => r.text).join(' '),
    },
    subject: ctx.patient,
    period: { start: assessment.asOf },
  }));
}

export function passiveShareToFhir(ctx: ExportContext): Observation[] {
  const assessment = ctx.assessment;
  if (assessment === undefined) return [];
  return assessment.passiveShare.flatMap((point): Observation[] => {
    if (point.share === null) return [];
    const session = ctx.file.sessions.find((s) => s.id === point.sessionId);
    if (session === undefined) return [];
    return [{
      resourceType: 'Observation',
      id: ctx.id('session', point.sessionId, 'passive-share'),
      status: 'final',
      code: { coding: [thresholdCoding('passive-share')] },
      subject: ctx.patient,
      encounter: reference('Encounter', sessionId(ctx, point.sessionId)),
      effectiveDateTime: session.date,
      // A percentage to one decimal, e.g. 0.333 -> 33.3 %.
      valueQuantity: quantity(Math.round(point.share * 1000) / 10, 'percent'),
    }];
  });
}
