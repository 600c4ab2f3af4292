import { CONTACT_METHODS, RELATIONSHIPS, SITUATIONS } from '../vocab/lists';
import type { Case } from '../schema/case';
import { rule, type Finding, type Rule, type RuleContext } from './engine';
import { actionPlanRules } from './action-plan';
import { caseMeetingWithoutConsent } from './case/meeting-without-consent';
import { caseReopenWithoutTermination } from './case/reopen-without-termination';
import { caseStatusOrder } from './case/status-order';
import { caseTerminationMismatch } from './case/termination-mismatch';
import { caseTerminationMeeting } from './case/termination-meeting';
import { caseAttendeeWithoutAction } from './case/attendee-without-action';
import { contactDateFuture } from './contact/date-future';
import { contactOutsideOpenPeriod } from './contact/outside-open-period';
import { contactDocumentUnknown } from './contact/document-unknown';
import { requiredTexts } from './field/required';
import { uniqueIds } from './document/duplicate-id';
import { memberReferences } from './household/member-unknown';
import { selfAsMember } from './household/self-as-member';
import { personBirthDateFuture } from './person/birth-date-future';
import { personIdentity } from './person/identity';
import { personKana } from './person/kana';
import { personsAt } from './person/persons';
import { referralRules } from './referral';
import { supportSharingRules } from './support-sharing';
import { knownCodes } from './vocabulary/unknown-code';

/** A document kind's rules applied to each document of that kind in the case. */
function nested<D>(rules: readonly Rule<D>[], pick: (c: Case) => readonly D[] | undefined, key: string): Rule<Case>[] {
  return rules.map((r) =>
    rule<Case>(r.meta, function* (c: Case, ctx: RuleContext): Generator<Finding> {
      for (const [i, doc] of (pick(c) ?? []).entries()) for (const f of r.check(doc, ctx)) yield { ...f, path: [key, i, ...f.path] };
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
  ]),
  requiredTexts<Case>([['contacts', '*', 'content'], ['changes', '*', 'text']]),
  uniqueIds<Case>([{ together: [['household', 'person', 'id'], ['household', 'members', '*', 'id']] }, ['contacts'], ['changes']]),
  selfAsMember<Case>(['household', 'members']),
  memberReferences<Case>(
    [['household', 'person'], ['household', 'members', '*']],
    [
      ['consentHistory', '*', 'personId'],
      ['meetings', '*', 'consent', 'personId'],
      ['meetings', '*', 'shared', 'memberIssues', '*', 'memberId'],
      ['contacts', '*', 'withMemberIds', '*'],
      ['changes', '*', 'memberId'],
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
  contactDateFuture,
  contactOutsideOpenPeriod,
  contactDocumentUnknown,
  ...nested(referralRules, (c) => c.referrals, 'referrals'),
  ...nested(supportSharingRules, (c) => c.meetings, 'meetings'),
  ...nested(actionPlanRules, (c) => c.plans, 'plans'),
];
