// Report findings that are NOT age-typical and are never put in the age comparison: they go to the
// physician with a reason. The list covers the four pathologies of the IFOMPT red-flag framework
// (cauda equina syndrome, fracture, malignancy, infection; Finucane 2020, reference §5), the
// inflammatory disease NICE NG59/NG65 ask to exclude (reference §5), the findings that Brinjikji's
// 2015 meta-analysis found more common in adults up to 50 with back pain and that are not among the
// eight age-typical ones (extrusion, spondylolysis, Modic type 1; reference §1), and other findings a
// doctor must see (cord compression, severe stenosis, nerve root compression, aneurysm, bleeding).
// The word lists are ours (heuristic); when unsure a word is included, because a needless review
// costs less than a missed one.

import type { DegenerativeFindingKey } from './brinjikji-2015.ts';

export const physicianReviewCodes = [
  'fracture',
  'possible-tumour',
  'possible-infection',
  'spinal-cord',
  'cauda-equina',
  'severe-stenosis',
  'disc-extrusion',
  'disc-herniation-unclassified',
  'nerve-root-compression',
  'modic-type-1',
  'marrow-oedema',
  'pars-defect',
  'high-grade-slip',
  'inflammatory',
  'aneurysm',
  'haemorrhage',
  'radiologist-concern',
] as const;
export type PhysicianReviewCode = (typeof physicianReviewCodes)[number];

export interface SeriousPattern {
  code: PhysicianReviewCode;
  pattern: RegExp;
  /** Rejects a match on the words it spans or on the sentence around it. */
  reject?: (matched: string, sentence: string) => boolean;
  /** A degenerative finding this one makes misleading to frame by age in the same sentence. */
  replaces?: DegenerativeFindingKey;
}

const p = (source: string): RegExp => new RegExp(source, 'gi');

