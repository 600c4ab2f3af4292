import { describe, expect, it } from 'vitest';
import { buildReport, formatDate, parseDateInput, validate } from '@tsunagu/core';
import { case8050, dvFamilyMeeting, dvFamilyPlan, dvFamilyReferral } from '../fixtures/households';

describe('@tsunagu/core in Chromium', () => {
  it('validates every kind of document as in Node', () => {
    for (const [kind, doc] of [
      ['referral', dvFamilyReferral],
      ['supportSharing', dvFamilyMeeting],
      ['actionPlan', dvFamilyPlan],
      ['case', case8050],
    ] as const) {
      // A case is read after its last entry; the documents on the day of the family's meeting.
      expect(validate(kind, doc, { today: kind === 'case' ? '2026-04-01' : '2025-04-09' }).ok).toBe(true);
    }
    expect(validate('referral', { kind: 'referral' }, { locale: 'en' }).issues[0]?.message).toBe(
      'This version of the document is not supported.',
    );
  });
  it('reads and writes 和暦 and builds the report', () => {
    expect(parseDateInput('令和元年5月1日')).toEqual({ ok: true, value: '2019-05-01' });
    expect(formatDate('2025-04-01', 'wareki')).toBe('令和7年4月1日');
    expect(buildReport([case8050]).fiscalYears[0]?.juusouMeetings).toBe(2);
  });
});
