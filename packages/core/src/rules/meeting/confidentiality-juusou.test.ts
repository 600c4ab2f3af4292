// The rule's passing and failing documents (rules/testing.ts runs them).
import { describe, expect, it } from 'vitest';
import { SAKAI_EXAMPLE_POLICY } from '@tsunagu/core';
import { ruleCases, M, mutate } from '../testing';
import { findings } from '../testing';

const unacknowledged = mutate(M, (d) => (d.attendees[2]!.confidentialityAcknowledged = false));

// 坂井's 心得 第九条 covers both meeting kinds (seed 001 l.432, l.454).
ruleCases('meeting.confidentialityJuusou', [
  {
    kind: 'supportSharing',
    options: { policy: SAKAI_EXAMPLE_POLICY },
    pass: M,
    fail: unacknowledged,
    path: 'attendees.2.confidentialityAcknowledged',
  },
]);

describe('meeting.confidentialityJuusou', () => {
  it('is off nationally: the statute binds 支援会議 only', () => {
    expect(findings('supportSharing', unacknowledged).filter((i) => i.code.startsWith('meeting.confidentiality'))).toEqual([]);
  });
});
