// The intake: new consultations, each case once, at its first 受付.
import { ageBand } from '../privacy';
import { periodHolds, type WithSituations } from '../model/person';
import { SITUATIONS } from '../vocab/lists';
import type { Case } from '../schema/case';
import type { Bucket } from './bucket';
import { add } from './counts';

const LIFE_PROBLEMS: ReadonlySet<string> = new Set(SITUATIONS.filter((e) => 'lifeProblem' in e && e.lifeProblem).map((e) => e.code));

/** Whether a person had a 地域生活課題 on a date: `situationsOn` for the marked codes, without building a list. */
function hadLifeProblem(p: WithSituations, date: string): boolean {
  const log = p.situationLog;
  if (log) for (const e of log) if (LIFE_PROBLEMS.has(e.code) && periodHolds(e, date)) return true;
  const codes = p.situations;
  if (codes)
    codes: for (const code of codes) {
      if (!LIFE_PROBLEMS.has(code)) continue;
      if (log) for (const e of log) if (e.code === code && e.to === undefined) continue codes;
      return true;
    }
  return false;
}

/** Adds one for each situation of `situationsOn`, each once, without building its list. */
function addSituationsOn(p: WithSituations, date: string, into: Record<string, number>): void {
  const log = p.situationLog ?? [];
  log: for (let k = 0; k < log.length; k++) {
    const e = log[k]!;
    if (!periodHolds(e, date)) continue;
    for (let j = 0; j < k; j++) if (log[j]!.code === e.code && periodHolds(log[j]!, date)) continue log;
    add(into, e.code);
  }
  const codes = p.situations ?? [];
  codes: for (let k = 0; k < codes.length; k++) {
    const code = codes[k]!;
    if (codes.indexOf(code) !== k) continue;
    for (const e of log) if (e.code === code && (e.to === undefined || periodHolds(e, date))) continue codes;
    add(into, code);
  }
}

/** Whether a meeting held by `until` shared an issue for a member. */
function issueSharedFor(c: Case, id: string | undefined, until: string): boolean {
  if (id === undefined) return false;
  for (const m of c.meetings) {
    const issues = m.shared?.memberIssues;
    if (issues && m.meeting.date <= until) for (const i of issues) if (i.memberId === id) return true;
  }
  return false;
}

/**
 * Whether at least two people of the household have a 地域生活課題 by `until` (the end of the report's period): a
 * situation marked so that held then, or an issue shared for them in a meeting held by then. A later meeting or
 * situation does not change a past year. Loops, not array helpers, and nothing built: it runs once per case of a
 * 100,000-case report; the situations first, as they are nearer.
 */
function severalWithLifeProblems(c: Case, until: string): boolean {
  const people = c.household.members;
  let n = 0;
  for (let k = -1; k < people.length; k++) {
    const p = k === -1 ? c.household.person : people[k]!;
    if ((hadLifeProblem(p, until) || issueSharedFor(c, p.id, until)) && ++n >= 2) return true;
  }
  return false;
}

/**
 * Adds one for each of the case's issue tags known on a date: carried by a referral received by then, each tag once
 * (the first such referral counts it). Nothing built: a case holds a handful of referrals and tags.
 */
export function addTagsKnownBy(c: Case, date: string, into: Record<string, number>): void {
  const referrals = c.referrals;
  for (let i = 0; i < referrals.length; i++) {
    const r = referrals[i]!;
    const tags = r.content.tags;
    if (!tags || r.referredOn > date) continue;
    tags: for (let k = 0; k < tags.length; k++) {
      const t = tags[k]!;
      for (let j = 0; j < k; j++) if (tags[j] === t) continue tags;
      for (let h = 0; h < i; h++) if (referrals[h]!.referredOn <= date && referrals[h]!.content.tags?.includes(t)) continue tags;
      add(into, t);
    }
  }
}

/**
 * Counts a case's intake: new consultations and their breakdowns. What the case knew is read as of `asOf(opened)`,
 * the end of the report's period for that month.
 */
export function countIntake(c: Case, bucket: Bucket, asOf: (date: string) => string): void {
  let opened: string | undefined;
  for (const s of c.statusHistory)
    if (s.status === 'opened') {
      opened = s.date;
      break;
    }
  const nb = bucket(opened);
  if (!nb || !opened) return;
  let first = c.referrals[0];
  for (const r of c.referrals) if (first && r.referredOn < first.referredOn) first = r;
  const person = c.household.person;
  nb.newConsultations++;
  const route = c.intake?.route ?? first?.route ?? 'unknown';
  const team = c.intake?.team ?? 'unknown';
  add(nb.newByRoute, route);
  add(nb.newByTeam, team);
  add(nb.newByRouteTeam, bucket.pair(route, team));
  add(nb.newByReferrerField, c.intake?.referrerField ?? first?.referrer.field ?? 'unknown');
  add(nb.newBySexAge, bucket.pair(person.sex ?? 'unknown', ageBand(person, opened), ':'));
  const until = asOf(opened);
  addSituationsOn(person, until, nb.newBySituation);
  if (severalWithLifeProblems(c, until)) nb.multiMemberHouseholds++;
  addTagsKnownBy(c, opened, nb.newByIssueTag);
}
