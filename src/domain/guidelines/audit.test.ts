import { describe, expect, it } from 'vitest';
import { caseFileSchema, type CaseFile, type CaseFileInput } from '../records/case-file.ts';
import { auditGuidelines, clinicAuditShares, type GuidelineAuditItem } from './audit.ts';
import { linRecommendations } from './lin-2020.ts';

const bare: CaseFileInput = {
  schemaVersion: 1,
  patient: { birthDate: '1970-01-01', sex: 'female' },
  episode: { startDate: '2026-01-05', regions: ['low-back'] },
};

// A well-run episode: screened, examined, educated, goals agreed, measured twice, passive care with
// active work from the third session, working.
const wellRun: CaseFileInput = {
  ...bare,
  intake: {
    redFlags: { date: '2026-01-05', answers: [{ item: 'cauda-equina-bladder-bowel', present: false }] },
    physicalExamOn: '2026-01-05',
    educationOn: '2026-01-05',
    carePlanAgreedOn: '2026-01-05',
    workStatus: 'working',
  },
  goals: [{ id: 'g1', activity: 'Walk 30 minutes', measure: { kind: 'ability' }, baseline: 3, target: 8, setOn: '2026-01-05' }],
  measures: [
    { instrument: 'start-back', date: '2026-01-05', score: 3 },
    { instrument: 'odi', date: '2026-01-05', score: 40 },
    { instrument: 'odi', date: '2026-02-02', score: 28 },
  ],
  sessions: [
    { id: 's1', date: '2026-01-05', modalities: [{ modality: 'dry-needling', minutes: 20 }] },
    { id: 's2', date: '2026-01-12', modalities: [{ modality: 'dry-needling', minutes: 20 }] },
    { id: 's3', date: '2026-01-19', modalities: [{ modality: 'dry-needling', minutes: 15 }, { modality: 'progressive-loading', minutes: 15 }] },
  ],
};

const parse = (input: CaseFileInput): CaseFile => caseFileSchema.parse(input);
const statusOf = (audit: GuidelineAuditItem[], id: number): string | undefined => audit.find((item) => item.id === id)?.status;
const statuses = (audit: GuidelineAuditItem[]): string[] => audit.map((item) => item.status);

