// The household assessment over time (issue #36): new, revised, the latest of a case, on the timeline, a
// support-sharing sheet started from it, and the 評価 of 終結 tied to the case's closure.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assessmentFormFacts,
  caseTimeline,
  emptyAssessment,
  emptySupportSharing,
  latestAssessment,
  reviseAssessment,
  supportSharingFromAssessment,
  validate,
  type Assessment,
} from '@tsunagu/core';
import { case8050 } from '../fixtures/households';
import { assessedCase, juneAssessment, septemberAssessment } from '../fixtures/assessments';

const today = '2026-06-01';

describe('the household assessment', () => {
  it('starts with a row for each person of the household, and the agency to name', () => {
    const a = emptyAssessment('2025-06-20', case8050.household);
    expect(a.members.map((m) => m.memberId)).toEqual(['p1', 'm1']);
    const r = validate('assessment', a, { today });
    expect(r.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual(['field.required by.organization']);
    expect(assessmentFormFacts().required(a, ['by', 'organization'])).toBe(true);
  });

  it('is revised as a new document that names the one it revises, without the old 評価', () => {
    const next = reviseAssessment(septemberAssessment, '2025-12-10', 'as-2025-12');
    expect(next).toMatchObject({ id: 'as-2025-12', previousId: 'as-2025-09', assessedOn: '2025-12-10' });
    expect(next.evaluation).toBeUndefined();
    expect(next.members).toEqual(septemberAssessment.members);
    expect(next.members).not.toBe(septemberAssessment.members);
    expect(validate('assessment', next, { today }).ok).toBe(true);
  });

  it('the latest of a case, on or before a date', () => {
    expect(latestAssessment(assessedCase)?.id).toBe('as-2025-09');
    expect(latestAssessment(assessedCase, '2025-08-31')?.id).toBe('as-2025-06');
    expect(latestAssessment(assessedCase, '2025-01-01')).toBeUndefined();
    expect(latestAssessment(case8050)).toBeUndefined();
  });

  it('shows on the timeline, with its 評価 decision and the members assessed', () => {
    const entries = caseTimeline(assessedCase, { kinds: ['assessment'] });
    expect(entries.map((e) => [e.date, e.id, e.code ?? null])).toEqual([
      ['2025-06-20', 'as-2025-06', null],
      ['2025-09-10', 'as-2025-09', 'continue'],
    ]);
    expect(entries[0]!.memberIds).toEqual(['p1', 'm1']);
    expect(caseTimeline(assessedCase, { memberId: 'm1', kinds: ['assessment'] })).toHaveLength(2);
  });

  it('a support-sharing sheet starts from it, keeping what the meeting already has', () => {
    const base = emptySupportSharing('2025-09-24');
    const m = supportSharingFromAssessment(septemberAssessment, base);
    expect(m.shared).toEqual({
      history: juneAssessment.history!.text,
      wishes: juneAssessment.person!.view!.text,
      strengths: juneAssessment.person!.strengths!.text,
      known: juneAssessment.supporters!.view!.text,
      unknown: [{ id: 'u1', text: juneAssessment.supporters!.unknowns!.text }],
    });
    expect(validate('supportSharing', m).issues.filter((i) => i.path[0] === 'shared')).toEqual([]);
    const kept = supportSharingFromAssessment(septemberAssessment, { ...base, shared: { history: '会議で確認した経緯' } });
    expect(kept.shared?.history).toBe('会議で確認した経緯');
  });

  it('a case with its assessments is valid, and an 評価 of 終結 must agree with the closure', () => {
    expect(validate('case', assessedCase, { today }).issues.filter((i) => i.code.startsWith('assessment.'))).toEqual([]);
    const open = {
      ...assessedCase,
      assessments: [
        { ...septemberAssessment, assessedOn: '2026-04-20', evaluation: { achievement: 'achieved', decision: 'terminate' } } as Assessment,
      ],
    };
    const r = validate('case', open, { today, locale: 'en' });
    expect(r.ok).toBe(false);
    expect(r.issues.find((i) => i.code === 'assessment.terminationMismatch')?.path).toEqual(['assessments', 0, 'evaluation', 'decision']);
  });

  it('an evaluation once started asks for its achievement and decision', () => {
    const started = { ...juneAssessment, evaluation: { changes: { text: '外出が増えた' } } };
    const r = validate('assessment', started, { today });
    expect(r.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'field.required evaluation.achievement',
      'field.required evaluation.decision',
    ]);
    expect(assessmentFormFacts().required(started, ['evaluation', 'decision'])).toBe(true);
  });

  it('never throws on what it is given (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), (junk, date) => {
        validate('assessment', junk, { today });
        validate('assessment', { ...juneAssessment, members: junk }, { today });
        expect(() => reviseAssessment(juneAssessment, date)).not.toThrow();
        expect(latestAssessment({ assessments: [juneAssessment, { ...juneAssessment, assessedOn: date }] })).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });
});
