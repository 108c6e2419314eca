// How common each degenerative spine finding is in people WITHOUT back pain, by age: the data behind
// the imaging context. Copied by hand from the project's clinical notes (reference §1, file
// clinical/brinjikji-2015.json), which reproduce the paper's tables; the product never reads that
// file at run time.
//
// Source: Brinjikji W, Luetmer PH, Comstock B, Bresnahan BW, Chen LE, Deyo RA, Halabi S, Turner JA,
// Avins AL, James K, Wald JT, Kallmes DF, Jarvik JG. Systematic literature review of imaging features
// of spinal degeneration in asymptomatic populations. AJNR Am J Neuroradiol 2015;36(4):811-816.
// doi:10.3174/ajnr.A4173. 33 studies, 3,110 people with no history of back pain; prevalence is the
// paper's model estimate at each decade (Table 2); `people` and `studies` are the estimated numbers
// behind each cell (Table 1), which say how solid each estimate is.

export const degenerativeFindingKeys = [
  'disc-degeneration',
  'disc-signal-loss',
  'disc-height-loss',
  'disc-bulge',
  'disc-protrusion',
  'annular-fissure',
  'facet-degeneration',
  'spondylolisthesis',
] as const;
export type DegenerativeFindingKey = (typeof degenerativeFindingKeys)[number];

export interface AgePrevalenceRow {
  /** Model-estimated prevalence (%) at each of `brinjikji2015.ages` (Table 2). */
  prevalencePercent: readonly number[];
  /** Estimated number of people behind each cell (Table 1). */
  people: readonly number[];
  /** Number of studies behind each cell (Table 1); 0 means the cell is pure model extrapolation. */
  studies: readonly number[];
}

export const brinjikji2015 = {
  citation:
    'Brinjikji W, Luetmer PH, Comstock B, et al. Systematic literature review of imaging features of spinal degeneration in asymptomatic populations. AJNR Am J Neuroradiol 2015;36(4):811-816. doi:10.3174/ajnr.A4173 (Tables 1 and 2; reference §1)',
  ages: [20, 30, 40, 50, 60, 70, 80],
  findings: {
    'disc-degeneration': {
      prevalencePercent: [37, 52, 68, 80, 88, 93, 96],
      people: [273, 604, 415, 311, 80, 20, 19],
      studies: [9, 16, 12, 10, 4, 2, 2],
    },
    'disc-signal-loss': {
      prevalencePercent: [17, 33, 54, 73, 86, 94, 97],
      people: [46, 142, 352, 73, 35, 15, 14],
      studies: [2, 5, 4, 2, 1, 1, 1],
    },
    'disc-height-loss': {
      prevalencePercent: [24, 34, 45, 56, 67, 76, 84],
      people: [15, 163, 186, 208, 35, 15, 14],
      studies: [1, 5, 5, 5, 1, 1, 1],
    },
    'disc-bulge': {
      prevalencePercent: [30, 40, 50, 60, 69, 77, 84],
      people: [55, 101, 151, 123, 66, 24, 22],
      studies: [4, 7, 8, 7, 5, 3, 3],
    },
    'disc-protrusion': {
      prevalencePercent: [29, 31, 33, 36, 38, 40, 43],
      people: [87, 468, 490, 363, 86, 19, 17],
      studies: [5, 14, 14, 12, 5, 2, 2],
    },
    'annular-fissure': {
      prevalencePercent: [19, 20, 22, 23, 25, 27, 29],
      people: [167, 350, 426, 53, 35, 15, 14],
      studies: [5, 5, 7, 3, 3, 1, 1],
    },
    'facet-degeneration': {
      prevalencePercent: [4, 9, 18, 32, 50, 69, 83],
      people: [0, 0, 596, 53, 35, 15, 14],
      studies: [0, 0, 3, 3, 3, 1, 1],
    },
    spondylolisthesis: {
      prevalencePercent: [3, 5, 8, 14, 23, 35, 50],
      people: [0, 0, 31, 53, 35, 15, 14],
      studies: [0, 0, 1, 1, 1, 1, 1],
    },
  } satisfies Record<DegenerativeFindingKey, AgePrevalenceRow>,
} as const;
