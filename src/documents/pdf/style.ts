// How a document looks on paper: sizes, fonts and colours by audience. A clinician's document is
// dense (condensed type, 9.5 pt) so a typical progress report fits on one or two pages; the patient's
// summary is large and roomy (12 pt), for reading at home without glasses at hand.
import type { DocumentModel } from '../../domain/index.ts';
import type { FontName } from './fonts.ts';

export interface Style {
  body: FontName;
  bold: FontName;
  size: number;
  small: number;
  heading: number;
  title: number;
  /** Extra points between lines of a paragraph. */
  lineGap: number;
  /** Space after a block. */
  gap: number;
}

export const styles: Record<DocumentModel['audience'], Style> = {
  clinician: { body: 'condensed', bold: 'condensedBold', size: 9.5, small: 7.5, heading: 12, title: 20, lineGap: 1, gap: 6 },
  patient: { body: 'regular', bold: 'bold', size: 12, small: 9, heading: 15, title: 24, lineGap: 3, gap: 8 },
};

export const colours = {
  ink: '#1d2430',
  muted: '#5b6575',
  heading: '#1d2f4a',
  rule: '#c9d0da',
  tableHead: '#eef1f5',
  tableStripe: '#f7f8fa',
  accent: '#1f5fa8',
} as const;

export const PAGE = { size: 'A4' as const, margin: { top: 46, bottom: 46, left: 50, right: 50 } };
