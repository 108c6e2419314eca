// What every import reader needs: the bundle's entries, reference resolution between them, the
// record id each resource carries, and one list of problems naming the bad resource
// ("entry[3].resource (Observation/abc)"), so the import is all or nothing and the API can turn the
// problems into an OperationOutcome.
import type { Bundle, CodeableConcept, Coding, Extension, Reference, Resource, ResourceType } from '@medplum/fhirtypes';
import type { ErrorDetail } from '../domain/index.ts';
import { fromBase64 } from './base64.ts';
import { valueFromCode } from './codings.ts';

export interface EntryRef<T extends Resource = Resource> {
  index: number;
  resource: T;
}

type OfType<K extends ResourceType> = Extract<Resource, { resourceType: K }>;

/** "entry[3].resource (Observation/abc)", the name of a resource in problems. */
export function entryPath(entry: EntryRef): string {
  return `entry[${entry.index}].resource (${entry.resource.resourceType}/${entry.resource.id ?? 'no id'})`;
}

export class ImportContext {
  readonly entries: EntryRef[] = [];
  readonly problems: ErrorDetail[] = [];
  /** Case-file paths ("sessions[2]", "sessions[2].findings[0]") and the entry each came from. */
  readonly origins = new Map<string, EntryRef>();
  private readonly byKey = new Map<string, EntryRef>();

  constructor(bundle: Bundle) {
    (bundle.entry ?? []).forEach((entry, index) => {
      const resource = entry.resource;
      if (resource === undefined) {
        this.problems.push({ path: `entry[${index}]`, message: 'the entry has no resource' });
        return;
      }
      const ref: EntryRef = { index, resource };
      this.entries.push(ref);
      if (resource.id !== undefined) this.byKey.set(`${resource.resourceType}/${resource.id}`, ref);
      if (entry.fullUrl !== undefined) this.byKey.set(entry.fullUrl, ref);
    });
  }

  ofType<K extends ResourceType>(resourceType: K): EntryRef<OfType<K>>[] {
    return this.entries.filter((entry): entry is EntryRef<OfType<K>> => entry.resource.resourceType === resourceType);
  }

  /** The entry a reference points to: "Type/id", a fullUrl, or an absolute URL ending in "Type/id". */
  resolve(reference: Reference | undefined): EntryRef | undefined {
    const target = reference?.reference;
    if (target === undefined) return undefined;
    const direct = this.byKey.get(target);
    if (direct !== undefined) return direct;
    const match = /([A-Za-z]+\/[A-Za-z0-9\-.]{1,64})(\/_history\/[^/]+)?$/.exec(target);
    return match?.[1] === undefined ? undefined : this.byKey.get(match[1]);
  }

  problem(entry: EntryRef, message: string, field?: string): void {
    this.problems.push({ path: `${entryPath(entry)}${field === undefined ? '' : `.${field}`}`, message });
  }

  bundleProblem(message: string): void {
    this.problems.push({ path: 'entry', message });
  }

  /** Remember which entry a case-file path came from, to name it if the case file rejects the value. */
  origin(path: string, entry: EntryRef): void {
    this.origins.set(path, entry);
  }
}

/** Reads a prefixed Threshold code and names the resource when a code is present but not one we know. */
export function readCode<T extends string>(
  ctx: ImportContext, entry: EntryRef, field: string,
  source: CodeableConcept | CodeableConcept[] | Coding | undefined, prefix: string, allowed: readonly T[],
): T | undefined {
  if (source === undefined) return undefined;
  const value = valueFromCode(source, prefix, allowed);
  if (value === undefined) ctx.problem(entry, `expected a Threshold code "${prefix}-<${allowed.join(' | ')}>"`, field);
  return value;
}

export function extensionOf(element: { extension?: Extension[] }, url: string): Extension | undefined {
  return element.extension?.find((extension) => extension.url === url);
}

/**
 * A case-file part as read from FHIR: every field may be missing. The case-file schema then checks
 * it, and its complaints are traced back to the entry the part came from (ImportContext.origins).
 */
export type Draft<T> = T extends readonly (infer U)[] ? Draft<U>[] : T extends object ? { [K in keyof T]?: Draft<T[K]> } : T | undefined;

/**
 * JSON carried as base64 in an attachment's data (a kept assessment, a clinic's own exercise):
 * undefined when absent; a problem naming the entry and field when it is not base64-encoded JSON.
 */
export function jsonFromAttachment(ctx: ImportContext, entry: EntryRef, data: string | undefined, what: string, field: string): unknown {
  if (data === undefined) return undefined;
  const text = fromBase64(data);
  try {
    if (text === undefined) throw new Error('not base64 UTF-8');
    return JSON.parse(text) as unknown;
  } catch {
    ctx.problem(entry, `${what} is not base64-encoded JSON`, field);
    return undefined;
  }
}
