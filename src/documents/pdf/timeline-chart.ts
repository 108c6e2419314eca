// The episode's timeline as a vector chart: relief-window bars after each session (days, left axis),
// each goal's way from baseline to target as a line (right axis, 0% baseline, 100% target), flares
// shaded by class, checkpoints as dashed rules, the phases as a band along the foot, then a legend
// and the chart in words. Everything is drawn as paths and text, so it prints sharp at any size and
// its labels extract as text.
import type { FlareClassification, Phase, TimelineChart } from '../../domain/index.ts';
import { dayNumber } from '../../domain/time.ts';
import type { Canvas } from './canvas.ts';
import { colours } from './style.ts';

const phaseFill: Record<Phase, string> = {
  screening: '#d9dde3',
  'establishing-response': '#f6dca8',
  'extending-window': '#bcdcf2',
  blended: '#bfe3c5',
  'active-dominant': '#9fd4b2',
  graduated: '#cfc6ee',
};
const flareFill: Record<FlareClassification, string> = {
  'expected-soreness': '#f0b43c', normal: '#e67828', reassess: '#c81e1e', open: '#963ca0',
};
const goalColours = ['#2e7d32', '#8e24aa', '#ef6c00', '#00838f', '#5d4037', '#c2185b'];
const RELIEF = '#2d6cb5';

const PLOT_HEIGHT = 120;
const BAND = 10;
const AXIS = { left: 30, right: 34, below: 12 };

interface Scales {
  x: (date: string) => number;
  dayWidth: number;
  reliefY: (days: number) => number;
  goalY: (percent: number) => number;
  top: number;
  base: number;
  left: number;
  right: number;
  reliefMax: number;
  goalRange: [number, number];
}

function scales(c: Canvas, chart: TimelineChart, top: number): Scales {
  const left = c.left + AXIS.left;
  const right = c.left + c.width - AXIS.right;
  const d0 = dayNumber(chart.from);
  const days = Math.max(1, dayNumber(chart.to) - d0 + 1);
  const dayWidth = (right - left) / days;
  const reliefMax = Math.max(7, Math.ceil(Math.max(0, ...chart.reliefWindows.map((w) => w.days ?? 0)) / 7) * 7);
  const percents = chart.goals.flatMap((g) => g.points.map((p) => p.percent));
  const low = Math.max(-100, Math.min(0, Math.floor(Math.min(0, ...percents) / 25) * 25));
  const high = Math.min(200, Math.max(100, Math.ceil(Math.max(100, ...percents) / 25) * 25));
  const base = top + PLOT_HEIGHT;
  return {
    x: (date) => left + (dayNumber(date) - d0) * dayWidth,
    dayWidth, top, base, left, right, reliefMax, goalRange: [low, high],
    reliefY: (value) => base - (Math.min(value, reliefMax) / reliefMax) * PLOT_HEIGHT,
    goalY: (percent) => base - ((Math.max(low, Math.min(high, percent)) - low) / (high - low)) * PLOT_HEIGHT,
  };
}

function backgrounds(c: Canvas, chart: TimelineChart, s: Scales): void {
  const { doc } = c;
  for (const flare of chart.flares) {
    const x0 = Math.max(s.left, s.x(flare.start));
    const x1 = Math.min(s.right, s.x(flare.end) + s.dayWidth);
    doc.save().fillOpacity(0.22).rect(x0, s.top, Math.max(1, x1 - x0), PLOT_HEIGHT).fill(flareFill[flare.classification]).restore();
    doc.save().rect(x0, s.top, Math.max(1, x1 - x0), 2.5).fill(flareFill[flare.classification]).restore();
  }
  for (const phase of chart.phases) {
    const x0 = Math.max(s.left, s.x(phase.from));
    const x1 = Math.min(s.right, s.x(phase.to) + s.dayWidth);
    doc.rect(x0, s.base + 2, Math.max(0.5, x1 - x0), BAND).fill(phaseFill[phase.phase]);
  }
  // Each phase named on its band where the name fits (the phase history table lists them all).
  c.doc.font(c.style.body).fontSize(c.style.small - 1).fillColor(colours.ink);
  for (const phase of chart.phases) {
    const x0 = Math.max(s.left, s.x(phase.from));
    const x1 = Math.min(s.right, s.x(phase.to) + s.dayWidth);
    if (c.doc.widthOfString(phase.label) + 4 <= x1 - x0) c.doc.text(phase.label, x0 + 2, s.base + 4, { lineBreak: false });
  }
  doc.save().dash(2, { space: 2 }).strokeColor('#8a94a3').lineWidth(0.5);
  for (const day of chart.checkpoints) doc.moveTo(s.x(day), s.top).lineTo(s.x(day), s.base).stroke();
  doc.undash().restore();
}

