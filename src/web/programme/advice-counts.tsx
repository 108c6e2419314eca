// The caseload's glance at the programme (spec §4b): how many exercises the engine advises to
// progress, hold or step back, with the step backs first to catch the eye.
import type { ReactElement } from 'react';

export function ProgrammeAdviceCounts({ counts }: { counts: { progress: number; hold: number; regress: number } }): ReactElement {
  const parts = [
    counts.regress > 0 ? <span key="r" className="badge advice-regress">{counts.regress} step back</span> : null,
    counts.progress > 0 ? <span key="p" className="badge advice-progress">{counts.progress} progress</span> : null,
    counts.hold > 0 ? <span key="h" className="badge advice-hold">{counts.hold} hold</span> : null,
  ].filter(Boolean);
  return <div className="programme-advice" aria-label="Programme advice">{parts.length > 0 ? parts : <span className="muted">programme: nothing today</span>}</div>;
}
