import { localItemRules } from '../local/answers';
import { ACTION_KINDS, TERMINATION_REASONS } from '../../vocab/lists';
import type { ActionPlan } from '../../schema/action-plan';
import type { Rule } from '../engine';
import { actionDueBeforePlan } from '../action/due-before-plan';
import { actionDueRequired } from '../action/due-required';
import { actionDueRequiredOngoing } from '../action/due-required-ongoing';
import { actionOverdue } from '../action/overdue';
import { actionOwnerRequired } from '../action/owner-required';
import { actionOwnerUnknown } from '../action/owner-unknown';
import { actionTaskRequired } from '../action/task-required';
import { uniqueIds } from '../document/duplicate-id';
import { requiredTexts } from '../field/required';
import { phoneNumbers } from '../field/phone-unreadable';
import { planAttendeeWithoutAction } from '../plan/attendee-without-action';
import { planLeadByConsent } from '../plan/lead-by-consent';
import { planLeadRequired } from '../plan/lead-required';
import { planMainSupporterRequired } from '../plan/main-supporter-required';
import { planMainSupporterNotCoordinator } from '../plan/main-supporter-not-coordinator';
import { planMonitoringOverdue } from '../plan/monitoring-overdue';
import { planMonitorRequired } from '../plan/monitor-required';
import { planMonitoringReference } from '../plan/monitoring-reference';
import { planMonitoringRecordContent } from '../plan/monitoring-record-content';
import { planMonitoringRequired } from '../plan/monitoring-required';
import { terminationBeforePlan } from '../termination/before-plan';
import { terminationDateRequired } from '../termination/date-required';
import { terminationReasonRequired } from '../termination/reason-required';
import { terminationSuccessorRequired } from '../termination/successor-required';
import { terminationSuccessorIsCoordinator } from '../termination/successor-is-coordinator';
import { terminationAccompanierNamed } from '../termination/accompanier-named';
import { terminationMeetingRequired } from '../termination/meeting-required';
import { terminationHandOffRequired } from '../termination/hand-off-required';
import { knownCodes } from '../vocabulary/unknown-code';

/** Rules of an action plan, its monitoring and its termination. */
export const actionPlanRules: readonly Rule<ActionPlan>[] = [
  requiredTexts<ActionPlan>([
    ['members', '*', 'name'],
    ['members', '*', 'organization'],
  ]),
  knownCodes<ActionPlan>([
    ['actionKinds', ACTION_KINDS, ['actions', '*', 'kind']],
    ['terminationReasons', TERMINATION_REASONS, ['termination', 'reason']],
  ]),
  uniqueIds<ActionPlan>([['members'], ['actions'], ['termination', 'accompaniers']]),
  actionOwnerRequired,
  actionOwnerUnknown,
  actionTaskRequired,
  actionDueRequired,
  actionDueRequiredOngoing,
  actionDueBeforePlan,
  actionOverdue,
  phoneNumbers<ActionPlan>([['termination', 'contactOnChange', 'phone']]),
  planAttendeeWithoutAction,
  planMonitoringRequired,
  planMonitoringOverdue,
  planMonitorRequired,
  planMonitoringReference,
  planMonitoringRecordContent,
  planLeadRequired,
  planMainSupporterRequired,
  planMainSupporterNotCoordinator,
  planLeadByConsent,
  terminationDateRequired,
  terminationReasonRequired,
  terminationSuccessorRequired,
  terminationSuccessorIsCoordinator,
  terminationAccompanierNamed,
  terminationMeetingRequired,
  terminationHandOffRequired,
  terminationBeforePlan,
  ...localItemRules<ActionPlan>('actionPlan', []),
];
