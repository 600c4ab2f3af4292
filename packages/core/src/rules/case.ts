import { RELATIONSHIPS, SITUATIONS } from '../vocab/lists';
import type { Case } from '../schema/case';
import type { Rule, RuleContext, Finding } from './engine';
import { knownCodes, rule } from './engine';
import { consentOn, consentValidOn, personFindings } from './person';
import { referralRules } from './referral';
import { supportSharingRules } from './support-sharing';
import { actionPlanRules } from './action-plan';

function nested<D>(
  rules: readonly Rule<D>[],
  pick: (c: Case) => readonly D[] | undefined,
  key: string,
): Rule<Case>[] {
  return rules.map((r) =>
    rule<Case>(r.code, function* (c: Case, ctx: RuleContext): Generator<Finding> {
      for (const [i, doc] of (pick(c) ?? []).entries())
        for (const f of r.check(doc, ctx)) yield { ...f, path: [key, i, ...f.path] };
    }),
  );
}

const ALLOWED_NEXT: Record<string, readonly string[]> = {
  opened: ['coordinating', 'planRunning', 'monitoring', 'suspended', 'terminated'],
  coordinating: ['planRunning', 'monitoring', 'suspended', 'terminated', 'coordinating'],
  planRunning: ['monitoring', 'coordinating', 'suspended', 'terminated', 'planRunning'],
  monitoring: ['planRunning', 'coordinating', 'suspended', 'terminated', 'monitoring'],
  suspended: ['coordinating', 'planRunning', 'monitoring', 'terminated'],
  terminated: ['reopened'],
  reopened: ['coordinating', 'planRunning', 'monitoring', 'suspended', 'terminated'],
};

/** Rules of a case: its own, and those of every document it holds. */
export const caseRules: readonly Rule<Case>[] = [
  knownCodes<Case>([
    ['relationships', RELATIONSHIPS, ['household', 'members', '*', 'relationship']],
    ['situations', SITUATIONS, ['household', 'person', 'situations', '*']],
    ['situations', SITUATIONS, ['household', 'members', '*', 'situations', '*']],
  ]),
  rule<Case>('person.identity', (c, ctx) =>
    personFindings(c.household?.person, ['household', 'person'], ctx.today, 'person.identity'),
  ),
  rule<Case>('person.kana', function* (c, ctx) {
    yield* personFindings(c.household?.person, ['household', 'person'], ctx.today, 'person.kana');
    for (const [i, m] of (c.household?.members ?? []).entries())
      yield* personFindings(m, ['household', 'members', i], ctx.today, 'person.kana');
  }),
  rule<Case>('person.birthDateFuture', function* (c, ctx) {
    yield* personFindings(c.household?.person, ['household', 'person'], ctx.today, 'person.birthDateFuture');
    for (const [i, m] of (c.household?.members ?? []).entries())
      yield* personFindings(m, ['household', 'members', i], ctx.today, 'person.birthDateFuture');
  }),
  /** Status history runs forward in time, starts with 受付, and follows the case's life. */
  rule<Case>('case.statusOrder', function* (c) {
    const h = c.statusHistory ?? [];
    if (h.length > 0 && h[0]!.status !== 'opened') yield { path: ['statusHistory', 0, 'status'] };
    for (let i = 1; i < h.length; i++) {
      const prev = h[i - 1]!;
      const cur = h[i]!;
      if (cur.date < prev.date) yield { path: ['statusHistory', i, 'date'] };
      else if (cur.status !== 'reopened' && !(ALLOWED_NEXT[prev.status] ?? []).includes(cur.status))
        yield { path: ['statusHistory', i, 'status'] };
    }
  }),
  /** Re-opening follows a termination; history is kept, never rewritten. */
  rule<Case>('case.reopenWithoutTermination', function* (c) {
    const h = c.statusHistory ?? [];
    for (let i = 0; i < h.length; i++)
      if (h[i]!.status === 'reopened' && h[i - 1]?.status !== 'terminated') yield { path: ['statusHistory', i, 'status'] };
  }),
  /** A 重層的支援会議 needs consent valid on its date in the case's consent history (withdrawal ends it). */
  rule<Case>('case.meetingWithoutConsent', function* (c) {
    for (const [i, m] of (c.meetings ?? []).entries()) {
      if (m.meeting?.legalKind !== 'juusou') continue;
      const personId = c.household?.person?.id;
      if (!consentValidOn(consentOn(c.consentHistory ?? [], m.meeting.date, personId), m.meeting.date))
        yield { path: ['meetings', i, 'meeting', 'legalKind'] };
    }
  }),
  ...nested(referralRules, (c) => c.referrals, 'referrals'),
  ...nested(supportSharingRules, (c) => c.meetings, 'meetings'),
  ...nested(actionPlanRules, (c) => c.plans, 'plans'),
];
