import { SCHEMA_VERSION } from './schema/limits';
import type { ActionPlan } from './schema/action-plan';
import type { Referral } from './schema/referral';
import type { SupportSharing } from './schema/support-sharing';
import type { Case } from './schema/case';
import type { MeetingSession } from './schema/session';

/** A new, empty referral dated `today` (ISO). @public */
export function emptyReferral(today: string): Referral {
  return {
    kind: 'referral',
    schemaVersion: SCHEMA_VERSION,
    referredOn: today,
    referrer: { name: '', organization: '' },
    person: {},
    members: [],
    consent: { status: 'unchecked' },
    content: {},
  };
}

/**
 * A new case opened (受付) on `today`, with no one in it yet. The portal that
 * stores cases gives it its id (`id`, `'case-new'` until then).
 * @public
 */
export function emptyCase(today: string, id = 'case-new'): Case {
  return {
    kind: 'case',
    schemaVersion: SCHEMA_VERSION,
    id,
    household: { person: {}, members: [] },
    consentHistory: [],
    statusHistory: [{ status: 'opened', date: today }],
    referrals: [],
    meetings: [],
    plans: [],
    contacts: [],
    changes: [],
  };
}

/** A new meeting session on `date`: a 支援会議 with no one invited and nothing on the agenda yet. @public */
export function emptyMeetingSession(date: string): MeetingSession {
  return { kind: 'meetingSession', schemaVersion: SCHEMA_VERSION, legalKind: 'shien', date, invitations: [], agenda: [] };
}

/** A new, empty support-sharing document for a meeting on `date`. @public */
export function emptySupportSharing(date: string): SupportSharing {
  return {
    kind: 'supportSharing',
    schemaVersion: SCHEMA_VERSION,
    meeting: { legalKind: 'shien', date },
    attendees: [],
    consent: { status: 'unchecked' },
  };
}

/** A new, empty action plan dated `date`. @public */
export function emptyActionPlan(date: string): ActionPlan {
  return {
    kind: 'actionPlan',
    schemaVersion: SCHEMA_VERSION,
    planDate: date,
    version: 1,
    status: 'active',
    members: [],
    actions: [],
  };
}

/**
 * Starts an action plan from a meeting: the attendees become the team (the
 * candidate owners), and every "not yet known" item becomes an
 * information-gathering action, owned by its assignee when one was named.
 *
 * @example
 * ```ts
 * const plan = actionPlanFromSupportSharing(meeting, { planDate: meeting.meeting.date });
 * ```
 * @public
 */
export function actionPlanFromSupportSharing(doc: SupportSharing, options: { planDate?: string } = {}): ActionPlan {
  const planDate = options.planDate ?? doc.meeting.date;
  const plan = emptyActionPlan(planDate);
  return {
    ...plan,
    ...(doc.caseId ? { caseId: doc.caseId } : {}),
    ...(doc.id ? { meetingId: doc.id } : {}),
    consentStatus: doc.consent.status,
    members: doc.attendees.map((a) => ({ id: a.id, name: a.name, organization: a.organization })),
    actions: (doc.shared?.unknown ?? []).map((u, i) => ({
      id: `info-${u.id || i + 1}`,
      ...(u.assigneeId ? { ownerId: u.assigneeId } : {}),
      task: u.text,
      kind: 'informationGathering',
      status: 'notStarted' as const,
      fromUnknownId: u.id,
    })),
  };
}

/**
 * The next version of a plan, to revise it: same actions (ids kept, so
 * reporting does not count them twice), version + 1, dated `planDate`,
 * pointing back at the earlier version.
 * @public
 */
export function revisePlan(plan: ActionPlan, planDate: string, newId?: string): ActionPlan {
  const { termination: _t, evaluation: _e, ...rest } = plan;
  return {
    ...structuredClone(rest),
    ...(newId ? { id: newId } : {}),
    ...(plan.id ? { previousVersionId: plan.id } : {}),
    planDate,
    version: plan.version + 1,
    status: 'active',
  };
}

/** What changed between two versions of a plan, by action id. @public */
export interface PlanDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Actions whose task, owner, due date, status or result changed. */
  readonly changed: readonly string[];
}

/** Compares two versions of a plan action by action. @public */
export function diffPlans(before: ActionPlan, after: ActionPlan): PlanDiff {
  const old = new Map(before.actions.map((a) => [a.id, a]));
  const now = new Map(after.actions.map((a) => [a.id, a]));
  const keys = ['task', 'ownerId', 'ownerOrganization', 'due', 'status', 'result', 'kind'] as const;
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed: [...now.entries()]
      .filter(([id, a]) => {
        const b = old.get(id);
        return b !== undefined && keys.some((k) => a[k] !== b[k]);
      })
      .map(([id]) => id),
  };
}
