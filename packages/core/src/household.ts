import { ageOn } from './dates';
import { addDaysIso } from './dates/calendar';
import { consentOn } from './model/consent';
import { fullName, periodHolds } from './model/person';
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
    return {
      id,
      relationship,
      person,
      agencies: person.agencies ?? [],
      consent: consentOn(c.consentHistory, onDate, id ?? c.household.person.id),
      issues,
    };
  });
}

/** A person on the household map. @public */
export interface MapPerson {
  /** The member's id, or `#n` (its place) when it has none. */
  readonly key: string;
  /** The person the case is about (本人). */
  readonly self: boolean;
  /** `self`, or the 続柄 code relative to the person. */
  readonly relationship: string;
  /** The generation relative to the person: −2 grandparents … 0 the person's … +2 grandchildren. */
  readonly generation: number;
  readonly name: string;
  readonly sex: string | undefined;
  /** Age on the date asked (from the birth date, or as recorded), else undefined. */
  readonly age: number | undefined;
  readonly ageBand: string | undefined;
  /** Lives with the person (the person always does). */
  readonly livesTogether: boolean;
  readonly deceased: boolean;
  /** Conditions shown beside the person (「うつ病・パニック障害」). */
  readonly conditions: readonly string[];
}

/** A support on the household map: an agency or an informal support, drawn once however many members it supports. @public */
export interface MapSupport {
  readonly key: string;
  readonly name: string;
  /** 分野 code. */
  readonly field: string | undefined;
  readonly informal: boolean;
  /** The members it supports, each with the tie recorded for them and what flows (SUPPORT_FLOWS). */
  readonly links: readonly { readonly person: string; readonly tie: string | undefined; readonly flow?: string | undefined }[];
  /** The coordinator (多機関協働事業), drawn apart from the other supports. */
  readonly coordinator?: boolean;
}

/** A line between two supports of the map (子育て支援課 → 要保護児童対策地域協議会), by their keys. @public */
export interface MapSupportLink {
  readonly source: string;
  readonly target: string;
  readonly flow: string | undefined;
}

/** The household as its genogram and ecomap show it. @public */
export interface HouseholdMap {
  readonly people: readonly MapPerson[];
  readonly supports: readonly MapSupport[];
  /** Lines between supports, where both are on the map. */
  readonly links: readonly MapSupportLink[];
}

/** Generations by 続柄 (relative to the person). */
const GENERATION: Readonly<Record<string, number>> = {
  grandparent: -2,
  father: -1,
  mother: -1,
  spouse: 0,
  brother: 0,
  sister: 0,
  cohabitant: 0,
  otherRelative: 0,
  son: 1,
  daughter: 1,
  child: 1,
  childInLaw: 1,
  grandchild: 2,
};

/** A support's name as the map matches it: NFKC, no spaces (「子育て 支援課」 is 子育て支援課). */
const nameKey = (name: string): string => name.normalize('NFKC').replace(/\s+/gu, '');

/**
 * The household as a map: its people by generation (the genogram) with their
 * conditions, and the agencies and informal supports around them, each linked
 * to the members it supports with the tie and what flows (the ecomap) — from the
 * members' `agencies`, the informal resources in use in the case's latest
 * meeting (linked to the person) and the coordinator, with the links between
 * agencies (`network`). With `onDate`, only the supports and links of that day
 * (their `from` and `to`), and ages on it. Pure; the same case gives the same
 * map. Holds personal data.
 *
 * @example
 * ```ts
 * const { people, supports } = householdMap(caseDoc, { onDate: '2025-10-01' });
 * ```
 * @public
 */
