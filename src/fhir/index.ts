// FHIR R4 mapping of Threshold's records (spec §6): pure mappers case file <-> Bundle, the error
// renderer, the CapabilityStatement and the Threshold code system. The structure validator is
// exported from ./structure-validation.ts on its own, because it reads the R4 definitions from disk.
export { caseFileToBundle, type ExportOptions, type PractitionerInput } from './case-file-to-bundle.ts';
export { bundleToCaseFile } from './bundle-to-case-file.ts';
export { operationOutcomeFrom } from './operation-outcome.ts';
export { capabilityStatement, supportedResourceTypes, type CapabilityOptions } from './capability-statement.ts';
export { thresholdCodeSystem, thresholdConcepts, type ThresholdCode } from './threshold-code-system.ts';
export { THRESHOLD_SYSTEM, EXT, RECORD_ID_SYSTEM } from './systems.ts';