describe('auditGuidelines', () => {
  it('returns the eleven recommendations in order, each with a reason', () => {
    const audit = auditGuidelines(parse(wellRun), '2026-02-10');
    expect(audit.map((item) => item.id)).toEqual(linRecommendations.map((r) => r.id));
    for (const item of audit) expect(item.reasons.length).toBeGreaterThan(0);
  });

  it('meets every applicable recommendation for a well-run episode', () => {
    expect(statuses(auditGuidelines(parse(wellRun), '2026-02-10'))).toEqual([
      'met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'not-applicable', 'met',
    ]);
  });

  it('meets almost nothing for an empty episode', () => {
    expect(statuses(auditGuidelines(parse(bare), '2026-02-10'))).toEqual([
      'not-met', 'not-met', 'not-met', 'met', 'not-met', 'not-met', 'not-met', 'not-met', 'not-applicable', 'not-applicable', 'not-met',
    ]);
  });

  it('ignores records dated after the as-of day', () => {
    const audit = auditGuidelines(parse(wellRun), '2026-01-12');
    // active care starts 2026-01-19 and the ODI follow-up is 2026-02-02
    expect(statusOf(audit, 8)).toBe('not-met');
    expect(statusOf(audit, 6)).toBe('not-applicable');
    expect(statusOf(audit, 9)).toBe('not-applicable');
  });

  it('4: imaging without a recorded indication is not met', () => {
    const withImage = (indication?: 'poor-response-to-care'): CaseFile => parse({
      ...wellRun,
      intake: { ...wellRun.intake, imaging: [{ id: 'i1', date: '2026-01-02', modality: 'mri', region: 'low-back', text: 'Disc bulge L4-5.', ...(indication ? { indication } : {}) }] },
    });
    expect(statusOf(auditGuidelines(withImage(), '2026-02-10'), 4)).toBe('not-met');
    expect(statusOf(auditGuidelines(withImage('poor-response-to-care'), '2026-02-10'), 4)).toBe('met');
  });

  it('6: a baseline alone is not met once the follow-up is overdue', () => {
    const file = parse({ ...wellRun, measures: [{ instrument: 'nprs', date: '2026-01-05', score: 7 }] });
    expect(statusOf(auditGuidelines(file, '2026-01-20'), 6)).toBe('not-applicable');
    expect(statusOf(auditGuidelines(file, '2026-02-10'), 6)).toBe('not-met');
  });

  it('7: education given in a session counts', () => {
    const file = parse({
      ...bare,
      sessions: [{ id: 's1', date: '2026-01-05T10:00:00+01:00', modalities: [{ modality: 'education', minutes: 10 }] }],
    });
    expect(statusOf(auditGuidelines(file, '2026-01-06'), 7)).toBe('met');
  });

  it('9: passive care only is not met after the first eight weeks', () => {
    const file = parse({ ...wellRun, sessions: [{ id: 's1', date: '2026-01-05', modalities: [{ modality: 'massage', minutes: 30 }] }] });
    expect(statusOf(auditGuidelines(file, '2026-02-20'), 9)).toBe('not-applicable');
    const late = auditGuidelines(file, '2026-03-10');
    expect(statusOf(late, 9)).toBe('not-met');
    expect(late.find((item) => item.id === 9)?.reasons[0]?.text).toMatch(/no active care/);
  });

  describe('10: non-surgical care before surgery', () => {
    const referral = { id: 'r1', date: '2026-02-01', to: { discipline: 'spine-surgery' as const }, reason: 'Concordant radicular pain.' };

    it('is met when active care came before the surgical referral', () => {
      expect(statusOf(auditGuidelines(parse({ ...wellRun, referrals: [referral] }), '2026-02-10'), 10)).toBe('met');
    });

    it('is not met when nothing non-surgical came first', () => {
      expect(statusOf(auditGuidelines(parse({ ...bare, referrals: [referral] }), '2026-02-10'), 10)).toBe('not-met');
    });

    it('is met after an earlier exercise programme', () => {
      const file = parse({ ...bare, intake: { priorTreatments: [{ kind: 'exercise-program', outcome: 'no-change' }] }, referrals: [referral] });
      expect(statusOf(auditGuidelines(file, '2026-02-10'), 10)).toBe('met');
    });

    it('is met when an emergency red flag is the indication', () => {
      const file = parse({
        ...bare,
        intake: { redFlags: { date: '2026-01-05', answers: [{ item: 'cauda-equina-saddle-sensory-change', present: true }] } },
        referrals: [{ ...referral, date: '2026-01-05' }],
      });
      expect(statusOf(auditGuidelines(file, '2026-02-10'), 10)).toBe('met');
    });
  });

  describe('11: work', () => {
    const withWork = (workStatus: 'off-work' | 'not-applicable', activity = 'Walk 30 minutes'): CaseFile => parse({
      ...wellRun,
      intake: { ...wellRun.intake, workStatus },
      goals: [{ id: 'g1', activity, measure: { kind: 'ability' }, baseline: 3, target: 8, setOn: '2026-01-05' }],
    });

    it('is not applicable when work does not apply', () => {
      expect(statusOf(auditGuidelines(withWork('not-applicable'), '2026-02-10'), 11)).toBe('not-applicable');
    });

    it('is met off work only with a goal about returning to work', () => {
      expect(statusOf(auditGuidelines(withWork('off-work'), '2026-02-10'), 11)).toBe('not-met');
      expect(statusOf(auditGuidelines(withWork('off-work', 'Return to work for a full shift'), '2026-02-10'), 11)).toBe('met');
    });
  });
});

describe('clinicAuditShares', () => {
  it('gives the share met among the episodes where each recommendation applies', () => {
    const audits = [auditGuidelines(parse(wellRun), '2026-02-10'), auditGuidelines(parse(bare), '2026-02-10')];
    const shares = clinicAuditShares(audits);
    expect(shares).toHaveLength(11);
    expect(shares[0]).toMatchObject({ id: 1, met: 1, notMet: 1, notApplicable: 0, share: 0.5 });
    expect(shares[3]).toMatchObject({ id: 4, share: 1 });
    expect(shares[8]).toMatchObject({ id: 9, met: 1, notApplicable: 1, share: 1 });
    expect(shares[9]).toMatchObject({ id: 10, notApplicable: 2, share: null });
  });

  it('has no share for an empty clinic', () => {
    expect(clinicAuditShares([]).every((share) => share.share === null)).toBe(true);
  });
});
