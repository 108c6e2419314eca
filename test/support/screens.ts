// A red-flag screen as a clinician records one that found nothing: every item asked for the regions
// answered absent (a done screen must answer them all; an item left out is not a "no").
import { redFlagItemsFor, type BodyRegion } from '../../src/domain/index.ts';

export function clearScreen(date: string, regions: readonly BodyRegion[] = ['low-back']): { date: string; status: 'done'; answers: { item: string; present: false }[] } {
  return { date, status: 'done', answers: redFlagItemsFor(regions).map((item) => ({ item: item.code, present: false })) };
}

/** A screen's answers with every item the regions ask that it leaves out answered absent (what a clinician would record). */
export function completedAnswers<A extends { item: string }>(answers: readonly A[], regions: readonly BodyRegion[]): (A | { item: string; present: false })[] {
  const given = new Set(answers.map((a) => a.item));
  return [...answers, ...redFlagItemsFor(regions).filter((item) => !given.has(item.code)).map((item) => ({ item: item.code, present: false as const }))];
}
