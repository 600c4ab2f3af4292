import { consentOn } from './rules/consent-on-date';
import type { Case } from './schema/case';
import type { Agency, Consent, HouseholdMember, Person } from './schema/common';

/** One issue of a member, from a meeting's 世帯員ごとの課題. @public */
export interface MemberIssue {
  /** The meeting (support-sharing document id) it was shared in. */
  readonly meetingId: string | undefined;
  readonly meetingDate: string;
  /** 分野 code. */
  readonly field: string | undefined;
  readonly issue: string;
}

/**
 * One person of a household with what the case links to them by id: the
 * agencies involved, their consent on a date, and the issues shared in the
 * case's meetings. The view per member that a household map or a member's
 * page is built from. Holds personal data: it is the document, not a summary.
 * @public
 */
export interface HouseholdMemberView {
  readonly id: string | undefined;
  /** `self` for the person; otherwise the 続柄 code relative to the person. */
  readonly relationship: string;
  readonly person: Person | HouseholdMember;
  readonly agencies: readonly Agency[];
  /** The consent record in force on the date asked (the person's own, or the household's when not per person). */
  readonly consent: Consent | undefined;
  readonly issues: readonly MemberIssue[];
}

/**
 * The case's household, member by member, with what is linked to each
 * (issues by `memberId`, consent by `personId`). Issues named only in words
 * (no `memberId`) are left out: link them to count them.
 *
 * @example
 * ```ts
 * for (const m of householdView(caseDoc, { onDate: '2025-10-01' })) console.log(m.relationship, m.issues.length);
 * ```
 * @public
 */
export function householdView(c: Case, options: { onDate?: string } = {}): HouseholdMemberView[] {
  const onDate = options.onDate ?? '9999-12-31';
  const people: { person: Person | HouseholdMember; relationship: string }[] = [
    { person: c.household.person, relationship: 'self' },
    ...c.household.members.map((m) => ({ person: m, relationship: m.relationship })),
  ];
  return people.map(({ person, relationship }) => {
    const id = person.id;
    const issues: MemberIssue[] = [];
    if (id !== undefined)
      for (const m of c.meetings)
        for (const i of m.shared?.memberIssues ?? [])
          if (i.memberId === id) issues.push({ meetingId: m.id, meetingDate: m.meeting.date, field: i.field, issue: i.issue });
    return { id, relationship, person, agencies: person.agencies ?? [], consent: consentOn(c.consentHistory, onDate, id ?? c.household.person.id), issues };
  });
}
