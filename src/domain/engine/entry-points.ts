// The days the early phases hinge on (spec §4, revised by §4a.1 and §4c.1):
//   - the first relief window of at least `firstWindowDays` ends establishing-response;
//   - movement entry: unbroken relief (relief that held to the next session and went on after it is
//     one window across sessions) of at least `movementEntryWindowDays` at
//     `movementEntryConsecutiveSessions` consecutive sessions, on a day whose irritability grade in
//     force is not high (a later grade that is not high lets it enter from that grade's day);
//   - active care delivered: active minutes at `activeEntrySessions` consecutive sessions, or home
//     exercise reported done across `activeHomeLogDays`, with no flare needing reassessment in that
//     stretch: the clinician has already moved, so the phase follows, whatever the windows showed;
//   - a low irritability grade at intake with no fear-avoidance signs starts blended.
// Blended care begins on the earliest of these.
import type { CaseFile } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { addDays, dayNumber, dayOf } from '../time.ts';
import type { AssessedFlare, PassiveSharePoint, Reason } from './assessment.ts';
import type { IntakeStatus } from './intake-status.ts';
import { describeGrade, firstDayNotHigh, gradeOn } from './irritability.ts';
import { dayWindowReached, describeUnbroken, unbrokenReached, type ReliefWindow } from './relief-window.ts';
import { plural } from './statistics.ts';

const later = (a: string, b: string): string => (a > b ? a : b);

export interface EntryInputs {
  file: CaseFile;
  settings: Settings;
  intake: IntakeStatus;
  windows: readonly ReliefWindow[];
}

/** The first day the relief window reached `days`, and the session it followed. */
export function firstResponse(windows: readonly ReliefWindow[], days: number): { day: string; window: ReliefWindow } | null {
  let best: { day: string; window: ReliefWindow } | null = null;
  for (const window of windows) {
    const day = dayWindowReached(window, days);
    if (day !== null && (best === null || day < best.day)) best = { day, window };
  }
  return best;
}

/** `count` consecutive sessions whose unbroken relief each reached `days`: the day the last was known, and its words. */
export function movementEntry(windows: readonly ReliefWindow[], days: number, count: number): { day: string; text: string } | null {
  let best: { day: string; text: string } | null = null;
  const reached = windows.map((_, i) => unbrokenReached(windows, i, days));
  for (let end = count - 1; end < windows.length; end++) {
    const run = reached.slice(end - count + 1, end + 1);
    if (run.some((d) => d === null)) continue;
    const day = run.reduce<string>((a, b) => later(a, b ?? a), '0000-00-00');
    if (best === null || day < best.day) {
      const text = windows.slice(end - count + 1, end + 1).map((w, k) => `${dayOf(w.date)}: ${describeUnbroken(windows, end - count + 1 + k, day)}`).join('; ');
      best = { day, text };
    }
  }
  return best;
}

/** The reassess flares under way or begun between two days. */
function reassessBetween(flares: readonly AssessedFlare[], from: string, to: string): boolean {
  return flares.some((f) => f.classification === 'reassess' && f.duplicateOf === undefined && dayOf(f.start) <= to && (f.end === null || dayOf(f.end) >= from));
}

/** Active minutes at `activeEntrySessions` consecutive sessions with no reassess flare in the stretch. */
function activeDelivered(shares: readonly PassiveSharePoint[], flares: readonly AssessedFlare[], settings: Settings): { day: string; reason: Reason } | null {
  const count = settings.activeEntrySessions;
  for (let end = count - 1; end < shares.length; end++) {
    const run = shares.slice(end - count + 1, end + 1);
    if (!run.every((s) => s.activeMinutes > 0)) continue;
    const from = dayOf(run[0]?.date ?? '');
    const day = dayOf(run[run.length - 1]?.date ?? '');
    if (reassessBetween(flares, from, day)) continue;
    return { day, reason: { rule: 'active-care-delivered', text: `Active work was given at ${plural(count, 'consecutive session')} (${run.map((s) => `${dayOf(s.date)}: ${s.activeMinutes} min`).join('; ')}) with no flare needing reassessment: the plan has already moved to blended care.` } };
  }
  return null;
}

