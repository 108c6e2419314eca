// The guideline audit: Lin et al. 2020's eleven recommendations as a checklist per episode and per clinic.
export * from './lin-2020.ts';
export { auditStatuses, type AuditStatus } from './audit-rules.ts';
export * from './audit.ts';