export function householdMap(c: Case, options: { onDate?: string } = {}): HouseholdMap {
  const { person, members } = c.household;
  const age = (p: Person | HouseholdMember) => (p.birthDate && options.onDate ? ageOn(p.birthDate, options.onDate) : p.approximateAge);
  const all: (Person | HouseholdMember)[] = [person, ...members];
  const people: MapPerson[] = all.map((p, n) => {
    const self = n === 0;
    const m = p as HouseholdMember;
    const relationship = self ? 'self' : m.relationship;
    return {
      key: p.id ?? `#${n}`,
      self,
      relationship,
      generation: self ? 0 : (GENERATION[relationship] ?? 0),
      name: fullName(p),
      sex: p.sex,
      age: age(p),
      ageBand: p.ageBand,
      livesTogether: self || m.livesTogether === true,
      deceased: !self && m.deceased === true,
      conditions: p.conditions ?? [],
    };
  });
  // One node per support, by name and kind: a 子育て支援課 that supports two sons is one node with two lines.
  const supports = new Map<string, { -readonly [K in keyof MapSupport]: MapSupport[K] } & { links: MapSupport['links'][number][] }>();
  const link = (name: string, field: string | undefined, informal: boolean, who: string, tie: string | undefined, flow?: string) => {
    const id = `${informal ? 'i' : 'f'}:${nameKey(name)}`;
    let s = supports.get(id);
    if (!s) supports.set(id, (s = { key: `s${supports.size + 1}`, name, field, informal, links: [] }));
    if (!s.links.some((l) => l.person === who)) s.links.push(flow ? { person: who, tie, flow } : { person: who, tie });
    return s;
  };
  const on = options.onDate;
  const holds = (x: { from?: string | undefined; to?: string | undefined }) => on === undefined || periodHolds(x, on);
  all.forEach((p, n) => {
    for (const a of p.agencies ?? []) if (holds(a)) link(a.name, a.field, a.type === 'informal', people[n]!.key, a.tie, a.flow);
  });
  const latest = [...c.meetings].sort((a, b) => (a.meeting.date < b.meeting.date ? -1 : 1)).at(-1);
  for (const r of latest?.resources ?? [])
    if (r.type === 'informal' && r.state === 'inUse') link(r.name, undefined, true, people[0]!.key, undefined);
  const coordinator = c.network?.coordinator;
  if (coordinator && holds(coordinator))
    link(coordinator.organization, undefined, false, people[0]!.key, undefined, coordinator.flow).coordinator = true;
  // Agency to agency, where both ends are on the map that day.
  const byName = new Map([...supports.values()].map((s) => [nameKey(s.name), s.key]));
  const links: MapSupportLink[] = [];
  for (const l of c.network?.links ?? []) {
    const [source, target] = [byName.get(nameKey(l.source)), byName.get(nameKey(l.target))];
    if (source && target && source !== target && holds(l)) links.push({ source, target, flow: l.flow });
  }
  return { people, supports: [...supports.values()], links };
}

/** A phase of the support (SUPPORT_PHASES) with the days it covers. @public */
export interface SupportPhase {
  readonly code: string;
  readonly from: string;
  /** Its last day: the day before the next phase, or undefined for the phase in force. */
  readonly to: string | undefined;
  /** The day the map draws it on: its last day, or for the phase in force `today` (its first day, if it is still ahead). */
  readonly day: string;
}

/**
 * The case's phases of support in date order, each with its last day and the day it is drawn on — what
 * `<tsunagu-household-map>` draws side by side, or at the one its `phase` names.
 * @public
 */
export function supportPhases(c: Pick<Case, 'network'>, today: string): SupportPhase[] {
  const sorted = [...(c.network?.phases ?? [])].sort((a, b) => a.from.localeCompare(b.from));
  return sorted.map((p, i) => {
    const to = sorted[i + 1] ? addDaysIso(sorted[i + 1]!.from, -1) : undefined;
    return { code: p.code, from: p.from, to, day: to ?? (today < p.from ? p.from : today) };
  });
}

/** The phase of the support a date falls in, if any (`supportPhases`). @public */
export function supportPhaseOn(c: Pick<Case, 'network'>, date: string): SupportPhase | undefined {
  return supportPhases(c, date).find((p) => periodHolds(p, date));
}
