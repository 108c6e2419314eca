import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64.ts';
import { fhirId, isFhirId } from './ids.ts';

describe('fhirId', () => {
  it('keeps a valid id as it is', () => {
    expect(fhirId('ep-1-session-s1')).toBe('ep-1-session-s1');
  });

  it('turns anything else into a valid, stable and distinct id', () => {
    const long = `ep-${'x'.repeat(80)}`;
    const ids = ['ep-1-goal-walk the dog', 'ep-1-goal-walk_the_dog', 'ep-1-goal-walk-the-dog?', long].map(fhirId);
    for (const id of ids) expect(isFhirId(id)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(fhirId(long)).toBe(ids[3]);
  });
});

describe('base64 text', () => {
  it('round-trips UTF-8 text and refuses what is not base64 UTF-8', () => {
    const text = 'L4–L5: bulge — no stenosis, ça va';
    expect(fromBase64(toBase64(text))).toBe(text);
    expect(fromBase64('%%%')).toBeUndefined();
    expect(fromBase64(btoa('\xff\xfe'))).toBeUndefined();
  });
});
