// One timeline for the episode, three lanes on a shared time axis: the 0-10 lane (pain and each
// goal's ability), the relief window per session (bars, hatched when it held to the next session),
// and passive/active minutes stacked per session. Phase bands sit behind everything; flares are
// shaded by class across all lanes. Drawn as SVG: no chart library weight, and a table and a
// sentence give the same facts as text.
import type { ReactElement } from 'react';
import { flareColour, flareEdge, flareLabel, phaseColour, phaseLabel } from '../words.ts';
import { useWidth } from './use-width.ts';
import { describeTimeline, type Point, type TimelineData } from './timeline-data.ts';

const goalColours = ['#2e7d32', '#6a1b9a', '#00838f', '#8d6e00'];
const PAIN = '#c62828';
const PASSIVE = '#7e57c2';
const ACTIVE = '#26a69a';
const RELIEF = '#1f5fa8';

const fmtDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(5, 10);

function linePath(points: readonly Point[], x: (d: number) => number, y: (v: number) => number): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.day).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
}

export function TimelineChart({ data }: { data: TimelineData }): ReactElement {
  const [ref, width] = useWidth<HTMLDivElement>();
  const left = 34;
  const right = 10;
  const lanes = { scale: { top: 8, height: 120 }, relief: { top: 150, height: 60 }, minutes: { top: 232, height: 50 } };
  const height = 306;
  const span = Math.max(1, data.to - data.from);
  const x = (day: number): number => left + ((day - data.from) / span) * (width - left - right);
  const yScale = (v: number): number => lanes.scale.top + lanes.scale.height * (1 - Math.min(10, v) / 10);
  const maxRelief = Math.max(7, ...data.relief.map((r) => r.days ?? 0));
  const yRelief = (d: number): number => lanes.relief.top + lanes.relief.height * (1 - d / maxRelief);
  const maxMinutes = Math.max(30, ...data.minutes.map((m) => m.passive + m.active));
  const hMinutes = (m: number): number => (m / maxMinutes) * lanes.minutes.height;
  const barWidth = Math.max(3, Math.min(14, ((width - left - right) / span) * 0.8));
  const ticks = Array.from({ length: 6 }, (_, i) => Math.round(data.from + (span * i) / 5));
  const summary = describeTimeline(data);

  return (
    <figure className="timeline" ref={ref}>
      <svg className="chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        {data.bands.map((band) => (
          <rect key={`${band.phase}-${band.from}`} x={x(band.from)} y={0} width={Math.max(0, x(band.to) - x(band.from))} height={lanes.minutes.top + lanes.minutes.height} fill={phaseColour[band.phase]} />
        ))}
        {data.flares.map((flare) => (
          <g key={`flare-${flare.from}-${flare.classification}`}>
            <rect x={x(flare.from)} y={0} width={Math.max(2, x(flare.to) - x(flare.from))} height={lanes.minutes.top + lanes.minutes.height} fill={flareColour[flare.classification]} />
            <rect x={x(flare.from)} y={0} width={Math.max(2, x(flare.to) - x(flare.from))} height={6} fill={flareEdge[flare.classification]} />
          </g>
        ))}
        {/* lane frames and labels */}
        {[0, 5, 10].map((v) => (
          <g key={`s${v}`}>
            <line x1={left} x2={width - right} y1={yScale(v)} y2={yScale(v)} stroke="#c9d0da" strokeDasharray={v === 0 ? undefined : '2 3'} />
            <text x={left - 4} y={yScale(v) + 4} textAnchor="end" fontSize="11" fill="#5b6575">{v}</text>
          </g>
        ))}
        <text x={left} y={lanes.relief.top - 4} fontSize="11" fill="#37414f">Relief window (days)</text>
        <line x1={left} x2={width - right} y1={yRelief(0)} y2={yRelief(0)} stroke="#c9d0da" />
        <text x={left - 4} y={yRelief(maxRelief) + 8} textAnchor="end" fontSize="11" fill="#5b6575">{maxRelief}</text>
        <text x={left} y={lanes.minutes.top - 4} fontSize="11" fill="#37414f">Minutes: passive / active</text>
        <line x1={left} x2={width - right} y1={lanes.minutes.top + lanes.minutes.height} y2={lanes.minutes.top + lanes.minutes.height} stroke="#c9d0da" />
        <text x={left - 4} y={lanes.minutes.top + 8} textAnchor="end" fontSize="11" fill="#5b6575">{maxMinutes}</text>

        {data.relief.map((r) => r.days === null
          ? <text key={`r${r.day}`} x={x(r.day)} y={yRelief(0) - 2} textAnchor="middle" fontSize="10" fill="#5b6575">?</text>
          : <rect key={`r${r.day}`} x={x(r.day) - barWidth / 2} y={yRelief(r.days)} width={barWidth} height={yRelief(0) - yRelief(r.days)} fill={RELIEF} fillOpacity={r.held ? 0.55 : 1} stroke={RELIEF} strokeDasharray={r.held ? '2 2' : undefined} />)}
        {data.minutes.map((m) => {
          const base = lanes.minutes.top + lanes.minutes.height;
          return (
            <g key={`m${m.day}`}>
              <rect x={x(m.day) - barWidth / 2} y={base - hMinutes(m.passive)} width={barWidth} height={hMinutes(m.passive)} fill={PASSIVE} />
              <rect x={x(m.day) - barWidth / 2} y={base - hMinutes(m.passive) - hMinutes(m.active)} width={barWidth} height={hMinutes(m.active)} fill={ACTIVE} />
            </g>
          );
        })}
        {data.goals.map((goal, i) => goal.points.length > 0 && (
          <g key={goal.id}>
            <path d={linePath(goal.points, x, yScale)} fill="none" stroke={goalColours[i % goalColours.length]} strokeWidth="2" />
            {goal.points.map((p) => <circle key={`${goal.id}-${p.day}-${p.value}`} cx={x(p.day)} cy={yScale(p.value)} r="2.5" fill={goalColours[i % goalColours.length]} />)}
          </g>
        ))}
        {data.pain.length > 0 && <path d={linePath(data.pain, x, yScale)} fill="none" stroke={PAIN} strokeWidth="2" strokeDasharray="5 3" />}
        {ticks.map((t, i) => (
          <text key={`t${t}`} x={x(t)} y={height - 4} textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'} fontSize="11" fill="#5b6575">{fmtDay(t)}</text>
        ))}
      </svg>
      <figcaption>
        <ul className="legend">
          <li><span className="swatch" style={{ background: PAIN }} /> Pain (0-10)</li>
          {data.goals.map((goal, i) => (
            <li key={goal.id}><span className="swatch" style={{ background: goalColours[i % goalColours.length] }} /> {goal.activity}{goal.scaled ? ' (10 = target)' : ' (ability 0-10)'}</li>
          ))}
          <li><span className="swatch" style={{ background: RELIEF }} /> Relief window</li>
          <li><span className="swatch" style={{ background: PASSIVE }} /> Passive minutes</li>
          <li><span className="swatch" style={{ background: ACTIVE }} /> Active minutes</li>
          {data.bands.map((b) => <li key={`lb-${b.phase}-${b.from}`}><span className="swatch" style={{ background: phaseColour[b.phase] }} /> {phaseLabel[b.phase]}</li>)}
          {[...new Set(data.flares.map((f) => f.classification))].map((c) => <li key={c}><span className="swatch" style={{ background: flareColour[c], borderTop: `4px solid ${flareEdge[c]}` }} /> {flareLabel[c]} (shaded)</li>)}
        </ul>
        <details>
          <summary>The timeline as a table</summary>
          <p>{summary}</p>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Sessions: relief window and minutes</caption>
              <thead><tr><th scope="col">Session</th><th scope="col">Relief (days)</th><th scope="col">Passive min</th><th scope="col">Active min</th></tr></thead>
              <tbody>
                {data.relief.map((r) => {
                  const m = data.minutes.find((mm) => mm.day === r.day);
                  return <tr key={`row${r.day}`}><td>{fmtDay(r.day)}</td><td>{r.days === null ? 'not known' : `${r.days}${r.held ? '+ (held)' : ''}`}</td><td>{m?.passive ?? 0}</td><td>{m?.active ?? 0}</td></tr>;
                })}
              </tbody>
            </table>
          </div>
        </details>
      </figcaption>
    </figure>
  );
}
