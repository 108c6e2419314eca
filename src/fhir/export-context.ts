// What every export mapper needs: the case file, the ids of the patient and the episode, the
// optional assessment, and builders for the stable ids and references between the resources.
import type { Patient, Reference } from '@medplum/fhirtypes';
import type { Assessment, CaseFile, DocumentKind } from '../domain/index.ts';
import { reference } from './codings.ts';
import { fhirId } from './ids.ts';

/** A clinician of the care team, as the store knows them (the case file names clinicians by id only). */
export interface PractitionerInput {
  id: string;
  name?: string;
  /** The clinician's discipline, e.g. "physical therapy". */
  discipline?: string;
  /** True for the lead clinician of the patient's care team. */
  lead?: boolean;
}

/** A document made of the episode (the record of documents made), as the export lists it. */
export interface DocumentInput {
  id: string;
  kind: DocumentKind;
  title: string;
  fileName: string;
  asOf: string;
  /** When it was made: an instant (ISO 8601 with offset). */
  madeAt: string;
  /** The user id of whoever made it. */
  madeBy: string;
  byteSize: number;
  /** SHA-1 of the bytes, base64. */
  sha1: string;
  /** Where the PDF is served, exactly as it was handed over. */
  url: string;
}

export interface ExportOptions {
  patientId: string;
  episodeId: string;
  /** The clinic's FHIR base, e.g. https://clinic.example/fhir/R4; fullUrls are built on it. */
  clinicBaseUrl?: string;
  /** The assessment as of some date: adds goal achievement, the phase, flags, flare classes and passive share. */
  assessment?: Assessment;
  practitioners?: PractitionerInput[];
  /** The documents made of the episode: one DocumentReference each. */
  documents?: DocumentInput[];
  /** `collection` for an $everything-style export (the default), `transaction` for an import into a server. */
  type?: 'collection' | 'transaction';
}

export interface ExportContext {
  file: CaseFile;
  assessment: Assessment | undefined;
  patientId: string;
  episodeId: string;
  patient: Reference<Patient>;
  /** A stable id for a resource of this episode: "<episode>-<parts joined by ->". */
  id: (...parts: string[]) => string;
  /** The id of a clinician's Practitioner resource (clinic-wide, not per episode). */
  practitionerId: (clinicianId: string) => string;
}

export function exportContext(file: CaseFile, options: ExportOptions): ExportContext {
  const patientId = fhirId(options.patientId);
  const episodeId = fhirId(options.episodeId);
  // Each record's id is asked for again by every resource that refers to it (a check-in's, by its
  // eight Observations), and most need hashing (ids.ts): made once per episode.
  const ids = new Map<string, string>();
  return {
    file,
    assessment: options.assessment,
    patientId,
    episodeId,
    patient: reference('Patient', patientId),
    id: (...parts) => {
      const candidate = [episodeId, ...parts].join('-');
      let id = ids.get(candidate);
      if (id === undefined) ids.set(candidate, (id = fhirId(candidate)));
      return id;
    },
    practitionerId: (clinicianId) => fhirId(`practitioner-${clinicianId}`),
  };
}
