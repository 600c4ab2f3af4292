// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

const closed = (contact?: string, reason = 'mainSupporterDecided') =>
  mutate(P, (d) => {
    d.status = 'terminated';
    d.termination = {
      date: '2025-09-01',
      reason,
      accompaniers: [{ id: 'acc-1', organization: '子育て支援課', formality: 'formal', leads: true }],
      ...(contact ? { contactOnChange: { organization: contact } } : {}),
    };
  });

ruleCases('termination.handOffRequired', [
  { kind: 'actionPlan', pass: closed('子育て支援課'), fail: closed(), path: 'termination.contactOnChange.organization' },
  // 転出 hands the case to no one here: nothing to ask.
  { kind: 'actionPlan', pass: closed(undefined, 'movedOut'), fail: closed('  '), path: 'termination.contactOnChange.organization' },
]);