/** Home exercise reported done (yes or partly) on most answers of each week across `activeHomeLogDays`. */
function homeLogged(file: CaseFile, from: string, before: string | null, flares: readonly AssessedFlare[], settings: Settings): { day: string; reason: Reason } | null {
  const answers = file.checkIns.filter((c) => c.hep !== undefined && dayOf(c.date) >= from).map((c) => ({ day: dayNumber(c.date), done: c.hep !== 'no' }));
  if (answers.length === 0) return null;
  // Prefix counts of answers and of "done" answers, so any stretch of days is counted by bisection.
  const done = [0];
  for (const a of answers) done.push((done[done.length - 1] ?? 0) + (a.done ? 1 : 0));
  const index = (day: number): number => { let lo = 0; let hi = answers.length; while (lo < hi) { const mid = (lo + hi) >>> 1; if ((answers[mid]?.day ?? Infinity) < day) lo = mid + 1; else hi = mid; } return lo; };
  const count = (fromDay: number, toDay: number): { answered: number; done: number } => {
    const a = index(fromDay);
    const b = index(toDay + 1);
    return { answered: b - a, done: (done[b] ?? 0) - (done[a] ?? 0) };
  };
  const span = settings.activeHomeLogDays;
  const weeks = Math.ceil(span / 7);
  const firstLogged = answers[0]?.day ?? 0;
  const bound = before === null ? Infinity : dayNumber(before);
  for (const last of answers) {
    // Only an earlier day than the other ways in can change when blended care began.
    if (last.day >= bound) break;
    if (!last.done) continue;
    const first = last.day - span + 1;
    // Logged for the whole span: the log began on or before its first day.
    if (first < firstLogged) continue;
    let ok = true;
    for (let w = 0; w < weeks && ok; w++) {
      const week = count(first + w * 7, Math.min(last.day, first + w * 7 + 6));
      ok = week.answered > 0 && week.done / week.answered > 1 - settings.lowAdherenceShare;
    }
    const lastDay = addDays('1970-01-01', last.day);
    const firstDay = addDays(lastDay, 1 - span);
    if (!ok || reassessBetween(flares, firstDay, lastDay)) continue;
    return { day: lastDay, reason: { rule: 'active-care-delivered', text: `Home exercise reported done on most check-ins of every week from ${firstDay} to ${lastDay} (${plural(span, 'day')}): active work is under way.` } };
  }
  return null;
}

export interface EntryPoints {
  first: { day: string; window: ReliefWindow } | null;
  /** Movement entry by the windows, irritability aside. */
  entry: { day: string; text: string } | null;
  /** The day blended care begins, and why; null while it has not. */
  blended: { day: string; reasons: Reason[] } | null;
  lowIrritabilityStart: boolean;
  /** Movement entry met by the windows while the grade in force is high: the grade must be looked at again. */
  awaitingRegrade: Reason | null;
}

/** A low irritability grade at intake with no fear-avoidance signs: blended from the start (spec §4). */
export function startsBlended(intake: IntakeStatus): boolean {
  const intakeGrade = intake.grades[0];
  return intakeGrade?.grade === 'low' && intakeGrade.source === 'intake' && !intake.fearAvoidance;
}

export function entryPoints(inputs: EntryInputs & { shares: readonly PassiveSharePoint[]; flares: readonly AssessedFlare[]; asOf: string }): EntryPoints | null {
  const { settings, intake, windows, shares, flares, file, asOf } = inputs;
  if (intake.urgent || !intake.complete || intake.startDay === null) return null;
  const start = intake.startDay;
  if (startsBlended(intake)) {
    return { first: null, entry: null, blended: { day: start, reasons: [{ rule: 'low-irritability-start', text: 'Irritability confirmed low at intake and no fear-avoidance signs: active work can start beside passive care from the outset.' }] }, lowIrritabilityStart: true, awaitingRegrade: null };
  }
  const first = firstResponse(windows, settings.firstWindowDays);
  const entry = movementEntry(windows, settings.movementEntryWindowDays, settings.movementEntryConsecutiveSessions);
  const candidates: { day: string; reasons: Reason[] }[] = [];
  let awaitingRegrade: Reason | null = null;
  if (entry) {
    const from = later(entry.day, start);
    const open = firstDayNotHigh(intake.grades, from);
    const windowsText = `Unbroken relief of at least ${plural(settings.movementEntryWindowDays, 'day')} at ${plural(settings.movementEntryConsecutiveSessions, 'consecutive session')} (${entry.text})`;
    if (open !== null && open <= asOf) {
      const grade = gradeOn(intake.grades, open);
      candidates.push({ day: open, reasons: [{ rule: 'movement-entry', text: `${windowsText}, and irritability ${grade ? describeGrade(grade) : 'not graded'}: active work enters beside passive care.` }] });
    } else {
      const current = intake.irritabilityGrade;
      const stale = current !== null && addDays(current.date, settings.irritabilityStaleDays) < asOf;
      awaitingRegrade = {
        rule: 'regrade-irritability',
        text: `${windowsText}: the window has held a week twice. Irritability is ${current ? describeGrade(current) : 'not graded'}${stale ? `, a grade older than ${plural(settings.irritabilityStaleDays, 'day')}: stale` : ''}. Grade irritability again; if it is no longer high, active work can enter.`,
      };
    }
  }
  const active = activeDelivered(shares.filter((s) => dayOf(s.date) >= start), flares, settings);
  if (active) candidates.push({ day: active.day, reasons: [active.reason] });
  const earliest = candidates.reduce<string | null>((day, c) => (day === null || c.day < day ? c.day : day), null);
  const home = homeLogged(file, start, earliest, flares, settings);
  if (home) candidates.push({ day: home.day, reasons: [home.reason] });
  const blended = candidates.sort((a, b) => a.day.localeCompare(b.day))[0] ?? null;
  return { first, entry, blended, lowIrritabilityStart: false, awaitingRegrade: blended && blended.day <= asOf ? null : awaitingRegrade };
}