function axes(c: Canvas, chart: TimelineChart, s: Scales): void {
  const { doc, style } = c;
  doc.strokeColor(colours.rule).lineWidth(0.5).rect(s.left, s.top, s.right - s.left, PLOT_HEIGHT).stroke();
  doc.font(style.body).fontSize(style.small).fillColor(colours.muted);
  // 1 day, 3 days and a week are the steps the spec names (§4: a first window, then 2-3 days, then 7).
  const reliefTicks = s.reliefMax <= 7 ? [0, 1, 3, 7] : Array.from({ length: s.reliefMax / 7 + 1 }, (_, i) => i * 7);
  for (const value of reliefTicks) {
    doc.text(String(value), c.left, s.reliefY(value) - 3, { width: AXIS.left - 4, align: 'right', lineBreak: false });
  }
  doc.text('relief (days)', c.left, s.top - style.small - 4, { lineBreak: false });
  const [low, high] = s.goalRange;
  for (let p = low; p <= high; p += high - low > 150 ? 50 : 25) {
    const label = p === 0 ? 'baseline' : p === 100 ? 'target' : `${p}%`;
    doc.text(label, s.right + 3, s.goalY(p) - 3, { width: AXIS.right, lineBreak: false });
  }
  doc.save().dash(3, { space: 2 }).strokeColor('#2e7d32').lineWidth(0.5).moveTo(s.left, s.goalY(100)).lineTo(s.right, s.goalY(100)).stroke().undash().restore();
  doc.text('way to target', s.right - 40, s.top - style.small - 4, { width: 74, align: 'right', lineBreak: false });
  // Months along the foot; weeks when the episode is short.
  const d0 = dayNumber(chart.from);
  const span = dayNumber(chart.to) - d0;
  const ticks: string[] = [];
  for (let d = 0; d <= span; d += 1) {
    const date = new Date((d0 + d) * 86_400_000).toISOString().slice(0, 10);
    if (span > 70 ? date.endsWith('-01') : d % 7 === 0) ticks.push(date);
  }
  let lastRight = -Infinity;
  for (const date of ticks) {
    const x = s.x(date);
    doc.strokeColor(colours.rule).moveTo(x, s.base).lineTo(x, s.base + 2).stroke();
    const label = span > 70 ? (date.slice(5, 7) === '01' || lastRight < 0 ? date.slice(0, 7) : date.slice(5, 7)) : date.slice(5);
    const width = doc.widthOfString(label);
    if (x - width / 2 > lastRight + 4 && x + width / 2 < c.left + c.width) {
      doc.fillColor(colours.muted).text(label, x - width / 2, s.base + BAND + 4, { lineBreak: false });
      lastRight = x + width / 2;
    }
  }
}

function series(c: Canvas, chart: TimelineChart, s: Scales): void {
  const { doc } = c;
  const bar = Math.max(1.2, Math.min(7, s.dayWidth * 2.5));
  for (const w of chart.reliefWindows) {
    const x = s.x(w.date) + s.dayWidth / 2 - bar / 2;
    if (w.days === null) {
      doc.rect(x, s.base - 1.5, bar, 1.5).fill('#9aa3af');
      continue;
    }
    const y = s.reliefY(w.days);
    if (w.censored) {
      doc.save().fillOpacity(0.45).rect(x, y, bar, s.base - y).fill(RELIEF).restore();
      doc.strokeColor(RELIEF).lineWidth(0.6).rect(x, y, bar, s.base - y).stroke();
    } else {
      doc.rect(x, y, bar, s.base - y).fill(RELIEF);
    }
  }
  doc.save().rect(s.left, s.top, s.right - s.left, PLOT_HEIGHT).clip();
  chart.goals.forEach((goal, i) => {
    const colour = goalColours[i % goalColours.length] ?? colours.ink;
    const points = goal.points.map((p) => [s.x(p.date) + s.dayWidth / 2, s.goalY(p.percent)] as const);
    const first = points[0];
    if (!first) return;
    doc.moveTo(first[0], first[1]);
    for (const [x, y] of points.slice(1)) doc.lineTo(x, y);
    doc.strokeColor(colour).lineWidth(1.3).stroke();
    if (points.length === 1) doc.circle(first[0], first[1], 1.8).fill(colour);
  });
  doc.restore();
}

function legend(c: Canvas, chart: TimelineChart, top: number): number {
  const { doc, style } = c;
  const items: { label: string; colour: string; line?: boolean }[] = [
    { label: 'Relief window (days; pale: still holding at the next session)', colour: RELIEF },
    ...chart.goals.map((g, i) => ({ label: g.label.length > 48 ? `${g.label.slice(0, 47)}…` : g.label, colour: goalColours[i % goalColours.length] ?? colours.ink, line: true })),
    ...[...new Map(chart.flares.map((f) => [f.classification, f.label])).entries()].map(([cls, label]) => ({ label, colour: flareFill[cls] })),
  ];
  doc.font(style.body).fontSize(style.small);
  let x = c.left;
  let y = top;
  const lineHeight = style.small + 5;
  for (const item of items) {
    const width = 12 + doc.widthOfString(item.label) + 10;
    if (x + width > c.left + c.width) {
      x = c.left;
      y += lineHeight;
    }
    if (item.line) doc.strokeColor(item.colour).lineWidth(1.5).moveTo(x, y + style.small / 2).lineTo(x + 9, y + style.small / 2).stroke();
    else doc.rect(x, y, 9, style.small).fill(item.colour);
    doc.fillColor(colours.ink).text(item.label, x + 12, y, { lineBreak: false });
    x += width;
  }
  return y + lineHeight;
}

/** The least room the chart needs below a heading: it is never split across pages. */
export const TIMELINE_HEIGHT = PLOT_HEIGHT + BAND + AXIS.below + 50;

export function timelineChart(c: Canvas, chart: TimelineChart): void {
  const { doc, style } = c;
  c.room(TIMELINE_HEIGHT);
  const top = doc.y + style.small + 6;
  const s = scales(c, chart, top);
  backgrounds(c, chart, s);
  series(c, chart, s);
  axes(c, chart, s);
  const after = legend(c, chart, s.base + BAND + AXIS.below + 6);
  doc.font(style.body).fontSize(style.small).fillColor(colours.muted).text(chart.summary, c.left, after + 2, { width: c.width });
  doc.y += style.gap * 0.5;
}
