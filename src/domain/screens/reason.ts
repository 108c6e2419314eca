// The screens' reasons are the engine's reasons: one shape, declared in records so neither imports the other.
export type { Reason as RuleReason } from '../records/reason.ts';
