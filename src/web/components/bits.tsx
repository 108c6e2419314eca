// Small pieces shared by the pages: flag badges, a goal progress bar, a relief-window sparkline.
import type { ReactElement } from 'react';
import type { FlagCode } from '../client/types.ts';
import { flagLabel, flagSeverity, labelOf, reliefTrendLabel } from '../words.ts';

const isFlag = (code: string): code is FlagCode => code in flagLabel;

export function FlagBadges({ flags }: { flags: readonly string[] }): ReactElement {
  if (flags.length === 0) return <span className="muted">none</span>;
  const sorted = [...flags].sort((a, b) => (isFlag(a) ? flagSeverity[a] : 99) - (isFlag(b) ? flagSeverity[b] : 99));
  return (
    <ul className="badges" aria-label="Flags">
      {sorted.map((flag) => (
        <li key={flag} className={`badge flag-${flag}`}>{isFlag(flag) ? flagLabel[flag] : flag}</li>
      ))}
    </ul>
  );
}

/**
 * Baseline → current → target as one bar: the filled part is the way from baseline to target
 * covered so far (it can be empty, or marked below baseline).
 */
export function GoalBar({ label, baseline, current, target, unit }: {
  label: string; baseline: number; current: number | null; target: number; unit: string;
}): ReactElement {
  const span = target - baseline;
  const progress = current === null || span <= 0 ? 0 : (current - baseline) / span;
  const shown = Math.max(0, Math.min(1, progress));
  const text = current === null
    ? `${label}: no rating yet (baseline ${baseline}, target ${target} ${unit})`
    : `${label}: ${current} ${unit} now, from ${baseline} toward ${target} (${Math.round(progress * 100)}% of the way)`;
  return (
    <div className="goal-bar">
      <div className="goal-bar-label"><span>{label}</span><span className="muted">{current ?? '–'} / {target} {unit}</span></div>
      <div className="bar" role="meter" aria-valuemin={baseline} aria-valuemax={target} aria-valuenow={current ?? baseline} aria-label={text} title={text}>
        <div className={`bar-fill${progress < 0 ? ' below' : ''}`} style={{ width: `${shown * 100}%` }} />
      </div>
      <div className="goal-bar-ends muted" aria-hidden="true"><span>baseline {baseline}</span><span>target {target}</span></div>
    </div>
  );
}

/** A tiny bar chart of the last relief windows (days), or the trend in words when none is sent. */
export function Sparkline({ values, trend }: { values: readonly (number | null)[] | undefined; trend: string }): ReactElement {
  const arrow = trend === 'growing' ? '↗' : trend === 'shrinking' ? '↘' : trend === 'stable' ? '→' : '·';
  const trendWords = labelOf(reliefTrendLabel, trend);
  if (!values || values.length === 0) {
    return <span className={`trend trend-${trend}`}><span aria-hidden="true">{arrow} </span>{trendWords}</span>;
  }
  const max = Math.max(7, ...values.map((v) => v ?? 0));
  const width = 64;
  const step = width / values.length;
  const bar = Math.max(1, step - 2);
  const label = `Relief window ${trendWords.toLowerCase()}: ${values.map((v) => (v === null ? 'unknown' : `${v} d`)).join(', ')}`;
  // One path for all bars: a caseload draws thousands of these.
  const d = values.map((v, i) => {
    const h = v === null ? 1 : Math.max(1, (v / max) * 18);
    return `M${(i * step + 1).toFixed(1)} 20v${(-h).toFixed(1)}h${bar.toFixed(1)}v${h.toFixed(1)}z`;
  }).join('');
  return (
    <svg className="sparkline" width={width} height="20" viewBox={`0 0 ${width} 20`} role="img" aria-label={label}>
      <path d={d} fill="#2d6cb5" />
    </svg>
  );
}
