// The store's surface for the services, the server and the CLI.
export { openDatabase, type Database, type DatabaseOptions } from './database.ts';
export { createStore, ClinicScope, type SingleStatements, type Store, type StoreTx } from './store.ts';
export type { CheckInWrite } from './check-in-write.ts';
export type { EpisodeRecordKind, EpisodeRecordTypes, Stored } from './episode-records.ts';
export type { EpisodeChanges, StoredEpisode } from './episodes.ts';
export type { CaseloadRow, EpisodeSummary, OutcomeRow, StaleSummary, SummarySource } from './episode-summaries.ts';
export type { CareTeamMember, Role, StoredPatient, User, UserSignIn, UserStatus } from './people.ts';
export type { NewSession, SessionSummary, SessionUser } from './sessions.ts';
export type { NewInvitation, OpenInvitation } from './invitations.ts';
export type { AuditAction, AuditDetail, AuditEvent, AuditEventInput, AuditFilter } from './audit.ts';
export type { DocumentRecord, StoredDocument } from './documents.ts';
export { FIRST_SETTINGS_VERSION, type ClinicChange, type ClinicChangeInput, type ClinicProfile } from './clinic-settings.ts';
export type { CheckInRead } from './check-in-reads.ts';
export { exportDatabase, importDatabase, backupTables, type BackupLine } from './backup.ts';
export { createBulkLoader, emptyBatch, encodeBatch, type BulkBatch, type BulkLoader, type EncodedBatch } from './bulk-load.ts';
