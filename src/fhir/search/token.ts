// FHIR token search (R4 search §3.1.1.6 "token"): `code` matches a code in any system, `system|code`
// in that system, `|code` a code with no system, and `system|` any code of the system.
import type { CodeableConcept, Coding } from '@medplum/fhirtypes';

export interface TokenValue {
  /** undefined: any system; null: no system ("|code"). */
  system: string | null | undefined;
  /** undefined: any code of the system ("system|"). */
  code: string | undefined;
}

export function parseToken(value: string): TokenValue {
  const bar = value.indexOf('|');
  if (bar < 0) return { system: undefined, code: value };
  const system = value.slice(0, bar);
  const code = value.slice(bar + 1);
  return { system: system === '' ? null : system, code: code === '' ? undefined : code };
}

export function codingMatches(coding: Coding, token: TokenValue): boolean {
  if (token.code !== undefined && coding.code !== token.code) return false;
  if (token.system === null) return coding.system === undefined;
  return token.system === undefined || coding.system === token.system;
}

/** Does any coding of the concept(s) match any of the tokens? */
export function conceptMatches(concepts: CodeableConcept | CodeableConcept[] | undefined, tokens: TokenValue[]): boolean {
  const list = concepts === undefined ? [] : Array.isArray(concepts) ? concepts : [concepts];
  return list.some((concept) => (concept.coding ?? []).some((coding) => tokens.some((token) => codingMatches(coding, token))));
}
