// Measures <-> Observation of the instrument's score, plus a QuestionnaireResponse holding the item
// answers when the record has them (spec §5; screens such as STarT Back are measures too). The score
// is coded with LOINC where the instrument definition names a code (reference §3 and §4: NPRS
// 72514-3, PEG 91147-9, ODI 97909-6, NDI 82237-9, PHQ-2 55758-7) and always with the Threshold
// instrument code, which is what the import reads. Subscales are components; items that have a
// LOINC code of their own (the PEG items) are components too, so other systems can search them.
import type { Observation, ObservationComponent, QuestionnaireResponse } from '@medplum/fhirtypes';
import {
  instrumentCodes, instruments, type CaseFileInput, type InstrumentCode, type InstrumentDefinition, type Measure,
} from '../domain/index.ts';
import { loincCoding, quantity, reference, thresholdCodesIn, thresholdCoding, thresholdCodingOf, valueFromCode } from './codings.ts';
import { dayOfDateTime } from './dates.ts';
import type { ExportContext } from './export-context.ts';
import { fhirId } from './ids.ts';
import type { Draft, EntryRef, ImportContext } from './import-context.ts';
import { ownRecordIdOf, recordIdentifier } from './record-ids.ts';
import { LOINC, OBSERVATION_CATEGORY, QUESTIONNAIRE_BASE } from './systems.ts';
import { subscaleCode } from './threshold-code-system.ts';

/**
 * LOINC score codes the instrument definitions do not carry. STarT Back total score 91351-7:
 * secondary source, the FHIR query documentation of AHRQ CDS Connect's Pain Management Summary
 * ("Total score [STarT Back]"); not in the clinical reference, confirm on loinc.org.
 */
const extraScoreLoinc: Partial<Record<InstrumentCode, string>> = { 'start-back': '91351-7' };

export function scoreLoinc(definition: InstrumentDefinition): string | undefined {
  return definition.loinc.score ?? extraScoreLoinc[definition.code];
}

function measureKey(measure: Measure, index: number): string {
  return measure.id === undefined ? `at-${index + 1}` : measure.id;
}

function answerValue(value: number): { valueInteger: number } | { valueDecimal: number } {
  return Number.isInteger(value) ? { valueInteger: value } : { valueDecimal: value };
}

function answersOf(ctx: ExportContext, measure: Measure, id: string, definition: InstrumentDefinition): QuestionnaireResponse[] {
  if (measure.answers === undefined) return [];
  return [{
    resourceType: 'QuestionnaireResponse',
    id,
    questionnaire: `${QUESTIONNAIRE_BASE}/${measure.instrument}`,
    status: 'completed',
    subject: ctx.patient,
    authored: measure.date,
    // A blank answer stays as an item without an answer, so positions and blanks survive.
    item: measure.answers.map((answer, i) => ({
      linkId: definition.items[i]?.id ?? `answer-${i + 1}`,
      ...(answer === null ? {} : { answer: [answerValue(answer)] }),
    })),
  }];
}

function componentsOf(measure: Measure, definition: InstrumentDefinition, unit: 'percent' | 'score'): ObservationComponent[] {
  const subscales = Object.entries(measure.subscales ?? {}).map(([key, value]): ObservationComponent => {
    const code = subscaleCode(measure.instrument, key);
    // A subscale the definition does not know keeps its key as text, so nothing is lost.
    return { code: code === undefined ? { text: key } : { coding: [thresholdCodingOf(code)] }, valueQuantity: quantity(value, unit) };
  });
  const score = scoreLoinc(definition);
  const items = (measure.answers ?? []).flatMap((answer, i): ObservationComponent[] => {
    const loinc = definition.items[i]?.loinc;
    if (answer === null || loinc === undefined || loinc === score) return [];
    return [{ code: { coding: [loincCoding(loinc)] }, valueQuantity: quantity(answer, 'score') }];
  });
  return [...subscales, ...items];
}