export const seriousPatterns: readonly SeriousPattern[] = [
  // Pars patterns come before fracture so that "pars fracture" is named as a pars defect.
  {
    code: 'pars-defect',
    pattern: p('\\bpars(?:\\s+interarticularis)?\\s+(?:defects?|fractures?|breaks?|lysis)\\b|\\bspondylol(?:ysis|yses|ytic)\\b(?:\\s+(?:spondylo|antero)?listhes[ie]s)?|\\bisthmic\\b(?:\\s+(?:spondylo|antero)?listhes[ie]s)?'),
    replaces: 'spondylolisthesis',
  },
  {
    code: 'fracture',
    pattern: p('\\bfractur\\w*|\\bcompression\\s+deformit\\w*|\\bburst\\b|\\bwedg(?:e|ed|ing)\\s+(?:deformit\\w*|compression)|\\b(?:vertebral\\s+body|vertebra)\\b[^.;]{0,40}?\\b(?:height\\s+loss|loss\\s+of\\s+height|collapse\\w*|wedg\\w*)|\\b(?:height\\s+loss|loss\\s+of\\s+height|collapse|wedging)\\b[^.;]{0,30}?\\b(?:vertebral\\s+bod(?:y|ies)|vertebra[el]?)\\b'),
  },
  {
    code: 'possible-tumour',
    pattern: p('\\btumou?rs?\\b|\\bneoplas\\w*|\\bmass(?:es)?\\b(?!\\s+effect)|\\bmetasta\\w*|\\bmalignan\\w*|\\blesions?\\b|\\b(?:osteo)?(?:lytic|blastic)\\b|\\bmarrow\\s+(?:replacement|infiltrat\\w*)|\\bmyeloma\\b|\\blymphoma\\b|\\bcancer\\b|\\bcarcinoma\\w*|\\blymphadenopathy\\b|\\bsarcoma\\b'),
  },
  {
    code: 'possible-infection',
    pattern: p("\\binfect\\w*|\\bdis[ck]itis\\b|\\bspondylodis[ck]itis\\b|\\bosteomyelitis\\b|\\babscess\\w*|\\bseptic\\b|\\bphlegmon\\b|\\bempyema\\b|\\btubercul\\w*|\\bpott'?s\\s+disease\\b"),
  },
  {
    code: 'spinal-cord',
    pattern: p('\\bcord\\s+(?:compression|impingement|flattening|deformity|o?edema|(?:signal|T2)\\s+(?:change|abnormality|hyperintensity)\\w*)|\\b(?:compress\\w*|flatten\\w*|deform\\w*|indent\\w*)\\s+(?:of\\s+|on\\s+)?(?:the\\s+)?(?:ventral\\s+)?(?:spinal\\s+)?(?:cord|conus)\\b|\\b(?:abnormal|increased|high)\\s+(?:T2\\s+)?signal\\s+(?:with)?in\\s+the\\s+(?:spinal\\s+)?(?:cord|conus)\\b|\\bmyelopath\\w*|\\bmyelomalacia\\b|\\bsyrinx\\b|\\bsyringo\\w*|\\bconus\\s+(?:compression|signal\\s+(?:change|abnormality))'),
  },
  {
    code: 'cauda-equina',
    pattern: p('\\bcauda\\s+equina\\b[^.;]{0,30}?\\b(?:compress\\w*|syndrome|crowd\\w*|clump\\w*|imping\\w*|compromise\\w*|effac\\w*)|\\b(?:compress\\w*|crowd\\w*|clump\\w*|imping\\w*|compromise\\w*|effac\\w*)\\b[^.;]{0,30}?\\bcauda\\s+equina\\b'),
  },
  {
    code: 'severe-stenosis',
    pattern: p('\\b(?:severe(?:ly)?|critical|high[-\\s]grade|marked(?:ly)?)\\b[^.;:,]{0,60}?\\b(?:stenos[ie]s|stenotic|narrow(?:ing|ed))\\b|\\bstenos[ie]s\\b[^.;:]{0,25}?\\b(?:is|are)\\s+(?:severe|critical)\\b'),
    // "severe facet arthropathy causing mild stenosis" and "severe disc space narrowing": "severe"
    // describes something else, so the search moves on to the next grade word.
    reject: (matched) =>
      /\b(?:mild|moderate|minimal|disc|disk|interspace|height|facet|degenerat|arthropath|hypertroph|bulg|protru|osteophyt|spondylos)/i.test(matched.replace(/^\S+/, '')),
  },
  { code: 'disc-extrusion', pattern: p('\\bextru(?:sion|sions|ded|ding)\\b|\\bsequest\\w*|\\bfree\\s+fragments?\\b|\\bmigrat\\w*\\s+(?:disc\\s+)?(?:fragment|material)\\w*') },
  {
    code: 'disc-herniation-unclassified',
    pattern: p('\\bherniat\\w*|\\bHNP\\b'),
    // Named as a protrusion or extrusion elsewhere in the sentence, or a Schmorl node (a herniation into the bone).
    reject: (_matched, sentence) => /\b(?:protru|extru|sequest|schmorl|intravertebral|intraosseous|end\s?plate)/i.test(sentence),
  },
  {
    code: 'nerve-root-compression',
    pattern: p('\\b(?:compress|imping|entrap|displac|deform)\\w*\\b[^.;:,]{0,40}?\\b(?:nerve|roots?)\\b|\\b(?:nerve|roots?)\\b[^.;:,]{0,25}?\\b(?:compress|imping|entrap|displac)\\w*'),
  },
  {
    code: 'modic-type-1',
    pattern: p('\\bmodic\\s*(?:type\\s*)?(?:1|I)\\b|\\btype\\s*(?:1|I)\\s+(?:modic\\s+)?(?:end\\s?plate|changes?)\\b'),
  },
  { code: 'marrow-oedema', pattern: p('\\b(?:bone\\s+)?marrow\\s+o?edema\\b|\\bo?edema\\s+(?:of|in|within)\\s+the\\s+(?:bone\\s+)?marrow\\b') },
  {
    code: 'high-grade-slip',
    pattern: p('\\b(?:high[-\\s]grade|grade\\s*(?:3|4|5|III|IV|V)\\b)[^.;]{0,20}?(?:spondylo|antero|retro)?listhes[ie]s|\\b(?:spondylo|antero|retro)?listhes[ie]s\\b[^.;]{0,20}?\\bgrade\\s*(?:3|4|5|III|IV|V)\\b|\\bspondyloptosis\\b'),
    replaces: 'spondylolisthesis',
  },
  { code: 'inflammatory', pattern: p('\\bsacroiliitis\\b|\\bspondylitis\\b|\\bspondyloarthr\\w*|\\bankylosing\\b|\\bsyndesmophyt\\w*|\\benthesitis\\b|\\bromanus\\b') },
  { code: 'aneurysm', pattern: p('\\baneurysm\\w*|\\baortic\\s+(?:ectasia|dilat\\w*|dissection)|\\bectatic\\s+aorta\\b') },
  { code: 'haemorrhage', pattern: p('\\bha?ematoma\\w*|\\bha?emorrhag\\w*') },
  { code: 'radiologist-concern', pattern: p('\\bsuspicious\\b|\\bconcerning\\s+for\\b|\\bworrisome\\b|\\batypical\\b|\\bcannot\\s+be\\s+(?:excluded|ruled\\s+out)|\\bcannot\\s+(?:exclude|rule\\s+out)\\b') },
];

export interface SeriousMention {
  code: PhysicianReviewCode;
  start: number;
  end: number;
  replaces?: DegenerativeFindingKey;
}

/** Every mention of a not-age-typical finding in a sentence; a stretch of words is claimed by the first pattern that matches it. */
export function seriousMentions(sentence: string): SeriousMention[] {
  const mentions: SeriousMention[] = [];
  for (const { code, pattern, reject, replaces } of seriousPatterns) {
    const search = new RegExp(pattern.source, pattern.flags);
    for (let match = search.exec(sentence); match !== null; match = search.exec(sentence)) {
      const start = match.index;
      const end = start + match[0].length;
      if (reject?.(match[0], sentence) === true) {
        // Look again from the next character: a rejected match may hide a real one inside it.
        search.lastIndex = start + 1;
        continue;
      }
      if (mentions.some((m) => start < m.end && end > m.start)) continue;
      mentions.push(replaces === undefined ? { code, start, end } : { code, start, end, replaces });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
