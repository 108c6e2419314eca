// Why each not-age-typical finding goes to the physician, in words for the care team. Written for
// this project; the sources are the ones named in serious-findings.ts.

import type { PhysicianReviewCode } from './serious-findings.ts';

export const physicianReasons: Record<PhysicianReviewCode, string> = {
  fracture:
    'The report describes a fracture or a vertebra that has lost height. That is not an age-related change: a doctor should review it, urgently if there are new neurological signs (reference §5).',
  'possible-tumour':
    'The report names a mass, lesion, tumour, malignancy or spread of cancer. Age does not explain this; it needs prompt medical review (reference §5).',
  'possible-infection':
    'The report raises possible infection, such as discitis, osteomyelitis or an abscess. This needs prompt medical review, the same day with fever or neurological signs (reference §5).',
  'spinal-cord':
    'The report describes compression of the spinal cord, a signal change in the cord, or myelopathy. This needs prompt medical review.',
  'cauda-equina':
    'The report describes compression or crowding of the cauda equina. Ask now about bladder, bowel, saddle numbness and weakness in both legs; suspected cauda equina syndrome is an emergency (reference §5).',
  'severe-stenosis':
    'The report grades a narrowing of the spinal canal, lateral recess or a nerve exit as severe. That goes beyond the age comparison: a doctor should weigh it with the symptoms and the neurological examination.',
  'disc-extrusion':
    'The report names a disc extrusion or a free (sequestered) fragment. It is not one of the age-typical findings, and in adults up to 50 extrusions were clearly more common in people with back pain (odds ratio 4.4; Brinjikji 2015 meta-analysis, reference §1).',
  'disc-herniation-unclassified':
    'The report says herniation without saying protrusion or extrusion. The age comparison covers protrusions only, and extrusions are more common in people with back pain, so a doctor should say which it is.',
  'nerve-root-compression':
    'The report describes a nerve root that is compressed, displaced or impinged. Compare with the leg or arm symptoms and the neurological examination; a doctor should review it.',
  'modic-type-1':
    'Modic type 1 (active, oedema-type) endplate change. It is not part of the age comparison, and in adults up to 50 it was more common in people with back pain (odds ratio 4.0; Brinjikji 2015 meta-analysis, reference §1). If infection is suspected it needs prompt review.',
  'marrow-oedema':
    'Bone marrow oedema can come with a fracture, infection, inflammatory disease or an active endplate change. A doctor should review it.',
  'pars-defect':
    'The report names a pars defect (spondylolysis), or a slip caused by one. It is not part of the age comparison, and in adults up to 50 it was more common in people with back pain (odds ratio 5.1; Brinjikji 2015 meta-analysis, reference §1).',
  'high-grade-slip':
    'The report describes a high-grade slip (grade 3 or more, or spondyloptosis). The age comparison is about slips as the studies found them, mostly low grade; a doctor should review this one (heuristic).',
  inflammatory:
    'The report suggests inflammatory disease of the spine or sacroiliac joints, such as sacroiliitis or spondylitis. Age does not explain this; consider rheumatology review (NICE NG65, reference §5).',
  aneurysm:
    'The report mentions an aneurysm or widening of the aorta. This lies outside the spine and needs medical review; an aortic aneurysm is a known cause of back pain from outside the spine (reference §5, not verified there).',
  haemorrhage:
    'The report describes bleeding or a haematoma. A doctor should review it.',
  'radiologist-concern':
    'The radiologist calls something suspicious, atypical or concerning, or says a condition cannot be ruled out. Anything the radiologist is unsure about needs medical review.',
};
