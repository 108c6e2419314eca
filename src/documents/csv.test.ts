// CSV for spreadsheets: RFC 4180 quoting, UTF-8 with a header row, and no cell a spreadsheet would run.
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('quotes what needs quoting, doubles quotes, ends records with CRLF and starts with a UTF-8 BOM', () => {
    const text = toCsv(['Name', 'Note'], [['Zoë, "Z"', 'line one\nline two'], ['plain', '']]);
    expect(text).toBe('\uFEFFName,Note\r\n"Zoë, ""Z""","line one\nline two"\r\nplain,\r\n');
  });

  it('neutralises every cell that begins like a formula, header included', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutralise(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutralise('1+1')).toBe('1+1');
    const text = toCsv(['=cmd'], [['=HYPERLINK("http://x")'], ['@SUM(A1)']]);
    expect(text).toBe('\uFEFF\'=cmd\r\n"\'=HYPERLINK(""http://x"")"\r\n\'@SUM(A1)\r\n');
  });
});
