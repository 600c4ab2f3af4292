import * as z from 'zod/mini';
import { CASE_STATUSES, codesOf } from '../vocab';
import { ActionPlan } from './action-plan';
import { Consent, HouseholdMember, LIMITS, Person, SCHEMA_VERSION, isoDate, list, localId, longText, reported } from './common';
import { Referral } from './referral';
import { SupportSharing } from './support-sharing';

/** A status change of a case; re-opening appends, never rewrites. */
export const StatusChange = z.object({
  status: reported(z.enum(codesOf(CASE_STATUSES)), 'Case status (terminations are reported)'),
  date: isoDate(),
  note: z.optional(longText()),
});
/** A case status change. @public */
export type StatusChange = z.infer<typeof StatusChange>;

/** The case: a household and everything done with it, over time. */
export const Case = z.object({
  kind: z.literal('case'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: localId(),
  household: z.object({
    person: Person,
    members: list(HouseholdMember, LIMITS.members),
  }),
  /** Consent records in the order they were taken; the latest on or before a date applies. */
  consentHistory: list(Consent),
  statusHistory: list(StatusChange).check(z.minLength(1)),
  referrals: list(Referral, LIMITS.caseDocuments),
  meetings: list(SupportSharing, LIMITS.caseDocuments),
  plans: list(ActionPlan, LIMITS.caseDocuments),
});
/** A case document. @public */
export type Case = z.infer<typeof Case>;
