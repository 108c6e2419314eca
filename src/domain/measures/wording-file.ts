// The wording file: item wording kept apart from structure and scoring. For licensed instruments a
// clinic loads the text it holds a licence for, in this shape (docs/instrument-wording.md); Threshold's
// own bundled wording (./wording/) uses the same shape. The loader is pure: it takes parsed JSON and
// checks it against the instrument's items; reading the file is the caller's job.
import { z } from 'zod';
import { AppError, validationError, type ErrorDetail } from '../errors.ts';
import { instrumentCodes } from '../records/instrument-codes.ts';
import { instruments } from './instruments/index.ts';

const text = (max: number): z.ZodString => z.string().trim().min(1).max(max);

export const wordingOptionSchema = z.strictObject({
  value: z.number().int().describe('The raw answer this option records'),
  text: text(1000),
});

export const wordingItemSchema = z.strictObject({
  id: text(100).describe('The item id in the instrument definition'),
  text: text(4000),
  options: z.array(wordingOptionSchema).min(1).optional().describe('Labelled answers; values not listed are answered by number'),
});

export const instrumentWordingSchema = z.strictObject({
  instrument: z.enum(instrumentCodes),
  licence: z.strictObject({
    holder: text(500).describe('Who holds the rights to this wording'),
    reference: text(1000).describe('The licence or permission the clinic holds, or the source of the wording'),
  }),
  instructions: text(4000).optional().describe('Text shown before the items'),
  items: z.array(wordingItemSchema).min(1),
});
export type InstrumentWording = z.infer<typeof instrumentWordingSchema>;

/**
 * Parse and check a wording file's JSON: every item id known, each item worded once, every item of the
 * instrument worded, option values whole numbers within the item's range and not repeated.
 * Throws a validation AppError naming each problem's path.
 */
export function loadInstrumentWording(json: unknown): InstrumentWording {
  const parsed = instrumentWordingSchema.safeParse(json);
  if (!parsed.success) throw validationError(parsed.error, 'instrument wording');
  const wording = parsed.data;
  const definition = instruments[wording.instrument];
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  wording.items.forEach((entry, i) => {
    const item = definition.items.find((candidate) => candidate.id === entry.id);
    if (item === undefined) {
      const known = definition.items.map((candidate) => candidate.id).join(', ');
      details.push({ path: `items[${i}].id`, message: `unknown item "${entry.id}" for ${wording.instrument}; known items: ${known}` });
      return;
    }
    if (seen.has(entry.id)) details.push({ path: `items[${i}].id`, message: `item "${entry.id}" is worded more than once` });
    seen.add(entry.id);
    const values = new Set<number>();
    entry.options?.forEach((option, j) => {
      const path = `items[${i}].options[${j}].value`;
      if (option.value < item.min || option.value > item.max) {
        details.push({ path, message: `${option.value} is out of range for item "${item.id}"; answers are whole numbers from ${item.min} to ${item.max}` });
      }
      if (values.has(option.value)) details.push({ path, message: `value ${option.value} is labelled more than once` });
      values.add(option.value);
    });
  });
  for (const item of definition.items) {
    if (!seen.has(item.id)) details.push({ path: 'items', message: `item "${item.id}" (${item.label}) has no wording` });
  }
  const first = details[0];
  if (first !== undefined) {
    const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
    throw new AppError('validation', `Invalid instrument wording for ${wording.instrument}: ${first.path}: ${first.message}${more}`, details);
  }
  return wording;
}
