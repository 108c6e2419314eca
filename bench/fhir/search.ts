// Patient search by name (`npm run bench:fhir:search`, issue 16): a clinic of 2,000 patients with a
// year of records each, searched through the real HTTP API (GET /fhir/R4/Patient?name=..., a
// listening server, a clinician's bearer token, the access gate and its audit row, the searchset
// Bundle) beside the bare SQL of the same lookup (the store's own WHERE and ORDER BY: the first page
// with its window count of all matches, through the same driver). On PGlite, and on PostgreSQL when TEST_DATABASE_URL is
// set. Requests alternate with bare lookups, one at a time; p50 and p99 of each. The goal: p99 of
// the HTTP search under 50 ms.
//
//   npm run bench:fhir:search -- [--patients 2000] [--requests 400] [--backend pglite|postgres]
import { asc, eq, sql } from 'drizzle-orm';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_COUNT } from '../../src/fhir/search/query.ts';
import { patientOrder, patientWhere, type PatientQuery } from '../../src/store/patient-search.ts';
import { patients } from '../../src/store/schema/index.ts';
import { benchClinic, benchServer, onEachBackend } from './clinic.ts';

const { values } = parseArgs({ options: { backend: { type: 'string' }, patients: { type: 'string', default: '2000' }, requests: { type: 'string', default: '400' } } });
const GOAL_P99_MS = 50;
const size = Number(values.patients);
const requests = Number(values.requests);

const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/** Names as a receptionist types them: a whole family name, or the first letters of a given name. */
function searchTerms(names: string[]): string[] {
  return names.map((name, i) => {
    const words = name.trim().split(/\s+/);
    return i % 2 === 0 ? (words.at(-1) ?? name) : (words[0] ?? name).slice(0, 3);
  });
}

async function run(backend: 'pglite' | 'postgres', url: string | undefined): Promise<boolean> {
  const clinic = await benchClinic(url, size, new Date());
  const { db } = clinic.database;
  const sample = await db.select({ name: patients.name }).from(patients).where(eq(patients.clinicId, clinic.clinicId)).orderBy(asc(patients.id)).limit(200);
  const terms = searchTerms(sample.map((row) => row.name ?? ''));
  const { base, token, close } = await benchServer(clinic);
  try {
    let matches = 0;
    const http = async (term: string): Promise<number> => {
      const started = performance.now();
      const response = await fetch(`${base}/fhir/R4/Patient?name=${encodeURIComponent(term)}`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/fhir+json' } });
      const bundle = await response.json() as { total?: number };
      if (response.status !== 200) throw new Error(`search answered ${response.status}: ${JSON.stringify(bundle)}`);
      matches += bundle.total ?? 0;
      return performance.now() - started;
    };
    // The same lookup, bare: the first page with the count of all matches (a window count), with the store's WHERE and ORDER BY.
    const bare = async (term: string): Promise<number> => {
      const query: PatientQuery = { ids: [], names: [{ part: 'any', mode: 'starts', values: [term] }], birthDates: [], sexes: [], sort: [], limit: DEFAULT_COUNT, offset: 0, countOnly: false };
      const where = patientWhere(clinic.clinicId, query);
      const started = performance.now();
      await db.select({ patient: patients, total: sql<number>`count(*) over ()` }).from(patients).where(where).orderBy(...patientOrder(query.sort)).limit(query.limit);
      return performance.now() - started;
    };
    for (const term of terms.slice(0, 20)) { await http(term); await bare(term); }
    matches = 0;
    const httpMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = 0; i < requests; i += 1) {
      const term = terms[i % terms.length] ?? 'a';
      // Alternated, the order flipped every other time: neither side always runs on a warm cache.
      if (i % 2 === 0) { httpMs.push(await http(term)); bareMs.push(await bare(term)); } else { bareMs.push(await bare(term)); httpMs.push(await http(term)); }
    }
    const p99 = percentile(httpMs, 99);
    const met = p99 < GOAL_P99_MS;
    console.log(`${backend}: ${clinic.patients} patients, ${requests} searches by name (${(matches / requests).toFixed(1)} matches on average)`);
    console.log(`  GET /fhir/R4/Patient?name=  p50 ${percentile(httpMs, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
    console.log(`  bare SQL (page + count)     p50 ${percentile(bareMs, 50).toFixed(1)} ms, p99 ${percentile(bareMs, 99).toFixed(1)} ms`);
    console.log(`  p99 ${p99.toFixed(1)} ms: goal < ${GOAL_P99_MS} ms ${met ? 'met' : 'MISSED'}; ratio of medians ${(percentile(httpMs, 50) / percentile(bareMs, 50)).toFixed(1)}x; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    return met;
  } finally {
    await close();
    await clinic.database.close();
  }
}

await onEachBackend(values.backend, run);
