import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../test/support/app-error.ts';
import { instruments } from './instruments/index.ts';
import { loadInstrumentWording } from './wording-file.ts';
import { bundledWording, wordingFor } from './wording/index.ts';

// A clinic's licensed ODI wording, in the file format of docs/instrument-wording.md (placeholder text).
function odiFile(): { instrument: string; licence: { holder: string; reference: string }; items: { id: string; text: string; options?: { value: number; text: string }[] }[] } {
  return {
    instrument: 'odi',
    licence: { holder: 'Mapi Research Trust', reference: 'Licence 2025-0001 held by the clinic' },
    items: instruments.odi.items.map((item) => ({
      id: item.id,
      text: `${item.label} (licensed text)`,
      options: [0, 1, 2, 3, 4, 5].map((value) => ({ value, text: `statement ${value}` })),
    })),
  };
}

describe('loadInstrumentWording', () => {
  it('accepts a complete licensed wording file', () => {
    const wording = loadInstrumentWording(odiFile());
    expect(wording.instrument).toBe('odi');
    expect(wording.items).toHaveLength(10);
  });

  it('rejects an unknown item id, naming its path and the known ids', () => {
    const file = odiFile();
    file.items[2] = { id: 'jogging', text: 'x' };
    const error = errorOf(() => loadInstrumentWording(file));
    expect(error.code).toBe('validation');
    expect(error.details.map((d) => d.path)).toContain('items[2].id');
    expect(error.message).toContain('known items: pain-intensity');
  });

  it('rejects an option value outside the item range', () => {
    const file = odiFile();
    file.items[0]?.options?.push({ value: 6, text: 'too far' });
    const error = errorOf(() => loadInstrumentWording(file));
    expect(error.details[0]?.path).toBe('items[0].options[6].value');
    expect(error.details[0]?.message).toContain('from 0 to 5');
  });

  it('rejects a file that leaves an item without wording, or words one twice', () => {
    const file = odiFile();
    file.items[9] = { id: 'pain-intensity', text: 'again' };
    const messages = errorOf(() => loadInstrumentWording(file)).details.map((d) => d.message);
    expect(messages.some((m) => m.includes('more than once'))).toBe(true);
    expect(messages.some((m) => m.includes('"travelling"') && m.includes('no wording'))).toBe(true);
  });

  it('rejects a malformed file with the path of the bad field', () => {
    const error = errorOf(() => loadInstrumentWording({ instrument: 'odi', licence: { holder: 'x' }, items: [] }));
    expect(error.code).toBe('validation');
    expect(error.details.map((d) => d.path)).toEqual(expect.arrayContaining(['licence.reference', 'items']));
    expect(errorOf(() => loadInstrumentWording({ ...odiFile(), instrument: 'odi-3' })).details[0]?.path).toBe('instrument');
  });
});

describe('bundled wording', () => {
  it('exists only for instruments free to embed, and for each of them', () => {
    const free = Object.values(instruments).filter((d) => d.licence.terms === 'free-to-embed').map((d) => d.code).sort();
    expect(Object.keys(bundledWording).sort()).toEqual(free);
    expect(free).toEqual(['fabq', 'gad-2', 'nprs', 'peg', 'phq-2', 'psfs']);
  });

  it.each(Object.values(bundledWording).map((w) => [w.instrument, w] as const))('%s passes the same checks as a clinic file', (_code, wording) => {
    expect(loadInstrumentWording(JSON.parse(JSON.stringify(wording)))).toEqual(wording);
  });

  it('gives way to a clinic\'s loaded wording, and is absent for licensed instruments', () => {
    expect(wordingFor('odi')).toBeNull();
    expect(wordingFor('isi')).toBeNull();
    expect(wordingFor('peg')?.instrument).toBe('peg');
    const clinicOdi = loadInstrumentWording(odiFile());
    expect(wordingFor('odi', [clinicOdi])).toBe(clinicOdi);
  });
});
