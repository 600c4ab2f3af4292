import { ageOn, fiscalYearOf, todayIso } from './dates';
import type { Case } from './schema/case';
import type { Person } from './schema/common';
import { householdView, type HouseholdMemberView } from './household';
import { findPersonalData, maskPersonalData } from './personal-data';

/** An age band: `0-9`, `10-19` … `80-89`, `90+`, or `unknown`. @public */
export type AgeBand = string;

/** One household member in an anonymized summary. @public */
export interface AnonymousMember {
  /** 続柄 code relative to the person (`self` for the person). */
  readonly relationship: string;
  readonly ageBand: AgeBand;
  /** Situation codes (就労, 要介護 …). */
  readonly situations: readonly string[];
  /** Fields (分野) of agencies already involved — not their names. */
  readonly involvedFields: readonly string[];
  /** Fields (分野) of the issues shared about this member in the case's meetings (linked by `memberId`) — not the issues. */
  readonly issueFields: readonly string[];
}

/**
 * A case summary that identifies no one (米子: "to the extent that no
 * individual can be identified"): no names, readings, addresses, districts,
 * contacts, exact dates of birth, or free text (except an outline given, masked) — only codes, age bands,
 * counts and fiscal years. For messages sent to many departments at once.
 * @public
 */
export interface AnonymizedCaseSummary {
  readonly household: readonly AnonymousMember[];
  readonly problemTypes: readonly string[];
  readonly issueTags: readonly string[];
  readonly fields: readonly string[];
  readonly troubles: readonly string[];
  /** The latest case status code. */
  readonly status: string;
  /** Fiscal year the case was opened. */
  readonly openedFiscalYear: number | undefined;
  readonly consent: string | undefined;
  readonly meetingsHeld: number;
  readonly planVersions: number;
  readonly openActions: number;
  /**
   * The worker's outline for the message (`options.outline`), with every name, reading, birth date, address,
   * phone number, postcode, e-mail address and staff name the finder flags masked as ＊＊＊ (`findPersonalData`
   * against the case). Absent when no outline was given.
   */
  readonly outline?: string;
}

/** The ten-year bands below 90, written once (the report asks one for every case). */
const BANDS: readonly AgeBand[] = ['0-9', '10-19', '20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80-89'];

/** The age band of a person on a date, from the birth date, the approximate age, or the 年代 (「60代」). @public */
export function ageBand(person: Pick<Person, 'birthDate' | 'approximateAge' | 'ageBand'>, onDate: string): AgeBand {
  let age: number | undefined;
  if (person.birthDate) age = ageOn(person.birthDate, onDate);
  else if (typeof person.approximateAge === 'number') age = person.approximateAge;
  else if (person.ageBand) age = Number.parseInt(person.ageBand, 10);
  if (age === undefined || age < 0 || !Number.isFinite(age)) return 'unknown';
  if (age >= 90) return '90+';
  return BANDS[Math.floor(age / 10)]!;
}

const uniq = (xs: Iterable<string | undefined>): string[] =>
  [...new Set([...xs].filter((x): x is string => typeof x === 'string' && x !== ''))].sort();

/** A member of the household view, reduced to codes: what is linked to them by id, without a word of it. */
function member(m: HouseholdMemberView, onDate: string): AnonymousMember {
  return {
    relationship: m.relationship,
    ageBand: ageBand(m.person, onDate),
    situations: uniq(m.person.situations ?? []),
    involvedFields: uniq(m.agencies.map((a) => a.field)),
    issueFields: uniq(m.issues.map((i) => i.field)),
  };
}

/**
 * Builds an {@link AnonymizedCaseSummary}. It is built field by field from
 * codes and counts — never by deleting personal fields from a copy — so that a
 * field added to the schema later cannot leak into it.
 *
 * @example
 * ```ts
 * const summary = anonymizeCase(caseDoc, { today: '2025-10-01', outline: '80代の方。ごみ出しが難しい。' });
 * ```
 * @public
 */
export function anonymizeCase(c: Case, options: { today?: string; outline?: string } = {}): AnonymizedCaseSummary {
  const today = options.today ?? todayIso();
  const household = householdView(c, { onDate: today }).map((m) => member(m, today));
  const latestPlan = c.plans.reduce<Case['plans'][number] | undefined>(
    (best, p) => (!best || p.version > best.version ? p : best),
    undefined,
  );
  const lastConsent = c.consentHistory[c.consentHistory.length - 1];
  const openedOn = c.statusHistory[0]?.date;
  return {
    household,
    problemTypes: uniq(c.referrals.map((r) => r.content.problemType)),
    issueTags: uniq(c.referrals.flatMap((r) => r.content.tags ?? [])),
    fields: uniq(c.referrals.flatMap((r) => r.content.fields ?? [])),
    troubles: uniq(c.referrals.flatMap((r) => r.content.troubles ?? [])),
    status: c.statusHistory[c.statusHistory.length - 1]?.status ?? 'opened',
    openedFiscalYear: openedOn ? fiscalYearOf(openedOn) : undefined,
    consent: lastConsent?.status,
    meetingsHeld: c.meetings.length,
    planVersions: c.plans.length,
    openActions: latestPlan ? latestPlan.actions.filter((a) => a.status === 'notStarted' || a.status === 'inProgress').length : 0,
    ...(options.outline === undefined ? {} : { outline: maskPersonalData(options.outline, findPersonalData(c, options.outline)) }),
  };
}
