// Irritability as a series (spec §4a.1): graded at intake, and again at any session or checkpoint.
// The engine uses the latest confirmed grade on or before the day in question and says which grade
// it used. The intake grade is dated the day it was confirmed (else the day the intake was completed,
// else the episode's start). Suggestions are never used: only grades a clinician confirmed.
import type { CaseFile } from '../records/case-file.ts';
import type { IrritabilityGradeOn } from './assessment.ts';

export type GradeOn = IrritabilityGradeOn;

/** Every confirmed grade known in the case file (cut to the as-of day), oldest first. */
export function irritabilityGrades(file: CaseFile): GradeOn[] {
  const grades: GradeOn[] = [];
  const intake = file.intake.irritability;
  if (intake.confirmed !== null) {
    grades.push({ grade: intake.confirmed, date: intake.confirmedOn ?? file.intake.completedOn ?? file.episode.startDate, source: 'intake' });
  }
  for (const regrade of file.irritabilityGrades) grades.push({ grade: regrade.grade, date: regrade.date, source: regrade.context });
  // Same day: a later record wins (the case file is sorted by date, then content), the intake first.
  return grades.map((g, i) => ({ g, i })).sort((a, b) => a.g.date.localeCompare(b.g.date) || a.i - b.i).map(({ g }) => g);
}

/** The grade in force on `day`: the latest confirmed on or before it. */
export function gradeOn(grades: readonly GradeOn[], day: string): GradeOn | null {
  let found: GradeOn | null = null;
  for (const grade of grades) {
    if (grade.date > day) break;
    found = grade;
  }
  return found;
}

/** The first day on or after `from` whose grade in force is not high (null when none is, up to the last grade). */
export function firstDayNotHigh(grades: readonly GradeOn[], from: string): string | null {
  const atFrom = gradeOn(grades, from);
  if (atFrom && atFrom.grade !== 'high') return from;
  for (const grade of grades) if (grade.date > from && grade.grade !== 'high') return grade.date;
  return null;
}

export function describeGrade(grade: GradeOn): string {
  const where = grade.source === 'intake' ? 'at intake' : grade.source === 'other' ? 'by a clinician' : `at a ${grade.source}`;
  return `${grade.grade} (graded ${where} on ${grade.date})`;
}
