// A small builder for synthetic case files, shared by the engine's unit tests, the property tests and
// the engine benchmark. Every case starts from a complete, clean intake (red-flag screen with nothing
// positive, irritability confirmed moderate, all on day 0) so a test states only what it is about.
// Days are counted from EPISODE_START: `day(7)` is one week in. The builder returns parsed case
// files (defaults applied, cross-record rules checked), as the engine receives them.
import type { z } from 'zod';
import { caseFileSchema } from '../../src/domain/records/index.ts';
import type {
  CaseFile, CaseFileInput, checkInSchema, flareSchema, goalSchema, ModalityCode, sessionSchema,
} from '../../src/domain/records/index.ts';
import { resolveSettings, type Settings, type SettingsOverrides } from '../../src/domain/settings/index.ts';
import { addDays } from '../../src/domain/time.ts';
import { createRandom } from '../../src/sim/random.ts';

type SessionInput = z.input<typeof sessionSchema>;
type CheckInInput = z.input<typeof checkInSchema>;
type FlareInput = z.input<typeof flareSchema>;
type GoalInput = z.input<typeof goalSchema>;
type IntakeInput = NonNullable<CaseFileInput['intake']>;

export const EPISODE_START = '2026-01-05';

/** The ISO date `n` days after the episode start. */
export function day(n: number): string {
  return addDays(EPISODE_START, n);
}

/** A date-time `hours` after midnight UTC of day `n`, e.g. at(3, 9.5) is 09:30 on day 3. */
export function at(n: number, hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  const extraDays = Math.floor(whole / 24);
  const hh = String(whole % 24).padStart(2, '0');
  const mm = String(minutes).padStart(2, '0');
  return `${day(n + extraDays)}T${hh}:${mm}:00Z`;
}

/** A small seeded generator (the simulator's mulberry32): synthetic data and shuffles that replay exactly. */
export function seeded(seed: number): () => number {
  return createRandom(seed).next;
}

/** Settings with a clinic's overrides (checked against the catalogue's ranges). */
export function settingsWith(overrides: SettingsOverrides = {}): Settings {
  return resolveSettings(overrides);
}

export const defaultIntake: IntakeInput = {
  completedOn: EPISODE_START,
  redFlags: { date: EPISODE_START, answers: [{ item: 'cauda-equina-bladder-bowel', present: false }] },
  irritability: { confirmed: 'moderate', confirmedOn: EPISODE_START },
};

export interface CaseParts extends Omit<Partial<CaseFileInput>, 'intake'> {
  /** Merged over the default intake, field by field. */
  intake?: Partial<IntakeInput>;
}

/** A whole case-file input: the defaults with `parts` on top (not yet parsed). */
export function caseInput(parts: CaseParts = {}): CaseFileInput {
  const { intake, ...rest } = parts;
  return {
    schemaVersion: 1,
    patient: { birthDate: '1980-03-15', sex: 'female' },
    episode: { startDate: EPISODE_START, regions: ['low-back'], condition: 'low-back-pain' },
    ...rest,
    intake: { ...defaultIntake, ...intake },
  };
}

/** A parsed case file: the defaults with `parts` on top. Throws if the result is not schema-valid. */
export function buildCase(parts: CaseParts = {}): CaseFile {
  return caseFileSchema.parse(caseInput(parts));
}

export interface SessionOptions {
  /** Minutes of dry needling (passive care). */
  passive?: number;
  /** Minutes of progressive loading (active care). */
  active?: number;
  /** Extra modalities, e.g. education (neither side of the passive share). */
  modalities?: { modality: ModalityCode; minutes: number }[];
  /** Relief after the previous session as reported at this one; undefined reports nothing. */
  reliefDays?: number | null;
  findings?: { goalId: string; value: number }[];
}

/** A session on `date` (a date or date-time). Without minutes it is 30 minutes of dry needling. */
export function session(id: string, date: string, options: SessionOptions = {}): SessionInput {
  const passive = options.passive ?? (options.active === undefined && options.modalities === undefined ? 30 : 0);
  const modalities: { modality: ModalityCode; minutes: number }[] = [];
  if (passive > 0) modalities.push({ modality: 'dry-needling', minutes: passive });
  if (options.active !== undefined && options.active > 0) modalities.push({ modality: 'progressive-loading', minutes: options.active });
  modalities.push(...(options.modalities ?? []));
  return {
    id,
    date,
    modalities,
    ...(options.reliefDays !== undefined ? { responseSinceLastSession: { reliefDays: options.reliefDays } } : {}),
    ...(options.findings ? { findings: options.findings } : {}),
  };
}

/**
 * Sessions on the given day numbers, ids s1, s2, ...; `reliefDays[i]` is reported at session i
 * (about the session before it), so reliefDays[0] is ignored.
 */
export function sessionsOn(days: readonly number[], options: Omit<SessionOptions, 'reliefDays'> & { reliefDays?: readonly (number | null | undefined)[] } = {}): SessionInput[] {
  return days.map((n, i) => {
    const relief = i === 0 ? undefined : options.reliefDays?.[i];
    const { reliefDays: _ignored, ...rest } = options;
    return session(`s${i + 1}`, day(n), { ...rest, ...(relief !== undefined ? { reliefDays: relief } : {}) });
  });
}

export type CheckInOptions = Omit<CheckInInput, 'id' | 'date' | 'painNow'> & { painNow?: number; id?: string };

/** A check-in on `date`; id "c-<date>" unless given; pain 3 unless given. */
export function checkIn(date: string, options: CheckInOptions = {}): CheckInInput {
  const { id, painNow, ...rest } = options;
  return { id: id ?? `c-${date}`, date, painNow: painNow ?? 3, ...rest };
}

/** One check-in per day from day `from` to day `to` inclusive, each shaped by `shape(n)`. */
export function dailyCheckIns(from: number, to: number, shape: (n: number) => CheckInOptions = () => ({})): CheckInInput[] {
  const list: CheckInInput[] = [];
  for (let n = from; n <= to; n++) list.push(checkIn(day(n), shape(n)));
  return list;
}

/** A flare from `start` to `end` (undefined: under way). */
export function flare(id: string, start: string, end?: string, extra: Partial<FlareInput> = {}): FlareInput {
  return { id, start, ...(end !== undefined ? { end } : {}), ...extra };
}

/** An ability goal (0-10), set on day 0 unless given. */
export function abilityGoal(id: string, baseline: number, target: number, extra: Partial<GoalInput> = {}): GoalInput {
  return { id, activity: `Goal ${id}`, measure: { kind: 'ability' }, baseline, target, setOn: EPISODE_START, ...extra };
}

type ProgrammeVersionInput = NonNullable<CaseFileInput['programme']>[number];
type ProgrammeItemInput = ProgrammeVersionInput['items'][number];

/** A programme item: `exerciseId` at `dose`, `daysPerWeek` (7 unless given), started on day `startDay` (0). */
export function programmeItem(exerciseId: string, dose: ProgrammeItemInput['dose'], daysPerWeek = 7, startDay = 0): ProgrammeItemInput {
  return { exerciseId, dose, daysPerWeek, startDate: day(startDay) };
}

/** A programme version in effect from day `n`, by a clinician, with a reason. */
export function programmeVersion(id: string, n: number, items: ProgrammeItemInput[], reason = 'Programme set with the patient.'): ProgrammeVersionInput {
  return { id, date: day(n), by: 'Dr Test', reason, items };
}
