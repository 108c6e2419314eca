// Small builders and readers for codes, quantities and references, shared by the mappers in both
// directions. Readers return undefined for what is absent or unknown; the caller decides whether
// that is a problem.
import type { CodeableConcept, Coding, Quantity, Reference, Resource, ResourceType } from '@medplum/fhirtypes';
import { LOINC, SNOMED, THRESHOLD_SYSTEM, UCUM, UNITS, type UnitKey } from './systems.ts';
import { thresholdConcepts, thresholdDisplay, type ThresholdCode } from './threshold-code-system.ts';

export function thresholdCoding(code: ThresholdCode): Coding {
  return { system: THRESHOLD_SYSTEM, code, display: thresholdConcepts[code].display };
}

/** A Threshold code that is not in the typed table (subscales) is looked up by string. */
export function thresholdCodingOf(code: string): Coding {
  const display = thresholdDisplay(code);
  return { system: THRESHOLD_SYSTEM, code, ...(display === undefined ? {} : { display }) };
}

export function concept(...codings: Coding[]): CodeableConcept {
  return { coding: codings };
}

export function thresholdConcept(code: ThresholdCode, text?: string): CodeableConcept {
  return { coding: [thresholdCoding(code)], ...(text === undefined ? {} : { text }) };
}

export function loincCoding(code: string, display?: string): Coding {
  return { system: LOINC, code, ...(display === undefined ? {} : { display }) };
}

export function snomedCoding(code: string, display: string): Coding {
  return { system: SNOMED, code, display };
}

export function quantity(value: number, unit: UnitKey): Quantity {
  return { value, unit: UNITS[unit].unit, system: UCUM, code: UNITS[unit].code };
}

/** A relative reference "Type/id", typed by its target so FHIR's reference targets are checked. */
export function reference<K extends ResourceType>(resourceType: K, id: string): Reference<Extract<Resource, { resourceType: K }>> {
  return { reference: `${resourceType}/${id}` };
}

/** All Threshold codes in a concept (or list of concepts). */
export function thresholdCodesIn(concepts: CodeableConcept | CodeableConcept[] | undefined): string[] {
  const list = concepts === undefined ? [] : Array.isArray(concepts) ? concepts : [concepts];
  return list.flatMap((c) => (c.coding ?? []).filter((coding) => coding.system === THRESHOLD_SYSTEM && coding.code !== undefined))
    .map((coding) => coding.code as string);
}

/** The first Threshold code in a concept. */
export function thresholdCodeIn(concepts: CodeableConcept | CodeableConcept[] | undefined): string | undefined {
  return thresholdCodesIn(concepts)[0];
}

/**
 * The value of a prefixed Threshold code ("phase-blended" -> "blended") among the allowed values,
 * from a concept or a coding; undefined when no coding carries one.
 */
export function valueFromCode<T extends string>(
  source: CodeableConcept | CodeableConcept[] | Coding | undefined, prefix: string, allowed: readonly T[],
): T | undefined {
  const codes = source !== undefined && !Array.isArray(source) && 'system' in source
    ? (source.system === THRESHOLD_SYSTEM && source.code !== undefined ? [source.code] : [])
    : thresholdCodesIn(source as CodeableConcept | CodeableConcept[] | undefined);
  for (const code of codes) {
    if (!code.startsWith(`${prefix}-`)) continue;
    const value = code.slice(prefix.length + 1);
    if ((allowed as readonly string[]).includes(value)) return value as T;
  }
  return undefined;
}

export function hasCoding(source: CodeableConcept | CodeableConcept[] | undefined, system: string, code: string): boolean {
  const list = source === undefined ? [] : Array.isArray(source) ? source : [source];
  return list.some((c) => (c.coding ?? []).some((coding) => coding.system === system && coding.code === code));
}

export function hasThresholdCode(source: CodeableConcept | CodeableConcept[] | undefined, code: ThresholdCode): boolean {
  return hasCoding(source, THRESHOLD_SYSTEM, code);
}
