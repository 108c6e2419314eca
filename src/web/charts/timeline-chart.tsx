// One timeline for the episode, three lanes on a shared time axis ending today: the 0-10 lane (pain
// and each goal's ability), the relief window per session (bars, lighter when it held to the next
// session), and passive/active minutes stacked per session. Phase bands sit behind everything, each
// with its own colour and pattern; flares are shaded by class across all lanes. Hovering, or focusing
// the chart and moving with the arrow keys, shows every value of a day; a table gives the sessions
// and the check-ins as text. Drawn as SVG: no chart library weight.
import { useState, type KeyboardEvent, type MouseEvent, type ReactElement } from 'react';
import type { Phase } from '../client/types.ts';
import { flareColour, flareEdge, flareLabel, phaseColour, phaseLabel } from '../words.ts';
import { useWidth } from './use-width.ts';
import { axisTicks, dataDays, describeTimeline, fmtDate, fmtValue, phasesShown, readoutFor, type Point, type TimelineData } from './timeline-data.ts';

const goalColours = ['#1b7a3a', '#6a1b9a', '#00738a', '#7a5c00'];
const PAIN = '#c62828';
const PASSIVE = '#7e57c2';
const ACTIVE = '#26a69a';
const RELIEF = '#1f5fa8';

/** Each phase's pattern (drawn over its colour): lines at different angles, dots, or none. */
const phasePattern: Record<Phase, { path: string; stroke: string } | null> = {
  screening: { path: 'M2 2h1v1h-1z M6 6h1v1h-1z', stroke: '#6b6b6b' },
  'establishing-response': { path: 'M0 8L8 0', stroke: '#b3661b' },
  'extending-window': { path: 'M0 4h8', stroke: '#3d7fb0' },
  blended: { path: 'M0 8L8 0 M0 0L8 8', stroke: '#2f8a6a' },
  'active-dominant': { path: 'M4 0v8', stroke: '#8f7f14' },
  graduated: null,
};

function linePath(points: readonly Point[], x: (d: number) => number, y: (v: number) => number): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.day).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
}

function PhasePatterns(): ReactElement {
  return (
    <defs>
      {(Object.keys(phaseColour) as Phase[]).map((phase) => {
        const pattern = phasePattern[phase];
        return (
          <pattern key={phase} id={`phase-${phase}`} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={phaseColour[phase]} />
            {pattern && <path d={pattern.path} stroke={pattern.stroke} strokeWidth="1" strokeOpacity="0.45" fill={pattern.stroke} fillOpacity="0.45" />}
          </pattern>
        );
      })}
    </defs>
  );
}

function PhaseSwatch({ phase }: { phase: Phase }): ReactElement {
  // The pattern is the chart's own (one set of pattern ids per page).
  return <svg className="swatch" width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill={`url(#phase-${phase})`} /></svg>;
}

/** The day the pointer or the keys have chosen, and the ways to move it. */
function useChosenDay(days: readonly number[]): {
  day: number | null; choose: (day: number | null) => void; onKeyDown: (e: KeyboardEvent) => void; onFocus: () => void;
} {
  const [day, choose] = useState<number | null>(null);
  const index = day === null ? -1 : days.indexOf(day);
  const onKeyDown = (e: KeyboardEvent): void => {
    const next = e.key === 'ArrowLeft' ? Math.max(0, index - 1) : e.key === 'ArrowRight' ? Math.min(days.length - 1, index + 1)
      : e.key === 'Home' ? 0 : e.key === 'End' ? days.length - 1 : e.key === 'Escape' ? -2 : null;
    if (next === null) return;
    e.preventDefault();
    choose(next === -2 ? null : (days[next] ?? null));
  };
  const onFocus = (): void => { if (day === null && days.length > 0) choose(days[days.length - 1] ?? null); };
  return { day, choose, onKeyDown, onFocus };
}

