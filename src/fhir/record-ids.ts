// The record's own id (from the case file) travels in an identifier, because the resource id is
// derived from it and may be hashed (ids.ts). The import reads it back from there.
import type { Identifier } from '@medplum/fhirtypes';
import { RECORD_ID_SYSTEM } from './systems.ts';

type WithIdentifiers = { id?: string; identifier?: Identifier[] | Identifier };

function identifiersOf(resource: WithIdentifiers): Identifier[] {
  return resource.identifier === undefined ? [] : Array.isArray(resource.identifier) ? resource.identifier : [resource.identifier];
}

/** The record id a resource carries in the Threshold identifier, else its resource id. */
export function recordIdOf(resource: WithIdentifiers): string | undefined {
  return identifiersOf(resource).find((identifier) => identifier.system === RECORD_ID_SYSTEM)?.value ?? resource.id;
}

/** Only the record id from the Threshold identifier (no fallback): records whose id is optional. */
export function ownRecordIdOf(resource: WithIdentifiers): string | undefined {
  return identifiersOf(resource).find((identifier) => identifier.system === RECORD_ID_SYSTEM)?.value;
}

/** The identifier list for a record id, empty when the record has none. */
export function recordIdentifier(recordId: string | undefined): { identifier?: Identifier[] } {
  return recordId === undefined ? {} : { identifier: [{ system: RECORD_ID_SYSTEM, value: recordId }] };
}

/** The same for resources that hold one identifier (QuestionnaireResponse). */
export function singleRecordIdentifier(recordId: string | undefined): { identifier?: Identifier } {
  return recordId === undefined ? {} : { identifier: { system: RECORD_ID_SYSTEM, value: recordId } };
}
