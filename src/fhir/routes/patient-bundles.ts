// Between the use-cases' plain data and FHIR Bundles, shared by the /fhir/R4 routes and the
// `threshold export` / `threshold import` commands: a patient's history -> $everything or a
// transaction Bundle; an incoming Bundle -> structure check -> case file, ready for the import
// use-case. Each episode is mapped by caseFileToBundle; resources two episodes share (the Patient,
// a Practitioner) appear once.
import type { Bundle, BundleEntry, Patient, Resource } from '@medplum/fhirtypes';
import { AppError, type CaseFile } from '../../domain/index.ts';
import type { EpisodeHistory, PatientHistory } from '../../services/index.ts';
import { bundleToCaseFile } from '../bundle-to-case-file.ts';
import { caseFileToBundle, type DocumentInput } from '../case-file-to-bundle.ts';
import { exportContext } from '../export-context.ts';
import { patientToFhir } from '../patient.ts';
import { validateBundleStructure } from '../structure-validation.ts';

const keyOf = (resource: Resource): string => `${resource.resourceType}/${resource.id ?? ''}`;

/** Every resource that maps one episode, with the assessment's flags and phase. */
export function episodeResources(history: EpisodeHistory, baseUrl: string, type: 'collection' | 'transaction' = 'collection'): Bundle {
  return caseFileToBundle(history.caseFile, {
    patientId: history.patientId, episodeId: history.episodeId, assessment: history.assessment,
    practitioners: history.practitioners, clinicBaseUrl: baseUrl, type, documents: documentInputs(history, baseUrl),
  });
}

/** The documents made of an episode, each served by the REST API beside this FHIR endpoint. */
function documentInputs(history: EpisodeHistory, fhirBase: string): DocumentInput[] {
  const api = fhirBase.replace(/\/+$/, '').replace(/\/fhir\/R4$/, '/api/v1');
  return history.documents.map(({ id, kind, title, fileName, asOf, madeAt, madeBy, byteSize, sha1 }) => ({
    id, kind, title, fileName, asOf, madeAt: madeAt.toISOString(), madeBy, byteSize, sha1, url: `${api}/documents/${id}`,
  }));
}

/** The Patient resource of a stored patient (a patient may have no episode yet). */
export function patientResource(patient: PatientHistory['patient']): Patient {
  const { version: _v, id, ...fields } = patient;
  // Only the patient is read by patientToFhir; the rest of the case file is not needed for it.
  return patientToFhir(exportContext({ patient: { ...fields, id } } as CaseFile, { patientId: id, episodeId: id }));
}

/** Every resource of the patient, the Patient first, each once. */
export function patientResources(history: PatientHistory, baseUrl: string): Resource[] {
  const seen = new Map<string, Resource>();
  const patient = patientResource(history.patient);
  seen.set(keyOf(patient), patient);
  for (const episode of history.episodes) {
    for (const entry of episodeResources(episode, baseUrl).entry ?? []) {
      if (entry.resource !== undefined && !seen.has(keyOf(entry.resource))) seen.set(keyOf(entry.resource), entry.resource);
    }
  }
  return [...seen.values()];
}

/** A searchset Bundle ($everything and search results), fullUrls on the endpoint's base. */
export function searchsetBundle(resources: Resource[], baseUrl: string, selfUrl: string): Bundle {
  const entry: BundleEntry[] = resources.map((resource) => ({ fullUrl: `${baseUrl}/${keyOf(resource)}`, resource, search: { mode: 'match' } }));
  return { resourceType: 'Bundle', type: 'searchset', total: entry.length, link: [{ relation: 'self', url: selfUrl }], entry };
}

/**
 * A Bundle sent for import, as a case file: first the shape, then every resource through the R4
 * structure validator (so a malformed one is named), then the mapping, which names any resource it
 * cannot read. Throws one validation AppError; nothing is written before this has passed.
 */
export function caseFileFromBundle(body: unknown, requireTransaction: boolean): CaseFile {
  if (typeof body !== 'object' || body === null || (body as { resourceType?: unknown }).resourceType !== 'Bundle') {
    throw new AppError('validation', 'expected a FHIR Bundle', [{ path: 'resourceType', message: 'must be "Bundle"' }]);
  }
  const bundle = body as Bundle;
  if (requireTransaction && bundle.type !== 'transaction') {
    throw new AppError('validation', `expected a transaction Bundle, got type ${String(bundle.type)} (batch is not supported)`, [{ path: 'type', message: 'must be "transaction"' }]);
  }
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry)) throw new AppError('validation', 'entry must be a list', [{ path: 'entry', message: 'must be a list' }]);
  validateBundleStructure(bundle);
  return bundleToCaseFile(bundle);
}
