import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/index.ts';
import { expressionOf, operationOutcomeFrom } from './operation-outcome.ts';
import { structureErrors } from './structure-validation.ts';

describe('operationOutcomeFrom', () => {
  it('gives one issue per detail, with the entry as FHIRPath', () => {
    const error = new AppError('validation', 'Invalid FHIR bundle', [
      { path: 'entry[3].resource (Observation/abc).valueQuantity.value', message: 'must be a number' },
      { path: 'entry[4].resource (Flare/x).component(flare-cause)', message: 'unknown code' },
      { path: 'goals[0].target', message: 'target must be above baseline' },
    ]);
    const outcome = operationOutcomeFrom(error);
    expect(outcome.issue).toEqual([
      {
        severity: 'error', code: 'invalid', details: { text: 'must be a number' },
        diagnostics: 'entry[3].resource (Observation/abc).valueQuantity.value: must be a number',
        expression: ['Bundle.entry[3].resource.valueQuantity.value'],
      },
      {
        severity: 'error', code: 'invalid', details: { text: 'unknown code' },
        diagnostics: 'entry[4].resource (Flare/x).component(flare-cause): unknown code', expression: ['Bundle.entry[4].resource'],
      },
      { severity: 'error', code: 'invalid', details: { text: 'target must be above baseline' }, diagnostics: 'goals[0].target: target must be above baseline' },
    ]);
    expect(structureErrors(outcome)).toEqual([]);
  });

  it('maps every error code to a FHIR issue type, and an error without details to one issue', () => {
    const codes = (['unauthenticated', 'forbidden', 'not-found', 'conflict', 'rate-limited', 'locked', 'internal'] as const)
      .map((code) => operationOutcomeFrom(new AppError(code, 'no')).issue[0]?.code);
    expect(codes).toEqual(['login', 'forbidden', 'not-found', 'conflict', 'throttled', 'lock-error', 'exception']);
    expect(operationOutcomeFrom(new AppError('internal', 'boom')).issue).toEqual([
      { severity: 'fatal', code: 'exception', details: { text: 'boom' }, diagnostics: 'boom' },
    ]);
  });

  it('reads entry paths without a resource name too', () => {
    expect(expressionOf('entry[0].resource')).toBe('Bundle.entry[0].resource');
    expect(expressionOf('entry[2]')).toBe('Bundle.entry[2]');
    expect(expressionOf('entry')).toBeUndefined();
  });
});
