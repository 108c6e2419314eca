// Reading a case file from disk into a validated CaseFile, with the CLI's errors for each failure.
import { AppError, validationError } from '../domain/errors.ts';
import { caseFileSchema, type CaseFile } from '../domain/index.ts';
import type { CliIo } from './command.ts';

export async function readCaseFile(path: string, io: CliIo): Promise<CaseFile> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new AppError('validation', `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('validation', `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = caseFileSchema.safeParse(json);
  if (!parsed.success) throw validationError(parsed.error, `case file ${path}`);
  return parsed.data;
}

export function parseAsOf(value: string | undefined, io: CliIo): string {
  if (value === undefined) return io.today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new AppError('validation', `--as-of must be a date YYYY-MM-DD, got "${value}"`, [{ path: '--as-of', message: 'expected YYYY-MM-DD' }]);
  }
  return value;
}
