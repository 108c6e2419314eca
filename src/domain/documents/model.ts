// A document as data (spec §6, Documents): what a clinic hands over, composed from the case file and
// the engine's assessment by pure functions in this folder, and drawn by a renderer elsewhere
// (src/documents/pdf). The model says what is on the page (headings, facts, tables, a chart's
// series, plain text), never how it looks, so the same model can be printed, tested as data, or
// rendered another way later.
import type { FlareClassification, Phase } from '../records/vocabulary.ts';

export const documentKinds = ['progress-report', 'referral-letter', 'graduation-summary'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export function isDocumentKind(value: string): value is DocumentKind {
  return (documentKinds as readonly string[]).includes(value);
}

/** A label and its value, as on a form: "Born: 1972-04-09 (54)". */
export interface Fact {
  label: string;
  value: string;
}

export interface TableColumn {
  heading: string;
  /** Relative width; the renderer shares the line among the columns by these. */
  width: number;
  align?: 'left' | 'right';
}

export interface TimelineChart {
  /** The dates the x axis spans (ISO dates). */
  from: string;
  to: string;
  /** Relief days after each session, on the left axis; `censored` when relief still held at the next session. */
  reliefWindows: { date: string; days: number | null; censored: boolean }[];
  /** Each goal's way from baseline (0) to target (100), on the right axis. */
  goals: { label: string; points: { date: string; percent: number }[] }[];
  flares: { start: string; end: string; classification: FlareClassification; label: string }[];
  phases: { phase: Phase; label: string; from: string; to: string }[];
  checkpoints: string[];
  /** The chart in words, for a reader who cannot see it and for text extraction. */
  summary: string;
}

export type Block =
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'muted' | 'strong' }
  | { kind: 'facts'; facts: Fact[] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] }
  | { kind: 'timeline'; chart: TimelineChart }
  | { kind: 'signature'; lines: string[] };

export interface Section {
  heading: string;
  blocks: Block[];
}

export interface DocumentModel {
  kind: DocumentKind;
  /** "Progress report". */
  title: string;
  /** Under the title: who and which episode, or whom a letter is to. */
  subtitle: string;
  /** The day the document speaks of (the engine's as-of day). */
  asOf: string;
  /** Who it is written for: the style (a patient's summary is printed larger). */
  audience: 'clinician' | 'patient';
  /** The facts at the top of the first page. */
  header: Fact[];
  sections: Section[];
  /** One line at the foot of every page. */
  footer: string;
}

/** Who makes the document and for which clinic: read from the store, handed in as data. */
export interface DocumentContext {
  clinicName: string;
  /** The clinician who signs: the one making it, or the lead of the care team. */
  clinician: { name: string; discipline?: string | undefined; email?: string | undefined } | null;
  /** Clinician names by user id, to name who decided at a checkpoint. */
  people: Record<string, string>;
}
