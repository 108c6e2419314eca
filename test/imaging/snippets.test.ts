import { describe, expect, it } from 'vitest';
import { contextualiseImaging } from '../../src/domain/imaging/index.ts';
import { imagingSnippets } from './snippets.ts';

const key = (f: { finding: string; level: string | null; negated: boolean }): string => `${f.finding} @ ${f.level ?? '-'}${f.negated ? ' (negated)' : ''}`;

describe('contextualiseImaging on report snippets', () => {
  it('has at least 30 snippets', () => {
    expect(imagingSnippets.length).toBeGreaterThanOrEqual(30);
  });

  it.each(imagingSnippets.map((s) => [s.name, s] as const))('%s', (_name, snippet) => {
    const result = contextualiseImaging(snippet.report, snippet.age ?? 45);

    expect(result.findings.map(key).sort()).toEqual(snippet.findings.map(key).sort());
    expect([...new Set(result.forPhysician.map((item) => item.code))].sort()).toEqual([...snippet.forPhysician].sort());

    for (const expected of snippet.findings) {
      const found = result.findings.find((f) => key(f) === key(expected));
      if (expected.prevalencePercent !== undefined) expect(found?.prevalencePercent).toBe(expected.prevalencePercent);
      if (expected.certainty !== undefined) expect(found?.certainty).toBe(expected.certainty);
    }
  });
});

describe('what holds for every snippet', () => {
  const results = imagingSnippets.map((s) => ({ snippet: s, result: contextualiseImaging(s.report, s.age ?? 45) }));

  it('frames present findings with a number and negated ones with none', () => {
    for (const { result } of results) {
      for (const f of result.findings) {
        if (f.negated) expect([f.prevalencePercent, f.certainty]).toEqual([null, null]);
        else expect(f.prevalencePercent).toBeTypeOf('number');
      }
    }
  });

  it('quotes the report sentence a finding or a physician item came from', () => {
    for (const { snippet, result } of results) {
      const flat = snippet.report.replace(/\s+/g, ' ');
      for (const item of [...result.findings, ...result.forPhysician]) expect(flat).toContain(item.text);
    }
  });

  it('tells the patient to see the doctor exactly when something goes to the physician', () => {
    for (const { result } of results) {
      expect(result.patientText.includes("your doctor")).toBe(result.forPhysician.length > 0);
    }
  });

  it('never puts a physician finding into the patient text', () => {
    const serious = /fractur|tumou?r|metasta|lesion|infect|abscess|cord|cauda|stenosis|extru|herniat|modic|pars|aneurysm|sacroiliitis/i;
    for (const { result } of results) expect(result.patientText).not.toMatch(serious);
  });

  it('gives every physician item a reason', () => {
    for (const { result } of results) for (const item of result.forPhysician) expect(item.reason.length).toBeGreaterThan(20);
  });
});
