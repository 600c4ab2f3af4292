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
