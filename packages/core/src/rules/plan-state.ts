import type { ActionPlan } from '../schema/action-plan';

/** The plan is being carried out. */
export const planActive = (p: ActionPlan): boolean => p.status === 'active';
/** The plan has ended (終結). */
export const planTerminated = (p: ActionPlan): boolean => p.status === 'terminated';