export function measuresToFhir(ctx: ExportContext): (Observation | QuestionnaireResponse)[] {
  return ctx.file.measures.flatMap((measure, index) => {
    const definition = instruments[measure.instrument];
    const id = ctx.id('measure', measureKey(measure, index));
    const answers = answersOf(ctx, measure, fhirId(`${id}-answers`), definition);
    const unit = definition.unit === 'percent' ? 'percent' : 'score';
    const loinc = scoreLoinc(definition);
    const components = componentsOf(measure, definition, unit);
    const observation: Observation = {
      resourceType: 'Observation',
      id,
      ...recordIdentifier(measure.id),
      status: 'final',
      category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey' }] }],
      code: { coding: [...(loinc === undefined ? [] : [loincCoding(loinc)]), thresholdCoding(`instrument-${measure.instrument}`)], text: definition.name },
      subject: ctx.patient,
      effectiveDateTime: measure.date,
      valueQuantity: quantity(measure.score, unit),
      ...(measure.band === undefined ? {} : { interpretation: [{ text: measure.band }] }),
      ...(components.length === 0 ? {} : { component: components }),
      ...(answers[0] === undefined ? {} : { derivedFrom: [reference('QuestionnaireResponse', answers[0].id ?? '')] }),
    };
    return [observation, ...answers];
  });
}

/** The instrument an Observation scores: its Threshold code, else a LOINC score code of a definition. */
export function instrumentOf(observation: Observation): InstrumentCode | undefined {
  const own = valueFromCode(observation.code, 'instrument', instrumentCodes);
  if (own !== undefined) return own;
  const loinc = (observation.code.coding ?? []).filter((c) => c.system === LOINC).map((c) => c.code);
  return Object.values(instruments).find((d) => {
    const score = scoreLoinc(d);
    return score !== undefined && loinc.includes(score);
  })?.code;
}

function readSubscales(entry: EntryRef<Observation>, instrument: InstrumentCode): Record<string, number | undefined> | undefined {
  const prefix = `subscale-${instrument}-`;
  const pairs = (entry.resource.component ?? []).flatMap((component): [string, number | undefined][] => {
    const code = thresholdCodesIn(component.code).find((c) => c.startsWith(prefix));
    if (code !== undefined) return [[code.slice(prefix.length), component.valueQuantity?.value]];
    if ((component.code.coding ?? []).length === 0 && component.code.text !== undefined) return [[component.code.text, component.valueQuantity?.value]];
    return []; // an item component: the answers are read from the QuestionnaireResponse
  });
  return pairs.length === 0 ? undefined : Object.fromEntries(pairs);
}

function readAnswers(ctx: ImportContext, entry: EntryRef<Observation>, path: string): (number | null | undefined)[] | undefined {
  const ref = entry.resource.derivedFrom?.[0];
  if (ref === undefined) return undefined;
  const source = ctx.resolve(ref);
  if (source === undefined || source.resource.resourceType !== 'QuestionnaireResponse') {
    ctx.problem(entry, `no QuestionnaireResponse in the bundle for "${ref.reference ?? '(none)'}"`, 'derivedFrom[0]');
    return undefined;
  }
  ctx.origin(`${path}.answers`, source);
  return (source.resource.item ?? []).map((item) => {
    const answer = item.answer?.[0];
    if (answer === undefined) return null;
    return answer.valueInteger ?? answer.valueDecimal;
  });
}

export function readMeasures(ctx: ImportContext, isFromCheckIn: (entry: EntryRef<Observation>) => boolean): Draft<CaseFileInput['measures']> {
  const scored = ctx.ofType('Observation').flatMap((entry) => {
    const instrument = instrumentOf(entry.resource);
    return instrument === undefined || isFromCheckIn(entry) ? [] : [{ entry, instrument }];
  });
  return scored.map(({ entry, instrument }, i) => {
    const path = `measures[${i}]`;
    ctx.origin(path, entry);
    return {
      id: ownRecordIdOf(entry.resource),
      instrument,
      date: dayOfDateTime(entry.resource.effectiveDateTime),
      score: entry.resource.valueQuantity?.value,
      subscales: readSubscales(entry, instrument),
      band: entry.resource.interpretation?.[0]?.text,
      answers: readAnswers(ctx, entry, path),
    };
  });
}
