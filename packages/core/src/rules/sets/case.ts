import { assessmentRules } from './assessment';
import { assessmentMemberUnknown } from '../assessment/member-unknown';
import { assessmentTerminationMismatch } from '../assessment/termination-mismatch';
import { localItemRules } from '../local/answers';
import {
  APPLICATION_PROGRAMS,
  APPLICATION_STEPS,
  CONTACT_METHODS,
  FIELDS,
  TSUNAGI_REASONS,
  TSUNAGI_STATUSES,
  CONTACT_PURPOSES,
  SUPPORT_PROGRAMS,
  RELATIONSHIPS,
  SITUATIONS,
  SUPPORT_FLOWS,
  SUPPORT_PHASES,
} from '../../vocab/lists';
import type { Case } from '../../schema/case';
import type { ActionPlan } from '../../schema/action-plan';
import type { IssuePath } from '../../path';
import { caseClosure, planInForce } from '../../case-work';
import { rule, type Finding, type Rule, type RuleContext } from '../engine';
import { actionPlanRules } from './action-plan';
import { caseMeetingWithoutConsent } from '../case/meeting-without-consent';
import { caseReopenWithoutTermination } from '../case/reopen-without-termination';
import { caseStatusOrder } from '../case/status-order';
import { caseTerminationMismatch } from '../case/termination-mismatch';
import { caseTerminationMeeting } from '../case/termination-meeting';
import { caseAttendeeWithoutAction } from '../case/attendee-without-action';
import { caseStatusReference } from '../case/status-reference';
import { terminationReasonRequired } from '../termination/reason-required';
import { terminationSuccessorRequired } from '../termination/successor-required';
import { terminationAccompanierNamed } from '../termination/accompanier-named';
import { terminationMeetingRequired } from '../termination/meeting-required';
import { terminationHandOffRequired } from '../termination/hand-off-required';
import { contactDateFuture } from '../contact/date-future';
import { contactPurposeRequired } from '../contact/purpose-required';
import { contactOutsideOpenPeriod } from '../contact/outside-open-period';
import { contactDocumentUnknown } from '../contact/document-unknown';
import { requiredTexts } from '../field/required';
import { phoneNumbers } from '../field/phone-unreadable';
import { uniqueIds } from '../document/duplicate-id';
import { memberReferences } from '../household/member-unknown';
import { selfAsMember } from '../household/self-as-member';
import { personBirthDateFuture } from '../person/birth-date-future';
import { personIdentity } from '../person/identity';
import { personKana } from '../person/kana';
import { personsAt } from '../person/persons';
import { referralRules } from './referral';
import { supportSharingRules } from './support-sharing';
import { knownCodes } from '../vocabulary/unknown-code';
import { caseEnrolmentPeriod } from '../case/enrolment-period';
import { caseSituationLog } from '../case/situation-log';
import { caseNetworkDates } from '../case/network-dates';
import { caseApplicationOrder } from '../case/application-order';
import { tsunagiStatusOrder } from '../tsunagi/status-order';
import { tsunagiReasonRequired } from '../tsunagi/reason-required';
import { tsunagiWrongSide } from '../tsunagi/wrong-side';
import { tsunagiReplyOverdue } from '../tsunagi/reply-overdue';
import { tsunagiReference } from '../tsunagi/reference';
import { caseEnrolmentOverlap } from '../case/enrolment-overlap';
import { caseEnrolmentReference } from '../case/enrolment-reference';

/** A document kind's rules applied to each document of that kind in the case. */
function nested<D>(rules: readonly Rule<D>[], pick: (c: Case) => readonly D[] | undefined, key: string): Rule<Case>[] {
  return rules.map((r) =>
    rule<Case>(r.meta, function* (c: Case, ctx: RuleContext): Generator<Finding> {
      for (const [i, doc] of (pick(c) ?? []).entries()) for (const f of r.check(doc, ctx)) yield { ...f, path: [key, i, ...f.path] };
    }),
  );
}

/** Where a finding on a closure's termination lies in the status change that holds it. */
function closurePath(i: number, path: IssuePath): IssuePath {
  if (path[1] === 'date') return ['statusHistory', i, 'date'];
  if (path[1] === 'decidedInMeetingId') return ['statusHistory', i, 'meetingId'];
  return ['statusHistory', i, ...path];
}

/**
 * The rules of 終結 applied to a case closed with no plan in force: the status
 * change holds the closure (`caseClosure`), and is checked as a plan's
 * termination section would be — the reason, the successor, 異変時連絡, the
 * meeting that decided it (盛岡).
 */
function closureRules(rules: readonly Rule<ActionPlan>[]): Rule<Case>[] {
  return rules.map((r) =>
    rule<Case>(r.meta, function* (c: Case, ctx: RuleContext): Generator<Finding> {
      for (const [i, s] of (c.statusHistory ?? []).entries()) {
        if (s.status !== 'terminated' || planInForce(c, s.date) !== undefined || caseClosure(c, i)?.path[0] !== 'statusHistory') continue;
        const termination = { ...s.termination, date: s.date, ...(s.meetingId ? { decidedInMeetingId: s.meetingId } : {}) };
        const plan = { status: 'terminated', planDate: s.date, members: [], actions: [], termination } as unknown as ActionPlan;
        for (const f of r.check(plan, ctx)) yield { ...f, path: closurePath(i, f.path) };
      }
    }),
  );
}

