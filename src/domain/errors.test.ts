// Plain messages for bad input: what a person reads next to a field instead of zod's programmer wording.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueDetails, validationError } from './errors.ts';
import { goalSchema, sessionSchema } from './records/index.ts';

const detailsOf = (schema: z.ZodType, input: unknown): Record<string, string> => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a failure');
  return Object.fromEntries(issueDetails(parsed.error).map((d) => [d.path, d.message]));
};

describe('plain messages', () => {
  it('says what to do for each built-in check, never zod\'s own words', () => {
    const messages = detailsOf(goalSchema, { id: 'g', activity: '', measure: { kind: 'vibes' }, baseline: -1, target: Number.NaN, setOn: '2026-02-30' });
    expect(messages).toEqual({
      activity: 'Fill this in',
      'measure.kind': 'Choose one of the options',
      baseline: 'Enter 0 or more',
      target: 'Enter a number',
      setOn: 'Enter a date (year, month and day)',
    });
    expect(detailsOf(sessionSchema, { id: 's', date: 'tuesday', modalities: [{ modality: 'acupuncture', minutes: 2.5 }] })).toEqual({
      date: 'Enter a date (year, month and day)',
      'modalities[0].minutes': 'Enter a whole number',
    });
    expect(detailsOf(z.object({ name: z.string(), pain: z.number().max(10) }), { pain: 11 })).toEqual({ name: 'Fill this in', pain: 'Enter 10 or less' });
  });

  it('keeps the messages our own rules write, starting with a capital', () => {
    const error = z.object({ a: z.number() }).superRefine((_v, ctx) => ctx.addIssue({ code: 'custom', path: ['a'], message: 'target must be above baseline' })).safeParse({ a: 1 });
    if (error.success) throw new Error('expected a failure');
    expect(validationError(error.error, 'goal').details).toEqual([{ path: 'a', message: 'Target must be above baseline' }]);
  });
});
