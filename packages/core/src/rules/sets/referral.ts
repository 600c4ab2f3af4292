import {
  FIELDS,
  ISSUE_TAGS,
  PROBLEM_TYPES,
  REFERRER_REQUESTS,
  RELATIONSHIPS,
  RESPONSE_OPTIONS,
  ROUTES,
  SITUATIONS,
  TROUBLES,
  SUPPORT_FLOWS,
} from '../../vocab/lists';
import type { Referral } from '../../schema/referral';
import { localItemRules } from '../local/answers';
import type { Rule } from '../engine';
import { consentDateMissing } from '../consent/date-missing';
import { consentScopeUnanswered } from '../consent/scope-unanswered';
import { uniqueIds } from '../document/duplicate-id';
import { memberReferences } from '../household/member-unknown';
import { selfAsMember } from '../household/self-as-member';
import { requiredTexts } from '../field/required';
import { phoneNumbers } from '../field/phone-unreadable';
import { personBirthDateFuture } from '../person/birth-date-future';
import { personIdentity } from '../person/identity';
import { personKana } from '../person/kana';
import { personsAt } from '../person/persons';
import { referralConsentUnchecked } from '../referral/consent-unchecked';
import { referralMainTroubleNotListed } from '../referral/main-trouble-not-listed';
import { referralProblemViewRequired } from '../referral/problem-view-required';
import { responseBeforeReferral } from '../response/before-referral';
import { responseOptionRequired } from '../response/option-required';
import { responseOtherTextRequired } from '../response/other-text-required';
import { knownCodes } from '../vocabulary/unknown-code';

const person = personsAt<Referral>(['person']);
const everyone = personsAt<Referral>(['person'], ['members', '*']);

/** Rules of a referral (A・B票) and its C票 response. */
export const referralRules: readonly Rule<Referral>[] = [
  requiredTexts<Referral>([
    ['referrer', 'name'],
    ['referrer', 'organization'],
    ['members', '*', 'relationship'],
    ['person', 'agencies', '*', 'name'],
    ['members', '*', 'agencies', '*', 'name'],
    ['response', 'coordinator', 'name'],
    ['response', 'coordinator', 'organization'],
  ]),
  knownCodes<Referral>([
    ['routes', ROUTES, ['route']],
    ['fields', FIELDS, ['referrer', 'field']],
    ['relationships', RELATIONSHIPS, ['members', '*', 'relationship']],
    ['situations', SITUATIONS, ['person', 'situations', '*']],
    ['situations', SITUATIONS, ['members', '*', 'situations', '*']],
    ['fields', FIELDS, ['person', 'agencies', '*', 'field']],
    ['fields', FIELDS, ['members', '*', 'agencies', '*', 'field']],
    ['supportFlows', SUPPORT_FLOWS, ['person', 'agencies', '*', 'flow']],
    ['supportFlows', SUPPORT_FLOWS, ['members', '*', 'agencies', '*', 'flow']],
    ['problemTypes', PROBLEM_TYPES, ['content', 'problemType']],
    ['troubles', TROUBLES, ['content', 'troubles', '*']],
    ['troubles', TROUBLES, ['content', 'mainTrouble']],
    ['issueTags', ISSUE_TAGS, ['content', 'tags', '*']],
    ['fields', FIELDS, ['content', 'fields', '*']],
    ['referrerRequests', REFERRER_REQUESTS, ['needs', 'requests', '*']],
    ['responseOptions', RESPONSE_OPTIONS, ['response', 'options', '*']],
  ]),
  uniqueIds<Referral>([
    {
      together: [
        ['person', 'id'],
        ['members', '*', 'id'],
      ],
    },
  ]),
  selfAsMember<Referral>(['members']),
  memberReferences<Referral>([['person'], ['members', '*']], [['consent', 'personId']]),
  personIdentity(person),
  personKana(everyone),
  personBirthDateFuture(everyone),
  referralConsentUnchecked,
  consentDateMissing,
  consentScopeUnanswered,
  phoneNumbers<Referral>([
    ['referrer', 'phone'],
    ['person', 'phone'],
  ]),
  referralProblemViewRequired,
  referralMainTroubleNotListed,
  responseOptionRequired,
  responseOtherTextRequired,
  responseBeforeReferral,
  ...localItemRules<Referral>('referral', []),
];
