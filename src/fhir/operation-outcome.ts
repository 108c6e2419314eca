// The FHIR endpoint's error renderer: one AppError -> one OperationOutcome (style lesson 2: one error
// type inside, one renderer per interface). Each detail becomes an issue whose diagnostics keep the
// full path and message; where the path names a bundle entry, the issue's expression is the FHIRPath
// of that element ("Bundle.entry[3].resource.valueQuantity"), or of the resource when the field is
// not a plain element path.
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import type { AppError, ErrorCode, ErrorDetail } from '../domain/index.ts';

const issueCodes = {
  validation: 'invalid',
  unauthenticated: 'login',
  forbidden: 'forbidden',
  'not-found': 'not-found',
  conflict: 'conflict',
  'too-large': 'too-long',
  'rate-limited': 'throttled',
  locked: 'lock-error',
  internal: 'exception',
} as const satisfies Record<ErrorCode, OperationOutcomeIssue['code']>;

const ENTRY_PATH = /^entry\[(\d+)\](?:\.resource(?: \([^)]*\))?)?(?:\.(.+))?$/;
const PLAIN_ELEMENT_PATH = /^[A-Za-z]+(\[\d+\])?(\.[A-Za-z]+(\[\d+\])?)*$/;

/** The FHIRPath of a detail's path when it names a bundle entry; undefined otherwise. */
export function expressionOf(path: string): string | undefined {
  const match = ENTRY_PATH.exec(path);
  if (match === null) return undefined;
  const resource = `Bundle.entry[${match[1] ?? ''}]${path.includes('.resource') ? '.resource' : ''}`;
  const field = match[2];
  return field !== undefined && PLAIN_ELEMENT_PATH.test(field) ? `${resource}.${field}` : resource;
}

function issueOf(detail: ErrorDetail, code: OperationOutcomeIssue['code'], severity: OperationOutcomeIssue['severity']): OperationOutcomeIssue {
  const expression = expressionOf(detail.path);
  return {
    severity,
    code,
    details: { text: detail.message },
    diagnostics: `${detail.path}: ${detail.message}`,
    ...(expression === undefined ? {} : { expression: [expression] }),
  };
}

export function operationOutcomeFrom(error: AppError): OperationOutcome {
  const code = issueCodes[error.code];
  const severity: OperationOutcomeIssue['severity'] = error.code === 'internal' ? 'fatal' : 'error';
  const issue: OperationOutcomeIssue[] = error.details.length === 0
    ? [{ severity, code, details: { text: error.message }, diagnostics: error.message }]
    : error.details.map((detail) => issueOf(detail, code, severity));
  return { resourceType: 'OperationOutcome', issue };
}
