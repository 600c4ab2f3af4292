// The intake: new consultations, each case once, at its first 受付.
import { ageBand } from '../privacy';
import { fiscalYearOf } from '../dates';
import { SITUATIONS } from '../vocab/lists';
import type { Case } from '../schema/case';
import type { Bucket } from './bucket';
import { add } from './measures';

const LIFE_PROBLEMS: ReadonlySet<string> = new Set(SITUATIONS.filter((e) => 'lifeProblem' in e && e.lifeProblem).map((e) => e.code));

/**
 * Whether at least two people of the household have a 地域生活課題: a situation
 * marked so, or an issue shared for them in a meeting held by `until` (the end of
 * the intake's fiscal year: a later meeting does not change a past year). Loops, not
 * array helpers: it runs once per case of a 100,000-case report.
 */
function severalWithLifeProblems(c: Case, until: string): boolean {
  let n = 0;
  // The members named in shared issues: a handful, so an array (a Set per case cost a third of the report).
  const withIssue: string[] = [];
  for (const m of c.meetings) {
    if (m.meeting.date > until) continue;
    const issues = m.shared?.memberIssues;
    if (issues) for (const i of issues) if (i.memberId !== undefined && !withIssue.includes(i.memberId)) withIssue.push(i.memberId);
  }
  const people = c.household.members;
  for (let k = -1; k < people.length; k++) {
    const p = k === -1 ? c.household.person : people[k]!;
    let has = p.id !== undefined && withIssue.includes(p.id);
    if (!has)
      for (const code of p.situations ?? [])
        if (LIFE_PROBLEMS.has(code)) {
          has = true;
          break;
        }
    if (has && ++n >= 2) return true;
  }
  return false;
}

/** The case's issue tags known on a date: those of its referrals received by then, each once (a handful: an array). */
export function tagsKnownBy(c: Case, date: string): string[] {
  const tags: string[] = [];
  for (const r of c.referrals) if (r.referredOn <= date) for (const t of r.content.tags ?? []) if (!tags.includes(t)) tags.push(t);
  return tags;
}

/** Counts a case's intake: new consultations and their breakdowns. */
export function countIntake(c: Case, bucket: Bucket): void {
  const opened = c.statusHistory.find((s) => s.status === 'opened')?.date;
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
  add(nb.newByRouteTeam, `${route}|${team}`);
  add(nb.newByReferrerField, c.intake?.referrerField ?? first?.referrer.field ?? 'unknown');
  add(nb.newBySexAge, `${person.sex ?? 'unknown'}:${ageBand(person, opened)}`);
  for (const code of new Set(person.situations ?? [])) add(nb.newBySituation, code);
  if (severalWithLifeProblems(c, `${fiscalYearOf(opened) + 1}-03-31`)) nb.multiMemberHouseholds++;
  for (const t of tagsKnownBy(c, opened)) add(nb.newByIssueTag, t);
}
