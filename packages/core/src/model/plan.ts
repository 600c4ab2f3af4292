import type { Action, ActionPlan } from '../schema/action-plan';
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
 * A plan as written before the team leader and the main supporter were two roles (tsunagu 0.1): its one
 * 「チームリーダー・主たる支援者」 (`leadId`, `leadOrganization`, `leadIsCoordinator`) becomes both, the reading
 * those plans were written with. A plan that names a main supporter, or no lead, is returned as it is (the same
 * object), so migrating twice changes nothing. Run it on stored plans once (`migrateCase` for a case's plans).
 *
 * @example
 * ```ts
 * const plan = migrateActionPlan(stored); // stored.team.leadId 'a2' → plan.team.mainSupporterId 'a2' too
 * ```
 * @public
 */
export function migrateActionPlan(p: ActionPlan): ActionPlan {
  const t = p.team;
  if (!t || t.mainSupporterId !== undefined || t.mainSupporterOrganization !== undefined || t.mainSupporterIsCoordinator !== undefined)
    return p;
  if (t.leadId === undefined && t.leadOrganization === undefined && t.leadIsCoordinator === undefined) return p;
  return {
    ...p,
    team: {
      ...t,
      ...(t.leadId !== undefined ? { mainSupporterId: t.leadId } : {}),
      ...(t.leadOrganization !== undefined ? { mainSupporterOrganization: t.leadOrganization } : {}),
      ...(t.leadIsCoordinator !== undefined ? { mainSupporterIsCoordinator: t.leadIsCoordinator } : {}),
    },
  };
}

/** A case with every plan migrated by {@link migrateActionPlan}; the same object when none changes. @public */
export function migrateCase<C extends { readonly plans: readonly ActionPlan[] }>(c: C): C {
  const plans = c.plans.map(migrateActionPlan);
  return plans.every((p, i) => p === c.plans[i]) ? c : { ...c, plans };
}
