import { describe, expect, it } from 'vitest';
import { buildReport, validate, type Case } from '@tsunagu/core';
import { mutate } from './helpers';
import {
  mixedSession,
  mixedSessionCases,
  noConsentSession,
  sessionCaseNoConsent,
  sessionCases,
  threeCaseSession,
} from '../fixtures/sessions';

const july = (cases: Iterable<Case>, sessions?: Parameters<typeof buildReport>[1]) =>
  buildReport(cases, sessions).months.find((m) => m.month === '2025-07')!;

describe('meeting sessions', () => {
  it('validate, invitations and replies included, with and without the cases', () => {
    const options = { today: '2025-07-31', cases: [...sessionCases, sessionCaseNoConsent] };
    expect(validate('meetingSession', threeCaseSession, options).issues).toEqual([]);
    expect(validate('meetingSession', noConsentSession, options).issues).toEqual([]);
    expect(validate('meetingSession', threeCaseSession, { today: '2025-07-31' }).issues).toEqual([]);
    for (const c of sessionCases)
      expect(
        validate('case', c, { today: '2026-04-01' }).issues.filter((i) => i.severity === 'error'),
        c.id,
      ).toEqual([]);
  });

  it('refuse a reply that is not one of the four, and a minute count that is not one', () => {
    const bad = mutate(threeCaseSession, (s) => {
      (s.invitations[0] as { reply: string }).reply = 'maybe';
      (s.agenda[0] as { minutes: unknown }).minutes = '40分';
    });
    const issues = validate('meetingSession', bad).issues.map((i) => `${i.code} ${i.path.join('.')}`);
    expect(issues).toContain('structure.value invitations.0.reply');
    expect(issues.some((i) => i.endsWith('agenda.0.minutes'))).toBe(true);
  });

  it('a 重層的支援会議 session with a no-consent case is refused with session.consent', () => {
    const withIt = mutate(threeCaseSession, (s) => s.agenda.push({ caseId: sessionCaseNoConsent.id }));
    const result = validate('meetingSession', withIt, { today: '2025-07-31', cases: [...sessionCases, sessionCaseNoConsent] });
    expect(result.ok).toBe(false);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'session.consent agenda.3.caseId',
    ]);
  });

  it('count a session of three cases as one meeting of its kind (「開催回数」), and the cases discussed', () => {
    // Before sessions, the three support-sharing documents were three 重層的支援会議.
    const unlinked = sessionCases.map((c) => mutate(c, (d) => d.meetings.forEach((m) => delete m.sessionId)));
    expect(july(unlinked).juusouMeetings).toBe(3);
    // Linked to the session: one meeting, three cases discussed — from the cases alone, or with the session given.
    expect(july(sessionCases)).toMatchObject({ juusouMeetings: 1, sessions: 1, casesDiscussed: 3 });
    expect(july(sessionCases, { sessions: [threeCaseSession] })).toMatchObject({ juusouMeetings: 1, sessions: 1, casesDiscussed: 3 });
    // The 8050 case's other meetings (May and January) still count on their own.
    const fy = buildReport(sessionCases).fiscalYears.find((f) => f.fiscalYear === 2025)!;
    expect(fy.shienMeetings).toBe(1);
    expect(fy.juusouMeetings).toBe(1 + 1 + 1); // the family's own April meeting, the session, the 8050 closure meeting
  });

  it("take the session's kind and date when the portal gives it", () => {
    const asShien = { ...threeCaseSession, legalKind: 'shien' as const, date: '2025-08-01' };
    const r = buildReport(sessionCases, { sessions: [asShien] });
    expect(r.months.find((m) => m.month === '2025-08')).toMatchObject({ shienMeetings: 1, sessions: 1, casesDiscussed: 3 });
    expect(r.months.find((m) => m.month === '2025-07')?.sessions ?? 0).toBe(0);
  });

  it('count a mixed session (米子) once, and once under each kind it held, in whatever order the cases come', () => {
    expect(validate('meetingSession', mixedSession, { today: '2025-07-31', cases: mixedSessionCases }).issues).toEqual([]);
    const expected = { sessions: 1, juusouMeetings: 1, shienMeetings: 1, casesDiscussed: 3 };
    const orders = [
      mixedSessionCases,
      [...mixedSessionCases].reverse(),
      [mixedSessionCases[2]!, mixedSessionCases[0]!, mixedSessionCases[1]!],
    ];
    for (const cases of orders) {
      // From the cases alone (each case's discussion names its kind)…
      expect(july(cases)).toMatchObject(expected);
      // …and with the session given, whose agenda says each case's kind.
      expect(july(cases, { sessions: [mixedSession] })).toMatchObject(expected);
    }
    // Before, the kind came from whichever case was met first: a 支援会議 first made the whole session one.
    expect(july([mixedSessionCases[2]!, mixedSessionCases[0]!]).juusouMeetings).toBe(1);
  });
});
