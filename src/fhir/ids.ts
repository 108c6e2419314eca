// Stable resource ids. A resource's id comes from the episode id and the record's own id, so the
// same case file always exports to the same ids and a re-import of a transaction (PUT by id) updates
// rather than duplicates. FHIR ids allow only [A-Za-z0-9-.] and 64 characters: a candidate outside
// that keeps a readable prefix and gains a hash of the whole candidate, so distinct records keep
// distinct ids.

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** FNV-1a over the UTF-16 code units, from a given offset basis; 8 hex digits. */
function fnv1a(text: string, basis: number): string {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function isFhirId(candidate: string): boolean {
  return FHIR_ID.test(candidate);
}

/** The candidate itself when it is a valid FHIR id, else a readable prefix plus a 16-digit hash. */
export function fhirId(candidate: string): string {
  if (isFhirId(candidate)) return candidate;
  const prefix = candidate.replace(/[^A-Za-z0-9\-.]/g, '-').slice(0, 46);
  return `${prefix}-${fnv1a(candidate, 0x811c9dc5)}${fnv1a(candidate, 0x01000193)}`;
}
