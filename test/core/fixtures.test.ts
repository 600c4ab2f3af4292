import { describe, expect, it } from 'vitest';
import { validate, type DocumentKind } from '@tsunagu/core';
import * as F from '../fixtures/households';
import { mutate } from './helpers';

/** Each realistic fixture validates; with one fault injected, it fails with the expected code at the expected path. */
const table: [string, DocumentKind, unknown, unknown, string, string][] = [
  [
    'hoarded house referral',
    'referral',
    F.hoardedHouseReferral,
    mutate(F.hoardedHouseReferral, (d) => (d.content.problemView = '')),
    'referral.problemViewRequired',
    'content.problemView',
  ],
  [
    'hoarded house referral',
    'referral',
    F.hoardedHouseReferral,
    mutate(F.hoardedHouseReferral, (d) => (d.members[0]!.relationship = 'grandchild-in-law')),
    'vocabulary.unknownCode',
    'members.0.relationship',
  ],
  [
    '東海村-like family referral',
    'referral',
    F.dvFamilyReferral,
    mutate(F.dvFamilyReferral, (d) => (d.response!.options = [])),
    'response.optionRequired',
    'response.options',
  ],
  [
    '東海村-like family meeting (12 agencies)',
    'supportSharing',
    F.dvFamilyMeeting,
    mutate(F.dvFamilyMeeting, (d) => (d.consent = { status: 'withdrawn', date: '2025-04-07' })),
    'meeting.consentRequired',
    'meeting.legalKind',
  ],
  [
    '東海村-like family plan',
    'actionPlan',
    F.dvFamilyPlan,
    mutate(F.dvFamilyPlan, (d) => (d.actions[5]!.due = '2025-04-01')),
    'action.dueBeforePlan',
    'actions.5.due',
  ],
  [
    '8050 referral',
    'referral',
    F.household8050Referral,
    mutate(F.household8050Referral, (d) => (d.person.birthDate = '2043-02-11')),
    'person.birthDateFuture',
    'person.birthDate',
  ],
  [
    '8050 case',
    'case',
    F.case8050,
    mutate(F.case8050, (d) => (d.plans[1]!.termination = { date: '2026-01-15', reason: 'mainSupporterDecided' })),
    'termination.successorRequired',
    'plans.1.termination.accompaniers',
  ],
  [
    '8050 case',
    'case',
    F.case8050,
    mutate(F.case8050, (d) => (d.meetings[0]!.attendees[2]!.confidentialityAcknowledged = false)),
    'meeting.confidentiality',
    'meetings.0.attendees.2.confidentialityAcknowledged',
  ],
];

describe('fixtures drawn from the seeds', () => {
  for (const [name, kind, valid, broken, code, path] of table) {
    it(`${name} validates, and fails with ${code} when broken`, () => {
      // A case is read after its last entry (2026-03); the documents on the day of the family's meeting.
      const today = kind === 'case' ? '2026-04-01' : '2025-04-09';
      const ok = validate(kind, valid, { today });
      expect(ok.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(ok.ok).toBe(true);
      const bad = validate(kind, broken, { today });
      expect(bad.ok).toBe(false);
      expect(bad.issues.map((i) => [i.code, i.path.join('.')])).toContainEqual([code, path]);
    });
  }
});