const person = personsAt<Case>(['household', 'person']);
const household = personsAt<Case>(['household', 'person'], ['household', 'members', '*']);

/** Rules of a case: its own, and those of every document it holds. */
export const caseRules: readonly Rule<Case>[] = [
  knownCodes<Case>([
    ['relationships', RELATIONSHIPS, ['household', 'members', '*', 'relationship']],
    ['situations', SITUATIONS, ['household', 'person', 'situations', '*']],
    ['situations', SITUATIONS, ['household', 'members', '*', 'situations', '*']],
    ['contactMethods', CONTACT_METHODS, ['contacts', '*', 'method']],
    ['contactPurposes', CONTACT_PURPOSES, ['contacts', '*', 'purpose']],
    ['supportPrograms', SUPPORT_PROGRAMS, ['enrolments', '*', 'program']],
    ['situations', SITUATIONS, ['household', 'person', 'situationLog', '*', 'code']],
    ['situations', SITUATIONS, ['household', 'members', '*', 'situationLog', '*', 'code']],
    ['applicationPrograms', APPLICATION_PROGRAMS, ['applications', '*', 'program']],
    ['applicationSteps', APPLICATION_STEPS, ['applications', '*', 'steps', '*', 'step']],
    ['tsunagiStatuses', TSUNAGI_STATUSES, ['tsunagi', '*', 'steps', '*', 'status']],
    ['tsunagiReasons', TSUNAGI_REASONS, ['tsunagi', '*', 'steps', '*', 'reason']],
    ['fields', FIELDS, ['tsunagi', '*', 'receiver', 'field']],
    ['supportFlows', SUPPORT_FLOWS, ['household', 'person', 'agencies', '*', 'flow']],
    ['supportFlows', SUPPORT_FLOWS, ['household', 'members', '*', 'agencies', '*', 'flow']],
    ['supportFlows', SUPPORT_FLOWS, ['network', 'coordinator', 'flow']],
    ['supportFlows', SUPPORT_FLOWS, ['network', 'links', '*', 'flow']],
    ['supportPhases', SUPPORT_PHASES, ['network', 'phases', '*', 'code']],
  ]),
  requiredTexts<Case>([
    ['contacts', '*', 'content'],
    ['changes', '*', 'text'],
    ['tsunagi', '*', 'requester', 'organization'],
    ['tsunagi', '*', 'receiver', 'organization'],
  ]),
  phoneNumbers<Case>([['household', 'person', 'phone']]),
  uniqueIds<Case>([
    {
      together: [
        ['household', 'person', 'id'],
        ['household', 'members', '*', 'id'],
      ],
    },
    ['contacts'],
    ['changes'],
    ['enrolments'],
    ['applications'],
    ['tsunagi'],
  ]),
  selfAsMember<Case>(['household', 'members']),
  memberReferences<Case>(
    [
      ['household', 'person'],
      ['household', 'members', '*'],
    ],
    [
      ['consentHistory', '*', 'personId'],
      ['meetings', '*', 'consent', 'personId'],
      ['meetings', '*', 'shared', 'memberIssues', '*', 'memberId'],
      ['contacts', '*', 'withMemberIds', '*'],
      ['changes', '*', 'memberId'],
      ['applications', '*', 'memberId'],
      ['tsunagi', '*', 'memberIds', '*'],
    ],
  ),
  personIdentity(person),
  personKana(household),
  personBirthDateFuture(household),
  caseStatusOrder,
  caseReopenWithoutTermination,
  caseMeetingWithoutConsent,
  caseTerminationMismatch,
  caseTerminationMeeting,
  caseAttendeeWithoutAction,
  caseStatusReference,
  caseEnrolmentPeriod,
  caseSituationLog,
  caseNetworkDates,
  caseApplicationOrder,
  tsunagiStatusOrder,
  tsunagiReasonRequired,
  tsunagiWrongSide,
  tsunagiReplyOverdue,
  tsunagiReference,
  caseEnrolmentOverlap,
  caseEnrolmentReference,
  ...closureRules([
    terminationReasonRequired,
    terminationSuccessorRequired,
    terminationAccompanierNamed,
    terminationHandOffRequired,
    terminationMeetingRequired,
  ]),
  contactDateFuture,
  contactPurposeRequired,
  contactOutsideOpenPeriod,
  contactDocumentUnknown,
  ...nested(referralRules, (c) => c.referrals, 'referrals'),
  ...nested(supportSharingRules, (c) => c.meetings, 'meetings'),
  ...nested(actionPlanRules, (c) => c.plans, 'plans'),
  ...nested(assessmentRules, (c) => c.assessments, 'assessments'),
  assessmentMemberUnknown,
  assessmentTerminationMismatch,
  ...localItemRules<Case>('caseContact', ['contacts', '*']),
];
