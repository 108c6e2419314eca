// Report snippets and what contextualiseImaging must make of them. Each names every finding it
// expects (finding, level, negation; prevalence and certainty where the snippet is about them) and
// every code that must go to the physician: nothing more may be found. Written for these tests in
// the style of spine MRI reports; no real patient's report.

import type { DegenerativeFindingKey, PhysicianReviewCode, PrevalenceCertainty } from '../../src/domain/imaging/index.ts';

export interface ExpectedFinding {
  finding: DegenerativeFindingKey;
  level: string | null;
  negated: boolean;
  prevalencePercent?: number;
  certainty?: PrevalenceCertainty;
}

export interface ImagingSnippet {
  name: string;
  report: string;
  /** The patient's age; 45 when not given. */
  age?: number;
  findings: ExpectedFinding[];
  forPhysician: PhysicianReviewCode[];
}

const seen = (finding: DegenerativeFindingKey, level: string | null, numbers: Partial<ExpectedFinding> = {}): ExpectedFinding => ({
  finding, level, negated: false, ...numbers,
});
const negated = (finding: DegenerativeFindingKey, level: string | null): ExpectedFinding => ({ finding, level, negated: true });

export const imagingSnippets: ImagingSnippet[] = [
  // Negation, scoped to its clause.
  {
    name: 'negation ends with the sentence',
    report: 'No protrusion. Mild bulge at L4-5.',
    findings: [negated('disc-protrusion', null), seen('disc-bulge', 'L4-L5')],
    forPhysician: [],
  },
  {
    name: 'a grade word after a comma starts a new statement',
    report: 'No fracture, mild disc bulge at L4-5.',
    findings: [seen('disc-bulge', 'L4-L5')],
    forPhysician: [],
  },
  {
    name: 'one negation covers a list',
    report: 'No disc bulge, protrusion or annular fissure.',
    findings: [negated('disc-bulge', null), negated('disc-protrusion', null), negated('annular-fissure', null)],
    forPhysician: [],
  },
  {
    name: '"without" negates only what follows it',
    report: 'Small disc protrusion at L5-S1 without nerve root compression.',
    findings: [seen('disc-protrusion', 'L5-S1')],
    forPhysician: [],
  },
  {
    name: '"not seen" negates what comes before it',
    report: 'Disc protrusion is not seen at L4-5.',
    findings: [negated('disc-protrusion', 'L4-L5')],
    forPhysician: [],
  },
  {
    name: '"absent" and a positive sentence after it',
    report: 'Annular fissure absent. Facet arthropathy at L4-5 and L5-S1.',
    findings: [negated('annular-fissure', null), seen('facet-degeneration', 'L4-L5'), seen('facet-degeneration', 'L5-S1')],
    forPhysician: [],
  },
  {
    name: '"negative for" covers a degenerative and a serious finding',
    report: 'Negative for spondylolisthesis or disc extrusion.',
    findings: [negated('spondylolisthesis', null)],
    forPhysician: [],
  },
  {
    name: '"no evidence of" a list of serious findings',
    report: 'No evidence of fracture, malignancy or infection.',
    findings: [],
    forPhysician: [],
  },
  {
    name: '"but" ends the negation',
    report: 'No stenosis but there is a small protrusion at L4-5.',
    findings: [seen('disc-protrusion', 'L4-L5')],
    forPhysician: [],
  },
  {
    name: 'a semicolon ends the negation',
    report: 'No disc bulge or protrusion at L3-4; mild bulge at L4-5.',
    findings: [negated('disc-bulge', 'L3-L4'), negated('disc-protrusion', 'L3-L4'), seen('disc-bulge', 'L4-L5')],
    forPhysician: [],
  },
  {
    name: '"no change in" reports the finding (pseudo-negation)',
    report: 'No interval change in the mild disc bulge at L4-5.',
    findings: [seen('disc-bulge', 'L4-L5')],
    forPhysician: [],
  },
  {
    name: 'negated serious findings are not flagged',
    report: 'No cord compression. No fracture. No nerve root impingement. Mild disc bulge at C5-6.',
    findings: [seen('disc-bulge', 'C5-C6')],
    forPhysician: [],
  },
  {
    name: '"which does not compress" the nerve root',
    report: 'Small protrusion at L5-S1 which does not compress the S1 nerve root.',
    findings: [seen('disc-protrusion', 'L5-S1')],
    forPhysician: [],
  },

  // Levels.
  {
    name: 'two levels joined by "and"',
    report: 'Disc bulges at L3-4 and L4-5.',
    findings: [seen('disc-bulge', 'L3-L4'), seen('disc-bulge', 'L4-L5')],
    forPhysician: [],
  },
  {
    name: 'a range of levels',
    report: 'Disc desiccation from L3-4 through L5-S1.',
    findings: [seen('disc-signal-loss', 'L3-L4'), seen('disc-signal-loss', 'L4-L5'), seen('disc-signal-loss', 'L5-S1')],
    forPhysician: [],
  },
  {
    name: 'level spellings across the spine',
    report: 'Mild facet arthropathy at L4/L5. Small bulge at L5-S1. Desiccation at C5-6 and T12-L1.',
    findings: [
      seen('facet-degeneration', 'L4-L5'),
      seen('disc-bulge', 'L5-S1'),
      seen('disc-signal-loss', 'C5-C6'),
      seen('disc-signal-loss', 'T12-L1'),
    ],
    forPhysician: [],
  },
  {
    name: 'one line per level',
    report: 'L4-5: Broad-based disc bulge. No canal stenosis.\nL5-S1: Small central protrusion with annular fissure.',
    findings: [seen('disc-bulge', 'L4-L5'), seen('disc-protrusion', 'L5-S1'), seen('annular-fissure', 'L5-S1')],
    forPhysician: [],
  },
  {
    name: 'a level heading on its own line governs the lines below it',
    report: 'FINDINGS:\nL3-4:\nMild disc bulge.\nFacet hypertrophy.\n\nNo fracture.',
    findings: [seen('disc-bulge', 'L3-L4'), seen('facet-degeneration', 'L3-L4')],
    forPhysician: [],
  },
  {
    name: 'a level before its finding',
    report: 'At L4-5, there is a mild disc bulge and at L5-S1 a small protrusion.',
    findings: [seen('disc-bulge', 'L4-L5'), seen('disc-protrusion', 'L5-S1')],
    forPhysician: [],
  },
  {
    name: 'two findings share one level',
    report: 'Disc desiccation and loss of disc height at L5-S1.',
    findings: [seen('disc-signal-loss', 'L5-S1'), seen('disc-height-loss', 'L5-S1')],
    forPhysician: [],
  },
  {
    name: 'hard-wrapped lines are one sentence',
    report: 'There is a mild disc bulge at\nL4-5 and a small protrusion at\nL5-S1.',
    findings: [seen('disc-bulge', 'L4-L5'), seen('disc-protrusion', 'L5-S1')],
    forPhysician: [],
  },
  {
    name: 'a finding named twice is one entry; a level-less negation stays',
    report: 'FINDINGS:\nL4-5: Mild disc bulge.\n\nIMPRESSION:\nMild disc bulge at L4-5. No protrusion.',
    findings: [seen('disc-bulge', 'L4-L5'), negated('disc-protrusion', null)],
    forPhysician: [],
  },

  // Synonyms.
  {
    name: 'disc degeneration: degenerative disc disease, degenerated disc',
    report: 'Degenerative disc disease at L4-5. Degenerated L5-S1 disc.',
    findings: [seen('disc-degeneration', 'L4-L5'), seen('disc-degeneration', 'L5-S1')],
    forPhysician: [],
  },
  {
    name: 'height loss: disc space narrowing',
    report: 'Disc space narrowing at L4-5 and narrowing of the L5-S1 disc space.',
    findings: [seen('disc-height-loss', 'L4-L5'), seen('disc-height-loss', 'L5-S1')],
    forPhysician: [],
  },
  {
    name: 'signal loss: loss of T2 signal, black disc',
    report: 'Loss of normal T2 signal in the L4-5 disc. Black disc at L5-S1.',
    findings: [seen('disc-signal-loss', 'L4-L5'), seen('disc-signal-loss', 'L5-S1')],
    forPhysician: [],
  },
  {
    name: 'annular fissure: high-intensity zone, annular tear; T2 is not a level',
    report: 'T2 hyperintense high-intensity zone in the posterior annulus at L4-5. Annular tear at L5-S1.',
    findings: [seen('annular-fissure', 'L4-L5'), seen('annular-fissure', 'L5-S1')],
    forPhysician: [],
  },
  {
    name: 'facet degeneration: osteoarthritis, hypertrophic changes, degeneration of the facets',
    report: 'Facet joint osteoarthritis at L4-5. Hypertrophic facet changes at L5-S1. Degeneration of the facet joints at L3-4.',
    findings: [seen('facet-degeneration', 'L4-L5'), seen('facet-degeneration', 'L5-S1'), seen('facet-degeneration', 'L3-L4')],
    forPhysician: [],
  },
  {
    name: 'spondylolisthesis: anterolisthesis "of L4 on L5", retrolisthesis of L3, with facet arthropathy',
    report: 'Grade 1 anterolisthesis of L4 on L5 with facet arthropathy. Retrolisthesis of L3.',
    findings: [seen('spondylolisthesis', 'L4-L5'), seen('facet-degeneration', 'L4-L5'), seen('spondylolisthesis', 'L3-L4')],
    forPhysician: [],
  },
  {
    name: 'bulging disk; "degenerative" spondylolisthesis is not disc degeneration',
    report: 'Bulging disk at L4-5. Degenerative spondylolisthesis at L4-5.',
    findings: [seen('disc-bulge', 'L4-L5'), seen('spondylolisthesis', 'L4-L5')],
    forPhysician: [],
  },
  {
    name: 'a herniation called a protrusion is a protrusion',
    report: 'Disc herniation (protrusion) at L4-5.',
    findings: [seen('disc-protrusion', 'L4-L5')],
    forPhysician: [],
  },

  // Serious findings beside degenerative ones.
  {
    name: 'severe stenosis goes to the physician, the bulge is framed',
    report: 'Severe canal stenosis at L4-5 due to disc bulge.',
    findings: [seen('disc-bulge', 'L4-L5')],
    forPhysician: ['severe-stenosis'],
  },
  {
    name: 'severe facet arthropathy with mild narrowing is not severe stenosis',
    report: 'Severe facet arthropathy at L4-5 causing mild foraminal narrowing.',
    findings: [seen('facet-degeneration', 'L4-L5')],
    forPhysician: [],
  },
  {
    name: 'moderate to severe stenosis from bulge and facet hypertrophy',
    report: 'Moderate to severe bilateral foraminal stenosis at L5-S1 from disc bulge and facet hypertrophy.',
    findings: [seen('disc-bulge', 'L5-S1'), seen('facet-degeneration', 'L5-S1')],
    forPhysician: ['severe-stenosis'],
  },
  {
    name: 'extrusion compressing a nerve root',
    report: 'Large disc extrusion at L5-S1 compressing the traversing left S1 nerve root. Mild bulge at L4-5.',
    findings: [seen('disc-bulge', 'L4-L5')],
    forPhysician: ['disc-extrusion', 'nerve-root-compression'],
  },
  {
    name: 'fracture',
    report: 'Acute compression fracture of L1. Multilevel disc degeneration.',
    findings: [seen('disc-degeneration', null)],
    forPhysician: ['fracture'],
  },
  {
    name: 'a vertebral body losing height is a fracture, not disc height loss',
    report: 'Loss of height of the L1 vertebral body.',
    findings: [],
    forPhysician: ['fracture'],
  },
  {
    name: 'lesion suspicious for metastasis',
    report: 'Lytic lesion in the L3 vertebral body, suspicious for metastasis. Mild facet arthropathy at L4-5.',
    findings: [seen('facet-degeneration', 'L4-L5')],
    forPhysician: ['possible-tumour'],
  },
  {
    name: 'metastasis that cannot be excluded',
    report: 'Subtle marrow signal abnormality at L2; metastasis cannot be excluded.',
    findings: [],
    forPhysician: ['possible-tumour'],
  },
  {
    name: 'infection',
    report: 'Findings concerning for L4-5 discitis-osteomyelitis with a small epidural abscess.',
    findings: [],
    forPhysician: ['possible-infection'],
  },
  {
    name: 'cord compression and signal change',
    report: 'C5-6: Disc osteophyte complex with cord compression and cord signal change. Facet hypertrophy.',
    findings: [seen('facet-degeneration', 'C5-C6')],
    forPhysician: ['spinal-cord'],
  },
  {
    name: 'cauda equina compression',
    report: 'Severe central canal stenosis at L3-4 with compression of the cauda equina.',
    findings: [],
    forPhysician: ['severe-stenosis', 'cauda-equina'],
  },
  {
    name: 'Modic type 1 beside disc height loss',
    report: 'Modic type 1 endplate changes at L4-5 with disc height loss.',
    findings: [seen('disc-height-loss', 'L4-L5')],
    forPhysician: ['modic-type-1'],
  },
  {
    name: 'pars defects with an isthmic slip: the slip is not framed',
    report: 'Bilateral L5 pars defects with grade 1 isthmic spondylolisthesis of L5 on S1.',
    findings: [],
    forPhysician: ['pars-defect'],
  },
  {
    name: 'a high-grade slip is not framed',
    report: 'Grade 3 spondylolisthesis of L5 on S1.',
    findings: [],
    forPhysician: ['high-grade-slip'],
  },
  {
    name: 'an unclassified herniation',
    report: 'Left paracentral disc herniation at L5-S1.',
    findings: [],
    forPhysician: ['disc-herniation-unclassified'],
  },
  {
    name: 'an aneurysm outside the spine',
    report: 'Incidental 4.2 cm infrarenal abdominal aortic aneurysm. Mild disc bulges at L3-4 and L4-5.',
    findings: [seen('disc-bulge', 'L3-L4'), seen('disc-bulge', 'L4-L5')],
    forPhysician: ['aneurysm'],
  },
  {
    name: 'inflammatory disease',
    report: 'Bilateral sacroiliitis.',
    findings: [],
    forPhysician: ['inflammatory'],
  },
  {
    name: 'the indication is a question, not a finding',
    report: 'INDICATION: Low back pain, rule out fracture.\nFINDINGS: No fracture. Mild disc bulge at L4-5.',
    findings: [seen('disc-bulge', 'L4-L5')],
    forPhysician: [],
  },

  // Prevalence by age.
  {
    name: 'interpolation: disc degeneration at 45 is 74%',
    report: 'Disc degeneration at L4-5.',
    age: 45,
    findings: [seen('disc-degeneration', 'L4-L5', { prevalencePercent: 74, certainty: 'high' })],
    forPhysician: [],
  },
  {
    name: 'clamping: age 15 takes the values at 20, with low certainty',
    report: 'Facet arthropathy and disc degeneration.',
    age: 15,
    findings: [
      seen('facet-degeneration', null, { prevalencePercent: 4, certainty: 'low' }),
      seen('disc-degeneration', null, { prevalencePercent: 37, certainty: 'low' }),
    ],
    forPhysician: [],
  },
  {
    name: 'clamping: age 90 takes the values at 80, with low certainty',
    report: 'Facet arthropathy and disc degeneration.',
    age: 90,
    findings: [
      seen('facet-degeneration', null, { prevalencePercent: 83, certainty: 'low' }),
      seen('disc-degeneration', null, { prevalencePercent: 96, certainty: 'low' }),
    ],
    forPhysician: [],
  },
  {
    name: 'certainty: facet degeneration at 25 rests on no studies',
    report: 'Facet arthropathy at L4-5.',
    age: 25,
    findings: [seen('facet-degeneration', 'L4-L5', { prevalencePercent: 7, certainty: 'low' })],
    forPhysician: [],
  },
  {
    name: 'certainty: disc degeneration at 65 rests on 2-4 studies',
    report: 'Disc degeneration at L4-5.',
    age: 65,
    findings: [seen('disc-degeneration', 'L4-L5', { prevalencePercent: 91, certainty: 'moderate' })],
    forPhysician: [],
  },
];
