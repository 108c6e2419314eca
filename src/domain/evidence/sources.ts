// The guidelines and reviews the evidence catalogue cites, with the population each covers. Guidelines
// differ by population (low back pain, chronic primary pain, neuropathic pain: reference §11), so each
// position in the catalogue names the condition categories it speaks for.

export const guidelineCodes = [
  'lin-2020', 'acp-2017', 'nice-ng59', 'nice-ng193', 'nice-cg173', 'nice-ta159', 'cochrane-2023-scs', 'cdc-2022', 'acp-2016-insomnia',
] as const;
export type GuidelineCode = (typeof guidelineCodes)[number];

export interface GuidelineDocument {
  code: GuidelineCode;
  title: string;
  citation: string;
  population: string;
}

export const guidelineDocuments: Record<GuidelineCode, GuidelineDocument> = {
  'lin-2020': {
    code: 'lin-2020',
    title: 'Eleven consistent recommendations for musculoskeletal pain care',
    citation: 'Lin et al., Br J Sports Med 2020;54(2):79-86 (reference §8)',
    population: 'Musculoskeletal pain: synthesis of high-quality guidelines for low back, osteoarthritis, neck and shoulder pain',
  },
  'acp-2017': {
    code: 'acp-2017',
    title: 'ACP: noninvasive treatments for low back pain',
    citation: 'Qaseem et al., Ann Intern Med 2017;166(7):514-530 (reference §10, §11)',
    population: 'Acute, subacute and chronic low back pain',
  },
  'nice-ng59': {
    code: 'nice-ng59',
    title: 'NICE NG59: low back pain and sciatica in over 16s',
    citation: 'NICE NG59, 2016, updated 2020 (reference §10, §11)',
    population: 'Low back pain and sciatica',
  },
  'nice-ng193': {
    code: 'nice-ng193',
    title: 'NICE NG193: chronic primary pain',
    citation: 'NICE NG193, 2021 (reference §11)',
    population: 'Chronic primary pain (not pain explained by another condition), adults',
  },
  'nice-cg173': {
    code: 'nice-cg173',
    title: 'NICE CG173: neuropathic pain, pharmacological management',
    citation: 'NICE CG173 (reference §10)',
    population: 'Neuropathic pain in non-specialist settings (not trigeminal neuralgia)',
  },
  'nice-ta159': {
    code: 'nice-ta159',
    title: 'NICE TA159: spinal cord stimulation',
    citation: 'NICE TA159; PROCESS trial; NICE MTG41 (reference §10)',
    population: 'Chronic neuropathic pain despite conventional management',
  },
  'cochrane-2023-scs': {
    code: 'cochrane-2023-scs',
    title: 'Cochrane review: spinal cord stimulation for low back pain',
    citation: 'Traeger et al., Cochrane 2023 [secondary source] (reference §10)',
    population: 'Low back pain',
  },
  'cdc-2022': {
    code: 'cdc-2022',
    title: 'CDC: prescribing opioids for pain',
    citation: 'Dowell et al., MMWR Recomm Rep 2022;71(3):1-95 (reference §10)',
    population: 'Outpatient adults with acute, subacute or chronic pain',
  },
  'acp-2016-insomnia': {
    code: 'acp-2016-insomnia',
    title: 'ACP: management of chronic insomnia',
    citation: 'ACP, Ann Intern Med 2016;165:125-133 (reference §11)',
    population: 'Adults with chronic insomnia',
  },
};
