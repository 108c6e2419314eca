// The red-flag screen <-> QuestionnaireResponse (spec §5, reference §5). Each item of the screen is
// answered yes or no, with an optional note; a clinician's clearance of the positive answers (date,
// who, why) is a group of its own. A screen that was done is `completed`; one recorded as not done is
// `stopped`, with its reason as an item (so it never comes back as a done screen with no positives).
// The clinician who cleared it is a name in the record, so `by` stays text.
import type { QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from '@medplum/fhirtypes';
import type { CaseFileInput, RedFlagScreen } from '../domain/index.ts';
import { dayOfDateTime } from './dates.ts';
import type { ExportContext } from './export-context.ts';
import type { Draft, EntryRef, ImportContext } from './import-context.ts';
import { QUESTIONNAIRE_BASE } from './systems.ts';

export const RED_FLAG_QUESTIONNAIRE = `${QUESTIONNAIRE_BASE}/red-flags`;

function answerItem(answer: RedFlagScreen['answers'][number]): QuestionnaireResponseItem {
  const note: QuestionnaireResponseItem[] = answer.note === undefined ? [] : [{ linkId: 'note', answer: [{ valueString: answer.note }] }];
  return { linkId: answer.item, answer: [{ valueBoolean: answer.present, ...(note.length === 0 ? {} : { item: note }) }] };
}

function clearanceItem(clearance: NonNullable<RedFlagScreen['clearance']>): QuestionnaireResponseItem {
  return {
    linkId: 'clearance',
    item: [
      { linkId: 'date', answer: [{ valueDate: clearance.date }] },
      { linkId: 'by', answer: [{ valueString: clearance.by }] },
      { linkId: 'reason', answer: [{ valueString: clearance.reason }] },
    ],
  };
}

export function redFlagsToFhir(ctx: ExportContext): QuestionnaireResponse[] {
  const screen = ctx.file.intake.redFlags;
  if (screen === undefined) return [];
  return [{
    resourceType: 'QuestionnaireResponse',
    id: ctx.id('red-flags'),
    questionnaire: RED_FLAG_QUESTIONNAIRE,
    status: screen.status === 'not-done' ? 'stopped' : 'completed',
    subject: ctx.patient,
    authored: screen.date,
    item: [
      // An empty screen keeps its group so the response is not empty.
      { linkId: 'answers', ...(screen.answers.length === 0 ? {} : { item: screen.answers.map(answerItem) }) },
      ...(screen.notDoneReason === undefined ? [] : [{ linkId: 'not-done-reason', answer: [{ valueString: screen.notDoneReason }] }]),
      ...(screen.clearance === undefined ? [] : [clearanceItem(screen.clearance)]),
    ],
  }];
}

function readClearance(item: QuestionnaireResponseItem | undefined): Draft<RedFlagScreen['clearance']> {
  if (item === undefined) return undefined;
  const part = (linkId: string): QuestionnaireResponseItemAnswer | undefined => item.item?.find((i) => i.linkId === linkId)?.answer?.[0];
  return { date: part('date')?.valueDate, by: part('by')?.valueString, reason: part('reason')?.valueString };
}

function readScreen(entry: EntryRef<QuestionnaireResponse>): Draft<RedFlagScreen> {
  const items = entry.resource.item ?? [];
  const answers = items.find((item) => item.linkId === 'answers')?.item ?? [];
  const notDoneReason = items.find((item) => item.linkId === 'not-done-reason')?.answer?.[0]?.valueString;
  return {
    date: dayOfDateTime(entry.resource.authored),
    status: entry.resource.status === 'stopped' ? 'not-done' : 'done',
    ...(notDoneReason === undefined ? {} : { notDoneReason }),
    // The case-file schema checks each linkId against the red-flag items.
    answers: answers.map((item) => {
      const answer = item.answer?.[0];
      return {
        item: item.linkId as RedFlagScreen['answers'][number]['item'],
        present: answer?.valueBoolean,
        note: answer?.item?.find((part) => part.linkId === 'note')?.answer?.[0]?.valueString,
      };
    }),
    clearance: readClearance(items.find((item) => item.linkId === 'clearance')),
  };
}

export function readRedFlags(ctx: ImportContext): Draft<NonNullable<CaseFileInput['intake']>['redFlags']> {
  const entry = ctx.ofType('QuestionnaireResponse').find((e) => e.resource.questionnaire === RED_FLAG_QUESTIONNAIRE);
  if (entry === undefined) return undefined;
  ctx.origin('intake.redFlags', entry);
  return readScreen(entry);
}
