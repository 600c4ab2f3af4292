// The rule's passing and failing documents (rules/testing.ts runs them).
import { describe, expect, it } from 'vitest';
import { TAKASHIMA_EXAMPLE_POLICY, YONAGO_EXAMPLE_POLICY } from '@tsunagu/core';
import { ruleCases, M, mutate } from '../testing';
import { findings } from '../testing';

const involved = mutate(M, (d) => (d.attendees[0]!.directlyInvolved = true));

// 高島 keeps the facilitator neutral (seed 001 l.2082).
ruleCases('meeting.facilitatorInvolved', [
  { kind: 'supportSharing', options: { policy: TAKASHIMA_EXAMPLE_POLICY }, pass: M, fail: involved, path: 'attendees.0.directlyInvolved' },
]);

describe('meeting.facilitatorInvolved is a practice of some municipalities', () => {
  it('is off nationally (001 l.745) and under 米子, where the 主担 runs the meeting (l.2263)', () => {
    for (const options of [{}, { policy: YONAGO_EXAMPLE_POLICY }])
      expect(findings('supportSharing', involved, options).filter((i) => i.code === 'meeting.facilitatorInvolved')).toEqual([]);
  });
});
