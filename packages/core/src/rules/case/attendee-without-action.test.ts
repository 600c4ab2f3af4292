// The rule's passing and failing documents (rules/testing.ts runs them).
import { describe, expect, it } from 'vitest';
import { ruleCases, case8050, mutate } from '../testing';
import { findings } from '../testing';

// b3 attended the meeting; deleting b3 and b3's actions from the plan silences plan.attendeeWithoutAction, not this.
const dropped = mutate(case8050, (d) => {
  const plan = d.plans[1]!;
  plan.members = plan.members.filter((m) => m.id !== 'b3');
  plan.actions = plan.actions.filter((a) => a.ownerId !== 'b3');
});

ruleCases('case.attendeeWithoutAction', [{ kind: 'case', pass: case8050, fail: dropped, path: 'plans.1.members' }]);

describe('case.attendeeWithoutAction', () => {
  it('counts the attendees without a role, in words that agree with the number', () => {
    const issue = findings('case', dropped, { locale: 'en' }).find((i) => i.code === 'case.attendeeWithoutAction');
    expect(issue?.message).toMatch(/^1 attendee of the meeting .* has no action/);
    expect(findings('case', dropped).find((i) => i.code === 'plan.attendeeWithoutAction')).toBeUndefined();
  });
  it('asks nothing of 本人 and 家族 who attended (盛岡 よりそい会議, seed 001 l.1004)', () => {
    const withFamily = mutate(case8050, (d) =>
      d.meetings[1]!.attendees.push({ ...d.meetings[1]!.attendees[2]!, id: 'b9', role: 'family' }),
    );
    expect(findings('case', withFamily).filter((i) => i.code === 'case.attendeeWithoutAction')).toEqual([]);
  });
});
