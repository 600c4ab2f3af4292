import { describe, expect, it } from 'vitest';
import { casePhase, caseTimeline, enrolmentsOn, phaseMove, validate } from '@tsunagu/core';
import { outreachCase } from '../fixtures/phases';
import { case8050 } from '../fixtures/households';

describe('enrolments and the meeting phase (#32)', () => {
  it('the outreach case is valid, with its two 事業 in turn', () => {
    expect(validate('case', outreachCase, { today: '2025-10-01' }).issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(enrolmentsOn(outreachCase, '2025-07-01').map((e) => e.program)).toEqual(['outreach']);
    expect(enrolmentsOn(outreachCase, '2025-09-11').map((e) => e.program)).toEqual(['outreach', 'multiAgency']);
    expect(enrolmentsOn(outreachCase, '2025-10-01').map((e) => e.program)).toEqual(['multiAgency']);
    expect(enrolmentsOn(outreachCase, '2025-06-01')).toEqual([]);
  });

  it('the phase follows consent to both sharing and collecting; the move is the first 重層的支援会議 after a 支援会議', () => {
    expect(casePhase(outreachCase, '2025-09-01')).toBe('shien');
    expect(casePhase(outreachCase, '2025-09-02')).toBe('juusou');
    // Consent to collect only is not 本人同意 (盛岡, seed 001 l.437).
    const collectOnly = {
      ...outreachCase,
      consentHistory: outreachCase.consentHistory.map((c) => ({ ...c, scope: { provide: false, collect: true } })),
    };
    expect(casePhase(collectOnly, '2025-10-01')).toBe('shien');
    expect(phaseMove(outreachCase)).toEqual({ date: '2025-09-11', meetingIndex: 1, consentDate: '2025-09-02' });
    // In any order of the meetings.
    expect(phaseMove({ ...outreachCase, meetings: [...outreachCase.meetings].reverse() })).toEqual({
      date: '2025-09-11',
      meetingIndex: 0,
      consentDate: '2025-09-02',
    });
    // A case that never held a 支援会議 never moved.
    expect(phaseMove({ ...outreachCase, meetings: [outreachCase.meetings[1]!] })).toBeUndefined();
    expect(phaseMove({ ...outreachCase, meetings: [outreachCase.meetings[0]!] })).toBeUndefined();
  });

  it('the timeline shows each 事業 begun and ended, and the move, filtered like any kind', () => {
    const entries = caseTimeline(outreachCase).map((e) => `${e.date} ${e.kind}${e.ends ? '-end' : ''} ${e.code ?? ''}`);
    expect(entries).toContain('2025-06-19 enrolment outreach');
    expect(entries.filter((e) => e.startsWith('2025-09-11'))).toEqual([
      '2025-09-11 meeting juusou',
      '2025-09-11 phase juusou',
      '2025-09-11 enrolment-end outreach',
      '2025-09-11 enrolment multiAgency',
    ]);
    expect(caseTimeline(outreachCase, { kinds: ['phase'] })).toHaveLength(1);
    // The 8050 case met first as a 支援会議, then — consent given — in the よりそい会議: one move, no 事業 recorded.
    expect(caseTimeline(case8050, { kinds: ['phase', 'enrolment'] }).map((e) => `${e.date} ${e.kind}`)).toEqual(['2025-07-10 phase']);
  });
});
