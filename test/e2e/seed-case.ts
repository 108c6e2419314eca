// A clinical vignette of test/cases replayed through the API as a clinic would enter it, its dates
// moved so that the vignette's as-of day falls `asOfDaysAgo` days before today: the engine then finds
// today what the vignette expects (or what follows from it, as time passes without new records).
import { readFileSync } from 'node:fs';
import type { BodyRegion } from '../../src/domain/index.ts';
import { completedAnswers } from '../support/screens.ts';
import type { RunningServer } from './server.ts';

interface Vignette {
  expected: { asOf: string };
  patient: { birthDate: string; sex: string };
  episode: Record<string, unknown> & { startDate: string };
  intake?: Record<string, unknown>;
  goals?: (Record<string, unknown> & { id: string })[];
  sessions?: (Record<string, unknown> & { date: string; findings?: { goalId: string; value: number }[] })[];
  checkIns?: (Record<string, unknown> & { date: string; goals?: { goalId: string; value: number }[] })[];
  flares?: Record<string, unknown>[];
  measures?: Record<string, unknown>[];
  checkpoints?: (Record<string, unknown> & { date: string })[];
}

const DAY = 86_400_000;

export async function seedCase(server: RunningServer, clinician: string, file: string, name: string, asOfDaysAgo: number): Promise<{ patientId: string; episodeId: string }> {
  const v = JSON.parse(readFileSync(`test/cases/${file}`, 'utf8')) as Vignette;
  const todayMs = Date.parse(new Date().toISOString().slice(0, 10));
  const delta = Math.round((todayMs - asOfDaysAgo * DAY - Date.parse(v.expected.asOf)) / DAY);
  // Every YYYY-MM-DD in the vignette's records moves by the same number of days (times of day stay).
  const shift = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/"(\d{4}-\d{2}-\d{2})/g, (_m, day: string) =>
    `"${new Date(Date.parse(day) + delta * DAY).toISOString().slice(0, 10)}`)) as T;
  const { id: _i, ...rest } = { id: '', ...v.episode };
  const patient = await server.call<{ id: string }>(clinician, 'POST', '/patients', { name, ...v.patient });
  const opened = await server.call<{ episode: { id: string; version: number } }>(clinician, 'POST', `/patients/${patient.id}/episodes`, shift(rest));
  const e = opened.episode.id;
  const goalIds = new Map<string, string>();
  for (const { id, ratings: _r, ...goal } of shift(v.goals ?? [])) {
    goalIds.set(id, (await server.call<{ id: string }>(clinician, 'POST', `/episodes/${e}/goals`, goal)).id);
  }
  const goalRef = (g: { goalId: string; value: number }): { goalId: string; value: number } => ({ ...g, goalId: goalIds.get(g.goalId) ?? g.goalId });
  if (v.intake) {
    // A clinician answers every red-flag item the screen asks (issue 18); the vignettes list only the ones they are about.
    const intake = shift(v.intake) as { redFlags?: { answers: { item: string }[]; status?: string } };
    const redFlags = intake.redFlags && intake.redFlags.status !== 'not-done'
      ? { ...intake.redFlags, answers: completedAnswers(intake.redFlags.answers, v.episode.regions as BodyRegion[]) } : intake.redFlags;
    await server.call(clinician, 'PUT', `/episodes/${e}/intake`, { ...intake, ...(redFlags ? { redFlags } : {}), version: opened.episode.version });
  }
  for (const m of shift(v.measures ?? [])) await server.call(clinician, 'POST', `/episodes/${e}/measures`, m);
  for (const { id: _s, ...s } of shift(v.sessions ?? []) as (Record<string, unknown> & { findings?: { goalId: string; value: number }[] })[]) {
    await server.call(clinician, 'POST', `/episodes/${e}/sessions`, { ...s, findings: (s.findings ?? []).map(goalRef) });
  }
  let key = 0;
  for (const { id: _k, ...c } of shift(v.checkIns ?? []) as (Record<string, unknown> & { goals?: { goalId: string; value: number }[] })[]) {
    await server.call(clinician, 'POST', `/episodes/${e}/check-ins`, { ...c, goals: (c.goals ?? []).map(goalRef) }, { 'Idempotency-Key': `case-${e}-${(key += 1)}` });
  }
  for (const { id: _f, ...f } of shift(v.flares ?? [])) await server.call(clinician, 'POST', `/episodes/${e}/flares`, f);
  for (const { id: _c, assessment: _a, ...c } of shift(v.checkpoints ?? [])) await server.call(clinician, 'POST', `/episodes/${e}/checkpoints`, c);
  return { patientId: patient.id, episodeId: e };
}
