import { ACTION_KINDS, TERMINATION_REASONS } from '../vocab/lists';
import type { ActionPlan } from '../schema/action-plan';
import type { Vocabulary } from '../vocab';
import { isOverdue } from '../dates';
import { blank, knownCodes, requiredTexts, rowAt, rule, uniqueIds, type IssuePath, type Rule } from './engine';
import type { ResolvedPolicy } from '../policy';

const open = (p: ActionPlan): boolean => p.status === 'active';
const terminated = (p: ActionPlan): boolean => p.status === 'terminated';
/** The action a path points into is not cancelled (a cancelled action needs no due date). */
const notCancelled = (p: ActionPlan, path: IssuePath): boolean => rowAt(p.actions, path)?.status !== 'cancelled';
/** Whether the termination's reason hands the case on to someone (not 転出 or 死亡). */
function handsOn(p: ActionPlan, policy: ResolvedPolicy): boolean {
  const reason = p.termination?.reason;
  if (!reason) return false;
  const reasons: Vocabulary = [...TERMINATION_REASONS, ...(policy.vocabularies.terminationReasons ?? [])];
  return !reasons.find((e) => e.code === reason)?.noSuccessor;
}

/** Rules of an action plan, its monitoring and its termination. */
export const actionPlanRules: readonly Rule<ActionPlan>[] = [
  requiredTexts<ActionPlan>([
    ['members', '*', 'name'],
    ['members', '*', 'organization'],
    ['monitoring', 'records', '*', 'note'],
  ]),
  knownCodes<ActionPlan>([
    ['actionKinds', ACTION_KINDS, ['actions', '*', 'kind']],
    ['terminationReasons', TERMINATION_REASONS, ['termination', 'reason']],
  ]),
  uniqueIds<ActionPlan>([['members'], ['actions']]),
  rule<ActionPlan>('action.ownerRequired', function* (d) {
    for (const [i, a] of (d.actions ?? []).entries())
      if (blank(a.ownerId) && blank(a.ownerOrganization)) yield { path: ['actions', i, 'ownerId'] };
  }),
  /** The owner is an attendee (a plan member) or a named organization. */
  rule<ActionPlan>('action.ownerUnknown', function* (d) {
    const ids = new Set((d.members ?? []).map((m) => m.id));
    for (const [i, a] of (d.actions ?? []).entries())
      if (a.ownerId && !ids.has(a.ownerId)) yield { path: ['actions', i, 'ownerId'] };
  }),
  rule<ActionPlan>(
    'action.taskRequired',
    function* (d) {
      for (const [i, a] of (d.actions ?? []).entries()) if (blank(a.task)) yield { path: ['actions', i, 'task'] };
    },
    [{ path: ['actions', '*', 'task'] }],
  ),
  /** 盛岡: どこの機関がいつまでに何をするか — every action has a due date. */
  rule<ActionPlan>(
    'action.dueRequired',
    function* (d) {
      for (const [i, a] of (d.actions ?? []).entries())
        if (!a.due && a.status !== 'cancelled') yield { path: ['actions', i, 'due'] };
    },
    [{ path: ['actions', '*', 'due'], when: notCancelled }],
  ),
  /**
   * An open action is due on or after the plan date. Done or cancelled actions
   * carried into a revised plan keep their history and are not checked.
   */
  rule<ActionPlan>('action.dueBeforePlan', function* (d) {
    for (const [i, a] of (d.actions ?? []).entries())
      if (a.due && d.planDate && a.due < d.planDate && a.status !== 'done' && a.status !== 'cancelled')
        yield { path: ['actions', i, 'due'] };
  }),
  rule<ActionPlan>('action.overdue', function* (d, ctx) {
    if (!open(d)) return;
    for (const [i, a] of (d.actions ?? []).entries())
      if (isOverdue(a.due, a.status, ctx.today)) yield { path: ['actions', i, 'due'] };
  }),
  /** 行動連携: every member of the team has at least one action (高島). */
  rule<ActionPlan>('plan.attendeeWithoutAction', function* (d) {
    const owners = new Set((d.actions ?? []).filter((a) => a.status !== 'cancelled').map((a) => a.ownerId));
    for (const [i, m] of (d.members ?? []).entries()) if (!owners.has(m.id)) yield { path: ['members', i] };
  }),
  /** An active plan has a next monitoring date after the plan date. */
  rule<ActionPlan>(
    'plan.monitoringRequired',
    function* (d) {
      if (!open(d)) return;
      const next = d.monitoring?.nextDate;
      if (!next || (d.planDate && next <= d.planDate)) yield { path: ['monitoring', 'nextDate'] };
    },
    [{ path: ['monitoring', 'nextDate'], when: open }],
  ),
  rule<ActionPlan>('plan.monitoringOverdue', function* (d, ctx) {
    const next = d.monitoring?.nextDate;
    if (open(d) && next && next < ctx.today) yield { path: ['monitoring', 'nextDate'] };
  }),
  /** The lead is a member (leadId) or an organization: the member field is the one marked. */
  rule<ActionPlan>(
    'plan.leadRequired',
    function* (d) {
      if (open(d) && blank(d.team?.leadId) && blank(d.team?.leadOrganization)) yield { path: ['team', 'leadId'] };
    },
    [{ path: ['team', 'leadId'], when: (d) => open(d) && blank(d.team?.leadOrganization) }],
  ),
  /** 盛岡: with consent the coordinator leads the team; without consent a field agency leads. */
  rule<ActionPlan>('plan.leadByConsent', function* (d) {
    if (!d.team || d.team.leadIsCoordinator === undefined || !d.consentStatus) return;
    const withConsent = d.consentStatus === 'given';
    if (withConsent !== d.team.leadIsCoordinator) yield { path: ['team', 'leadIsCoordinator'] };
  }),
  rule<ActionPlan>(
    'termination.dateRequired',
    function* (d) {
      if (terminated(d) && !d.termination?.date) yield { path: ['termination', 'date'] };
    },
    [{ path: ['termination', 'date'], when: terminated }],
  ),
  rule<ActionPlan>(
    'termination.reasonRequired',
    function* (d) {
      if (terminated(d) && blank(d.termination?.reason)) yield { path: ['termination', 'reason'] };
    },
    [{ path: ['termination', 'reason'], when: terminated }],
  ),
  /** Unless the reason makes it impossible (転出, 死亡), someone carries on. */
  rule<ActionPlan>(
    'termination.successorRequired',
    function* (d, ctx) {
      if (terminated(d) && handsOn(d, ctx.policy) && blank(d.termination?.successor)) yield { path: ['termination', 'successor'] };
    },
    [{ path: ['termination', 'successor'], when: (d, _path, policy) => terminated(d) && handsOn(d, policy) }],
  ),
  rule<ActionPlan>('termination.beforePlan', function* (d) {
    const date = d.termination?.date;
    if (date && d.planDate && date < d.planDate) yield { path: ['termination', 'date'] };
  }),
];