function TimelineTables({ data, summary }: { data: TimelineData; summary: string }): ReactElement {
  const checkIns = [...data.checkIns].reverse();
  return (
    <details>
      <summary>The timeline as tables</summary>
      <p>{summary}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Timeline sessions (scrolls sideways)">
        <table>
          <caption>Sessions: relief window and minutes</caption>
          <thead><tr><th scope="col">Session</th><th scope="col">Relief (days)</th><th scope="col">Passive min</th><th scope="col">Active min</th></tr></thead>
          <tbody>
            {data.relief.map((r, i) => {
              const m = data.minutes.find((mm) => mm.day === r.day);
              return <tr key={`row-${i}`}><td>{fmtDate(r.day)}</td><td>{r.days === null ? 'not known' : `${r.days}${r.held ? '+ (held)' : ''}`}</td><td>{m?.passive ?? 0}</td><td>{m?.active ?? 0}</td></tr>;
            })}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Timeline check-ins (scrolls sideways)">
        <table>
          <caption>Timeline check-ins: pain, goals and notes, newest first</caption>
          <thead><tr><th scope="col">Day</th><th scope="col">Pain</th><th scope="col">Goals</th><th scope="col">Note</th></tr></thead>
          <tbody>
            {checkIns.length === 0 && <tr><td colSpan={4}>No check-ins yet.</td></tr>}
            {checkIns.map(({ day, checkIn }) => (
              <tr key={checkIn.id}>
                <td>{fmtDate(day)}</td>
                <td>{fmtValue(checkIn.painNow)}</td>
                <td>{checkIn.goals.map((g) => `${data.goals.find((x) => x.id === g.goalId)?.activity ?? 'goal'}: ${fmtValue(g.value)}`).join('; ') || '–'}</td>
                <td className="pre-line">{checkIn.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function TimelineChart({ data }: { data: TimelineData }): ReactElement {
  const [ref, width] = useWidth<HTMLDivElement>();
  const days = dataDays(data);
  const chosen = useChosenDay(days);
  const left = 34;
  const right = 10;
  const lanes = { scale: { top: 8, height: 120 }, relief: { top: 150, height: 60 }, minutes: { top: 232, height: 50 } };
  const height = 306;
  const bottom = lanes.minutes.top + lanes.minutes.height;
  const span = Math.max(1, data.to - data.from);
  const plot = width - left - right;
  const x = (day: number): number => left + ((day - data.from) / span) * plot;
  const yScale = (v: number): number => lanes.scale.top + lanes.scale.height * (1 - Math.min(10, v) / 10);
  const maxRelief = Math.max(7, ...data.relief.map((r) => r.days ?? 0));
  const yRelief = (d: number): number => lanes.relief.top + lanes.relief.height * (1 - d / maxRelief);
  const maxMinutes = Math.max(30, ...data.minutes.map((m) => m.passive + m.active));
  const hMinutes = (m: number): number => (m / maxMinutes) * lanes.minutes.height;
  const barWidth = Math.max(3, Math.min(14, (plot / span) * 0.8));
  const ticks = axisTicks(data, Math.max(2, Math.min(6, Math.floor(plot / 95))));
  const summary = describeTimeline(data);
  const readout = chosen.day === null ? null : readoutFor(data, chosen.day);
  const nearest = (e: MouseEvent<SVGSVGElement>): void => {
    const box = e.currentTarget.getBoundingClientRect();
    const day = data.from + ((e.clientX - box.left - left) / plot) * span;
    const best = days.reduce<number | null>((b, d) => (b === null || Math.abs(d - day) < Math.abs(b - day) ? d : b), null);
    chosen.choose(best);
  };

  return (
    <figure className="timeline" ref={ref}>
      <div className="timeline-plot" tabIndex={0} role="group" onKeyDown={chosen.onKeyDown} onFocus={chosen.onFocus}
        aria-label="Timeline values: use the left and right arrow keys to go from day to day, Home and End for the first and last">
        <svg className="chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}
          onMouseMove={nearest} onMouseLeave={() => chosen.choose(null)}>
          <PhasePatterns />
          <clipPath id="timeline-plot-area"><rect x={left} y={0} width={plot} height={height} /></clipPath>
          <g clipPath="url(#timeline-plot-area)">
            {data.bands.map((band, i) => (
              <rect key={`band-${i}`} x={x(band.from)} y={0} width={Math.max(0, x(band.to) - x(band.from))} height={bottom} fill={`url(#phase-${band.phase})`} />
            ))}
            {data.flares.map((flare, i) => (
              <g key={`flare-${i}`}>
                <rect x={x(flare.from)} y={0} width={Math.max(2, x(flare.to) - x(flare.from))} height={bottom} fill={flareColour[flare.classification]} />
                <rect x={x(flare.from)} y={0} width={Math.max(2, x(flare.to) - x(flare.from))} height={6} fill={flareEdge[flare.classification]} />
              </g>
            ))}
            {data.relief.map((r, i) => r.days === null
              ? <text key={`r-${i}`} x={x(r.day)} y={yRelief(0) - 2} textAnchor="middle" fontSize="10" fill="#37414f">?</text>
              : <rect key={`r-${i}`} x={x(r.day) - barWidth / 2} y={yRelief(r.days)} width={barWidth} height={yRelief(0) - yRelief(r.days)} fill={RELIEF} fillOpacity={r.held ? 0.55 : 1} stroke={RELIEF} strokeDasharray={r.held ? '2 2' : undefined} />)}
            {data.minutes.map((m, i) => (
              <g key={`m-${i}`}>
                <rect x={x(m.day) - barWidth / 2} y={bottom - hMinutes(m.passive)} width={barWidth} height={hMinutes(m.passive)} fill={PASSIVE} />
                <rect x={x(m.day) - barWidth / 2} y={bottom - hMinutes(m.passive) - hMinutes(m.active)} width={barWidth} height={hMinutes(m.active)} fill={ACTIVE} />
              </g>
            ))}
            {data.goals.map((goal, gi) => goal.points.length > 0 && (
              <g key={goal.id}>
                <path d={linePath(goal.points, x, yScale)} fill="none" stroke={goalColours[gi % goalColours.length]} strokeWidth="2" />
                {goal.points.map((p, i) => <circle key={`${goal.id}-${i}`} cx={x(p.day)} cy={yScale(p.value)} r="2.5" fill={goalColours[gi % goalColours.length]} />)}
              </g>
            ))}
            {data.pain.length > 0 && <path d={linePath(data.pain, x, yScale)} fill="none" stroke={PAIN} strokeWidth="2" strokeDasharray="5 3" />}
            {chosen.day !== null && <line x1={x(chosen.day)} x2={x(chosen.day)} y1={0} y2={bottom} stroke="#1d2430" strokeWidth="1.5" />}
          </g>
          {/* lane frames and labels */}
          {[0, 5, 10].map((v) => (
            <g key={`s${v}`}>
              <line x1={left} x2={width - right} y1={yScale(v)} y2={yScale(v)} stroke="#c9d0da" strokeDasharray={v === 0 ? undefined : '2 3'} />
              <text x={left - 4} y={yScale(v) + 4} textAnchor="end" fontSize="11" fill="#37414f">{v}</text>
            </g>
          ))}
          <text x={left} y={lanes.relief.top - 4} fontSize="11" fill="#1d2430">Relief window (days)</text>
          <line x1={left} x2={width - right} y1={yRelief(0)} y2={yRelief(0)} stroke="#c9d0da" />
          <text x={left - 4} y={yRelief(maxRelief) + 8} textAnchor="end" fontSize="11" fill="#37414f">{maxRelief}</text>
          <text x={left} y={lanes.minutes.top - 4} fontSize="11" fill="#1d2430">Minutes: passive / active</text>
          <line x1={left} x2={width - right} y1={bottom} y2={bottom} stroke="#c9d0da" />
          <text x={left - 4} y={lanes.minutes.top + 8} textAnchor="end" fontSize="11" fill="#37414f">{maxMinutes}</text>
          {ticks.map((t, i) => (
            <text key={`t-${i}`} x={x(t.day)} y={height - 4} textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'} fontSize="11" fill="#37414f">{t.label}</text>
          ))}
        </svg>
        <div className="timeline-readout" aria-live="polite">
          {readout ? <ul>{readout.map((line, i) => <li key={i} className={i === 0 ? 'readout-day' : undefined}>{line}</li>)}</ul>
            : <p className="muted">Point at the chart, or focus it and use the arrow keys, to read a day's values.</p>}
        </div>
      </div>
      <figcaption>
        <ul className="legend">
          <li><span className="swatch" style={{ background: PAIN }} /> Pain (0-10)</li>
          {data.goals.map((goal, i) => (
            <li key={goal.id}><span className="swatch" style={{ background: goalColours[i % goalColours.length] }} /> {goal.activity}{goal.scaled ? ' (10 = target)' : ' (ability 0-10)'}</li>
          ))}
          <li><span className="swatch" style={{ background: RELIEF }} /> Relief window</li>
          <li><span className="swatch" style={{ background: PASSIVE }} /> Passive minutes</li>
          <li><span className="swatch" style={{ background: ACTIVE }} /> Active minutes</li>
          {phasesShown(data).map((phase) => <li key={`phase-${phase}`}><PhaseSwatch phase={phase} /> {phaseLabel[phase]}</li>)}
          {[...new Set(data.flares.map((f) => f.classification))].map((c) => <li key={`flare-${c}`}><span className="swatch" style={{ background: flareColour[c], borderTop: `4px solid ${flareEdge[c]}` }} /> {flareLabel[c]} (shaded)</li>)}
        </ul>
        <TimelineTables data={data} summary={summary} />
      </figcaption>
    </figure>
  );
}
