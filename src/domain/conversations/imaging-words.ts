// Plain words for what an imaging report names, for a clinician to say aloud. Written for this
// project (no source text reused). Degenerative findings put the plain words first and the report's
// term after, so the patient can find them in the report; words that alarm without informing are
// left out (Rajasekaran 2021, reference §2b). Findings for the physician are named plainly and
// honestly, without softening: they are not age changes (spec §5).
import type { DegenerativeFindingKey, PhysicianReviewCode } from '../imaging/index.ts';

export const findingWords: Record<DegenerativeFindingKey, string> = {
  'disc-degeneration': 'wear in a disc (the report says disc degeneration)',
  'disc-signal-loss': 'a drier disc (the report says signal loss)',
  'disc-height-loss': 'a thinner disc (the report says height loss)',
  'disc-bulge': 'a disc bulge',
  'disc-protrusion': 'a disc protrusion, a small bulge in one spot',
  'annular-fissure': 'a small crack in the outer disc (the report says annular fissure)',
  'facet-degeneration': 'wear in the small joints of the spine (the report says facet degeneration)',
  spondylolisthesis: 'one bone sitting a little forward on the next (the report says spondylolisthesis)',
};

export const physicianWords: Record<PhysicianReviewCode, string> = {
  fracture: 'a possible break in a bone',
  'possible-tumour': 'a spot that needs a closer look',
  'possible-infection': 'a possible sign of infection',
  'spinal-cord': 'pressure on the spinal cord',
  'cauda-equina': 'crowding of the nerves at the base of the spine',
  'severe-stenosis': 'a tight narrowing around the nerves',
  'disc-extrusion': 'a disc that pushes out further than a bulge',
  'disc-herniation-unclassified': 'a disc that pushes out, of a kind the report does not name',
  'nerve-root-compression': 'pressure on a nerve',
  'modic-type-1': 'an active change in the bone next to a disc',
  'marrow-oedema': 'swelling inside a bone',
  'pars-defect': 'a small gap in the back part of a spine bone',
  'high-grade-slip': 'a large slip of one spine bone on the next',
  inflammatory: 'signs of inflammation in the spine or its joints',
  aneurysm: 'a widened blood vessel near the spine',
  haemorrhage: 'a sign of bleeding',
  'radiologist-concern': 'something the person who read the scan was unsure about',
};
