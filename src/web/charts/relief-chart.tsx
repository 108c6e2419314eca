// The patient's view of the relief window: one bar per session, how many days the relief lasted.
// A hatched-looking (lighter) bar held until the next session, so it may have lasted longer.
import type { ReactElement } from 'react';
import type { Assessment } from '../client/types.ts';
import { useWidth } from './use-width.ts';

export function ReliefChart({ windows }: { windows: Assessment['reliefWindows'] }): ReactElement {
  const [ref, width] = useWidth<HTMLDivElement>(340);
  if (windows.length === 0) return <p className="muted">No sessions yet.</p>;
  const height = 140;
  const max = Math.max(7, ...windows.map((w) => w.reliefDays ?? 0));
  const slot = (width - 30) / windows.length;
  const bar = Math.max(4, Math.min(28, slot * 0.7));
  const text = `Relief after each session: ${windows.map((w) => `${w.date.slice(0, 10)} ${w.reliefDays === null ? 'not known' : `${w.reliefDays} days${w.heldToNextSession || w.ongoing ? ' or more' : ''}`}`).join('; ')}.`;
  return (
    <figure ref={ref}>
      <svg className="chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={text}>
        <line x1={26} x2={width} y1={height - 20} y2={height - 20} stroke="#c9d0da" />
        <text x={22} y={14} textAnchor="end" fontSize="11" fill="#5b6575">{max}d</text>
        <text x={22} y={height - 20} textAnchor="end" fontSize="11" fill="#5b6575">0</text>
        {windows.map((w, i) => {
          const h = ((w.reliefDays ?? 0) / max) * (height - 34);
          const cx = 30 + slot * i + slot / 2;
          return (
            <g key={w.sessionId}>
              <rect x={cx - bar / 2} y={height - 20 - h} width={bar} height={h} fill="#1f5fa8" fillOpacity={w.heldToNextSession || w.ongoing ? 0.55 : 1} />
              {(i === 0 || i === windows.length - 1) && <text x={cx} y={height - 6} textAnchor="middle" fontSize="11" fill="#5b6575">{w.date.slice(5, 10)}</text>}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{text}</figcaption>
    </figure>
  );
}
