// A progress bar on stderr for long commands (spec §6: long work shows progress on stderr), redrawn at
// most every 250 ms and always at the end, so drawing it costs nothing next to the work.
export interface Progress {
  patientsDone: number;
  patientsTotal: number;
  /** Rows written, when the work counts them (a bulk load). */
  rows?: number;
}

export const duration = (seconds: number): string => {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
};

export function progressBar(write: (text: string) => void, started: number): (p: Progress) => void {
  let drawn = 0;
  return (p) => {
    const at = performance.now();
    const last = p.patientsDone >= p.patientsTotal;
    if (!last && at - drawn < 250) return;
    drawn = at;
    const seconds = (at - started) / 1000;
    const rate = p.patientsDone / Math.max(seconds, 1e-3);
    const width = 30;
    const filled = Math.round((width * p.patientsDone) / Math.max(p.patientsTotal, 1));
    const rows = p.rows === undefined ? '' : `  ${(p.rows / Math.max(seconds, 1e-3)).toFixed(0)} rows/s`;
    write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.patientsDone}/${p.patientsTotal} patients  ${rate.toFixed(0)}/s${rows}  ETA ${duration((p.patientsTotal - p.patientsDone) / rate)}   ${last ? '\n' : ''}`);
  };
}
