// The store's surface for the services, the server and the CLI.
export { openDatabase, type Database, type DatabaseOptions } from './database.ts';
export { createStore, ClinicScope, type Store, type StoreTx } from './store.ts';
export type { EpisodeRecordKind, EpisodeRecordTypes, Stored } from './episode-records.ts';
export type { EpisodeChanges, StoredEpisode } from './episodes.ts';
export type { CaseloadRow, EpisodeSummary, OutcomeRow, StaleSummary, SummarySource } from './episode-summaries.ts';
export type { CareTeamMember, Role, StoredPatient, User } from './people.ts';
export type { AuditAction, AuditEvent, AuditEventInput } from './audit.ts';
export type { AuthSession } from './global.ts';
export type { SmartApp, SmartAppInput } from './smart-apps.ts';
export type { OAuthRecord } from './oauth-records.ts';
export type { BulkExportChanges, BulkExportRow, BulkExportStatus, ExportFile } from './bulk-exports.ts';
export { exportDatabase, importDatabase, backupTables, type BackupLine } from './backup.ts';
export { createBulkLoader, emptyBatch, encodeBatch, type BulkBatch, type BulkLoader, type EncodedBatch } from './bulk-load.ts';
export type { DayRange, PatientQuery, TextMatch } from './patient-search.ts';
