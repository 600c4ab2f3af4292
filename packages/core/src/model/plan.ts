import type { Accompanier, Action, ActionPlan, Termination } from '../schema/action-plan';
import type { StatusChange } from '../schema/case';
import type { Attendee } from '../schema/support-sharing';

/** The plan is being carried out. */
export const planActive = (p: ActionPlan): boolean => p.status === 'active';
/** The plan has ended (終結). */
export const planTerminated = (p: ActionPlan): boolean => p.status === 'terminated';

/**
 * An action with no end date in practice: ongoing 見守り, or an informal one
 * (民生委員, neighbours, volunteers). Its due date is asked for by
 * `action.dueRequiredOngoing` (a warning), not `action.dueRequired`.
 */
export const ongoingAction = (a: Pick<Action, 'kind' | 'formality'>): boolean => a.kind === 'watching' || a.formality === 'informal';

/**
 * A supporter at the meeting: not 本人 or 家族, who attend 盛岡's よりそい会議
 * (seed 001, l.1004) but take no role in 行動連携 and owe no duty of confidentiality.
 */
export const supporter = (a: Pick<Attendee, 'role'>): boolean => a.role !== 'person' && a.role !== 'family';

/**
 * The fields of a closure as written before 0.2, read by the migrations: one agency that carried on
 * (`successor`) and its role (`successorRole`).
 * @public
 */
export interface LegacyTerminationFields {
  readonly successor?: string;
  readonly successorRole?: string;
}

/** A closure as it may be stored: today's fields, and the ones {@link migrateTermination} moves. @public */
export type StoredTermination = Termination & LegacyTerminationFields;

/**
 * A closure as written before 0.2: its one `successor` (with its `successorRole`) becomes the first of the
 * accompaniers — a formal agency that leads, the reading those closures were written with. A closure without
 * them is returned as it is (the same object), so migrating twice changes nothing.
 *
 * @example
 * ```ts
 * migrateTermination({ reason: 'mainSupporterDecided', successor: '地域包括支援センター' });
 * // → { reason: 'mainSupporterDecided', accompaniers: [{ id: 'acc-1', organization: '地域包括支援センター', formality: 'formal', leads: true }] }
 * ```
 * @public
 */
export function migrateTermination(t: StoredTermination): Termination {
  if (t.successor === undefined && t.successorRole === undefined) return t;
  const { successor, successorRole, ...rest } = t;
  if (successor === undefined || successor.trim() === '' || rest.accompaniers?.length) return rest;
  const first: Accompanier = {
    id: 'acc-1',
    organization: successor,
    formality: 'formal',
    ...(successorRole !== undefined ? { role: successorRole } : {}),
    leads: true,
  };
  return { ...rest, accompaniers: [first, ...(rest.accompaniers ?? [])] };
}

/** A plan as it may be stored: its closure may hold the fields {@link migrateTermination} moves. @public */
export type StoredActionPlan = Omit<ActionPlan, 'termination'> & { readonly termination?: StoredTermination };

/**
 * A plan as written before 0.2, brought to today's shape. Two changes:
 * - its one 「チームリーダー・主たる支援者」 (`leadId`, `leadOrganization`, `leadIsCoordinator`) becomes both the team
 *   leader and the main supporter, the reading those plans were written with (a plan that names a main supporter,
 *   or no lead, keeps its team as it is);
 * - its closure's one `successor` becomes the first accompanier ({@link migrateTermination}).
 *
 * A plan with nothing to migrate is returned as it is (the same object), so migrating twice changes nothing. Run
 * it on stored plans once (`migrateCase` for a case's plans and closures), before `validate`: the validator keeps
 * only today's fields.
 *
 * @example
 * ```ts
 * const plan = migrateActionPlan(stored); // stored.team.leadId 'a2' → plan.team.mainSupporterId 'a2' too
 * ```
 * @public
 */
export function migrateActionPlan(p: StoredActionPlan): ActionPlan {
  const team = migrateTeam(p.team);
  const termination = p.termination && migrateTermination(p.termination);
  if (team === p.team && termination === p.termination) return p;
  return { ...p, ...(team ? { team } : {}), ...(termination ? { termination } : {}) };
}

function migrateTeam(t: ActionPlan['team']): ActionPlan['team'] {
  if (!t || t.mainSupporterId !== undefined || t.mainSupporterOrganization !== undefined || t.mainSupporterIsCoordinator !== undefined)
    return t;
  if (t.leadId === undefined && t.leadOrganization === undefined && t.leadIsCoordinator === undefined) return t;
  return {
    ...t,
    ...(t.leadId !== undefined ? { mainSupporterId: t.leadId } : {}),
    ...(t.leadOrganization !== undefined ? { mainSupporterOrganization: t.leadOrganization } : {}),
    ...(t.leadIsCoordinator !== undefined ? { mainSupporterIsCoordinator: t.leadIsCoordinator } : {}),
  };
}

/** A case as it may be stored: plans and closures in their earlier shapes. @public */
export interface StoredCase {
  readonly plans: readonly StoredActionPlan[];
  readonly statusHistory: readonly (Omit<StatusChange, 'termination'> & { readonly termination?: StoredTermination })[];
}

/**
 * A case with every plan migrated by {@link migrateActionPlan} and every closure of its status history by
 * {@link migrateTermination}; the same object when nothing changes.
 * @public
 */
export function migrateCase<C extends StoredCase>(c: C): C & { plans: ActionPlan[]; statusHistory: StatusChange[] } {
  const plans = c.plans.map(migrateActionPlan);
  const statusHistory = c.statusHistory.map((s) => {
    if (!s.termination) return s;
    const t = migrateTermination(s.termination);
    return t === s.termination ? s : { ...s, termination: t };
  });
  const same = plans.every((p, i) => p === c.plans[i]) && statusHistory.every((s, i) => s === c.statusHistory[i]);
  return (same ? c : { ...c, plans, statusHistory }) as C & { plans: ActionPlan[]; statusHistory: StatusChange[] };
}
