import { ACTION_KINDS, TERMINATION_REASONS } from '../vocab/lists';
import type { ActionPlan } from '../schema/action-plan';
import type { Vocabulary } from '../vocab';
import { isOverdue } from '../dates';
import { blank, knownCodes, requiredTexts, rule, uniqueIds, type Rule } from './engine';

const open = (p: ActionPlan) => p.status === 'active';

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
  rule<ActionPlan>('action.taskRequired', function* (d) {
    for (const [i, a] of (d.actions ?? []).entries()) if (blank(a.task)) yield { path: ['actions', i, 'task'] };
  }),
  /** 盛岡: どこの機関がいつまでに何をするか — every action has a due date. */
  rule<ActionPlan>('action.dueRequired', function* (d) {
    for (const [i, a] of (d.actions ?? []).entries())
      if (!a.due && a.status !== 'cancelled') yield { path: ['actions', i, 'due'] };
  }),
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
  rule<ActionPlan>('plan.monitoringRequired', function* (d) {
    if (!open(d)) return;
    const next = d.monitoring?.nextDate;
    if (!next || (d.planDate && next <= d.planDate)) yield { path: ['monitoring', 'nextDate'] };
  }),
  rule<ActionPlan>('plan.monitoringOverdue', function* (d, ctx) {
    const next = d.monitoring?.nextDate;
    if (open(d) && next && next < ctx.today) yield { path: ['monitoring', 'nextDate'] };
  }),
  rule<ActionPlan>('plan.leadRequired', function* (d) {
    if (open(d) && blank(d.team?.leadId) && blank(d.team?.leadOrganization)) yield { path: ['team', 'leadId'] };
  }),
  /** 盛岡: with consent the coordinator leads the team; without consent a field agency leads. */
  rule<ActionPlan>('plan.leadByConsent', function* (d) {
    if (!d.team || d.team.leadIsCoordinator === undefined || !d.consentStatus) return;
    const withConsent = d.consentStatus === 'given';
    if (withConsent !== d.team.leadIsCoordinator) yield { path: ['team', 'leadIsCoordinator'] };
  }),
  rule<ActionPlan>('termination.dateRequired', function* (d) {
    if (d.status === 'terminated' && !d.termination?.date) yield { path: ['termination', 'date'] };
  }),
  rule<ActionPlan>('termination.reasonRequired', function* (d) {
    if (d.status === 'terminated' && blank(d.termination?.reason)) yield { path: ['termination', 'reason'] };
  }),
  /** Unless the reason makes it impossible (転出, 死亡), someone carries on. */
  rule<ActionPlan>('termination.successorRequired', function* (d, ctx) {
    const t = d.termination;
    if (d.status !== 'terminated' || !t?.reason) return;
    const reasons: Vocabulary = [...TERMINATION_REASONS, ...(ctx.policy.vocabularies.terminationReasons ?? [])];
    const reason = reasons.find((e) => e.code === t.reason);
    if (!reason?.noSuccessor && blank(t.successor)) yield { path: ['termination', 'successor'] };
  }),
  rule<ActionPlan>('termination.beforePlan', function* (d) {
    const date = d.termination?.date;
    if (date && d.planDate && date < d.planDate) yield { path: ['termination', 'date'] };
  }),
];
