// The store the services are handed: transactions, and inside them the clinic scope. A clinic
// scope is built with one clinic's id and every repository in it filters by that id, so no code
// above the store can read or write another clinic's rows (spec §7: scoped in one place).
import { randomUUID } from 'node:crypto';
import { AuditLog } from './audit.ts';
import { ClinicProfiles } from './clinic-settings.ts';
import { CheckInReads } from './check-in-reads.ts';
import { Documents } from './documents.ts';
import { checkInWriter, type CheckInWrite } from './check-in-write.ts';
import { ClinicExercises } from './clinic-exercises.ts';
import { BulkExportHousekeeping, BulkExports } from './bulk-exports.ts';
import { OAuthRecords } from './oauth-records.ts';
import { SmartApps } from './smart-apps.ts';
import type { Database, Db } from './database.ts';
import { EpisodeRecords, type EpisodeRecordKind } from './episode-records.ts';
import { EpisodeSummaries } from './episode-summaries.ts';
import { Episodes } from './episodes.ts';
import { GlobalRecords } from './global.ts';
import { Invitations } from './invitations.ts';
import { People } from './people.ts';
import { findSessionUser, Sessions, type SessionUser } from './sessions.ts';

export class ClinicScope {
  readonly people: People;
  readonly episodes: Episodes;
  readonly summaries: EpisodeSummaries;
  readonly audit: AuditLog;
  /** The clinic's name, time zone and settings, and the log of their changes. */
  readonly profile: ClinicProfiles;
  readonly checkInReads: CheckInReads;
  readonly documents: Documents;
  readonly sessions: Sessions;
  readonly invitations: Invitations;
  readonly exercises: ClinicExercises;
  readonly bulkExports: BulkExports;
  readonly apps: SmartApps;
  private readonly recordRepos = new Map<EpisodeRecordKind, EpisodeRecords<EpisodeRecordKind>>();

  constructor(private readonly db: Db, readonly clinicId: string) {
    this.people = new People(db, clinicId);
    this.episodes = new Episodes(db, clinicId);
    this.summaries = new EpisodeSummaries(db, clinicId);
    this.audit = new AuditLog(db, clinicId);
    this.profile = new ClinicProfiles(db, clinicId);
    this.checkInReads = new CheckInReads(db, clinicId);
    this.documents = new Documents(db, clinicId);
    this.sessions = new Sessions(db, clinicId);
    this.invitations = new Invitations(db, clinicId);
    this.exercises = new ClinicExercises(db, clinicId);
    this.bulkExports = new BulkExports(db, clinicId);
    this.apps = new SmartApps(db, clinicId);
  }

  records<K extends EpisodeRecordKind>(kind: K): EpisodeRecords<K> {
    let repo = this.recordRepos.get(kind);
    if (!repo) {
      repo = new EpisodeRecords(this.db, this.clinicId, kind);
      this.recordRepos.set(kind, repo);
    }
    return repo as unknown as EpisodeRecords<K>;
  }
}

export interface StoreTx {
  global: GlobalRecords;
  /** Bulk export jobs across clinics: expiry, and the jobs a stopped server left behind. */
  exportJobs: BulkExportHousekeeping;
  /** The SMART authorization server's records and the client directory (no clinic in their keys). */
  oauth: OAuthRecords;
  clinic: (clinicId: string) => ClinicScope;
}

/**
 * Writes that are whole in one statement, each its own transaction (no BEGIN and COMMIT round trips):
 * the hot paths of issue 15. Each is scoped by the clinic it was built with, as a ClinicScope is.
 */
export interface SingleStatements {
  /** The live session of a token hash with its active user (every request that is not cached asks this). */
  findSession: (tokenHash: string, now: Date) => Promise<SessionUser | null>;
  /** A check-in with its write count and audit event (grouped with others that arrive meanwhile); null when nothing was written (see check-in-write.ts). */
  recordCheckIn: (write: CheckInWrite) => Promise<{ patientId: string } | null>;
}

export interface Store {
  kind: Database['kind'];
  /** Reads that need no transaction (one statement), outside any clinic: e.g. the session of a token. */
  global: GlobalRecords;
  /** One clinic's single-statement writes, outside any transaction. */
  singleStatement: (clinicId: string) => SingleStatements;
  /** Run `work` in one transaction: it commits when `work` returns and rolls back when it throws. */
  transaction: <T>(work: (tx: StoreTx) => Promise<T>) => Promise<T>;
  /** A new record id. */
  newId: () => string;
  close: () => Promise<void>;
}

function txOf(db: Db): StoreTx {
  return { global: new GlobalRecords(db), exportJobs: new BulkExportHousekeeping(db), oauth: new OAuthRecords(db), clinic: (clinicId) => new ClinicScope(db, clinicId) };
}

export function createStore(database: Database): Store {
  const writeCheckIn = checkInWriter(database.db);
  return {
    kind: database.kind,
    global: new GlobalRecords(database.db),
    singleStatement: (clinicId) => ({
      findSession: (tokenHash, now) => findSessionUser(database.db, clinicId, tokenHash, now),
      recordCheckIn: (write) => writeCheckIn(clinicId, write),
    }),
    transaction: (work) => database.db.transaction((tx) => work(txOf(tx as unknown as Db))),
    newId: () => randomUUID(),
    close: () => database.close(),
  };
}
