// The rule's passing and failing documents (rules/testing.ts runs them).
import { describe, expect, it } from 'vitest';
import { ruleCases, P, mutate } from '../testing';
import { findings } from '../testing';

ruleCases('action.dueRequiredOngoing', [
  // x13: 民生委員's informal 見守り; x6: a formal 見守り (kind watching).
  { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => delete d.actions[12]!.due), path: 'actions.12.due' },
  {
    kind: 'actionPlan',
    pass: mutate(P, (d) => {
      delete d.actions[5]!.due;
      d.actions[5]!.status = 'cancelled';
    }),
    fail: mutate(P, (d) => delete d.actions[5]!.due),
    path: 'actions.5.due',
  },
]);

describe('action.dueRequiredOngoing', () => {
  const undated = mutate(P, (d) => delete d.actions[12]!.due);
  it('is a warning nationally: the plan can still be saved', () => {
    const on = findings('actionPlan', undated).filter((i) => i.code === 'action.dueRequiredOngoing');
    expect(on.map((i) => i.severity)).toEqual(['warning']);
  });
  it('is what a policy changes to ask a date of every action', () => {
    const policy = { id: 'x', name: { ja: 'x', en: 'x' }, rules: { 'action.dueRequiredOngoing': 'error' as const } };
    expect(findings('actionPlan', undated, { policy }).find((i) => i.code === 'action.dueRequiredOngoing')?.severity).toBe('error');
  });
});
