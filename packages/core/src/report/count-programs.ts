// The 事業: enrolments begun (事業別 相談受付件数), 参加支援 and アウトリーチ in people a year (実人数), and the moves from
// 支援会議 to 重層的支援会議.
import { fiscalYearOf } from '../dates';
import { phaseMoveIndex } from '../model/enrolment';
import type { Case, Enrolment } from '../schema/case';
import type { Bucket } from './bucket';
import type { CountKey } from './measures';
import { add } from './counts';

/** The case's latest recorded date: an open enrolment lasts until then. */
function latest(c: Case): string {
  let last = '';
  for (const s of c.statusHistory) if (s.date > last) last = s.date;
  for (const m of c.meetings) if (m.meeting.date > last) last = m.meeting.date;
  for (const p of c.plans) if (p.planDate > last) last = p.planDate;
  for (const e of c.contacts ?? []) if (e.date > last) last = e.date;
  for (const e of c.enrolments ?? []) if ((e.to ?? e.from) > last) last = e.to ?? e.from;
  return last;
}

/** When an enrolment ends: its `to`, or the case's latest date while it lasts. */
const end = (e: Enrolment, last: string): string => e.to ?? (last > e.from ? last : e.from);

/** Whether a plan has an action of a 事業's kind. */
function hasAction(p: Case['plans'][number], program: string): boolean {
  for (const a of p.actions) if (a.kind === program) return true;
  return false;
}

/**
 * Counts a person once in each fiscal year they are known in a 事業 — enrolled in it at any time of the year, or with
 * an action of its kind in a plan made that year — in the month of the year they are first known in. Loops over the
 * few years and records, nothing built: it runs twice for every case of a report.
 */
function peopleByYear(c: Case, program: 'participation' | 'outreach', key: CountKey, bucket: Bucket, last: string): void {
  let lo = Infinity;
  let hi = -Infinity;
  const enrolments = c.enrolments ?? [];
  for (const e of enrolments) {
    if (e.program !== program || !e.from) continue;
    lo = Math.min(lo, fiscalYearOf(e.from));
    hi = Math.max(hi, fiscalYearOf(end(e, last)));
  }
  for (const p of c.plans)
    if (hasAction(p, program)) {
      const fy = fiscalYearOf(p.planDate);
      lo = Math.min(lo, fy);
      hi = Math.max(hi, fy);
    }
  for (let fy = lo; fy <= hi; fy++) {
    let first: string | undefined;
    let continues = false;
    for (const e of enrolments) {
      if (e.program !== program || !e.from) continue;
      const from = fiscalYearOf(e.from);
      if (fiscalYearOf(end(e, last)) < fy) continue;
      if (from === fy) first = first === undefined || e.from < first ? e.from : first;
      else if (from < fy) continues = true;
    }
    for (const p of c.plans)
      if (fiscalYearOf(p.planDate) === fy && (first === undefined || p.planDate < first) && hasAction(p, program)) first = p.planDate;
    // Enrolled from an earlier year: known from the year's first day.
    const date = continues ? `${fy}-04-01` : first;
    const b = date === undefined ? undefined : bucket(date);
    if (b) b[key]++;
  }
}

/** Counts a case's applications: each step once an application, in its month (several 相談 before one 申請 are one 相談). */
function countApplications(c: Case, bucket: Bucket): void {
  for (const a of c.applications ?? [])
    steps: for (let k = 0; k < a.steps.length; k++) {
      const s = a.steps[k]!;
      for (let j = 0; j < k; j++) if (a.steps[j]!.step === s.step) continue steps;
      const b = bucket(s.date);
      if (b) add(b.applicationSteps, bucket.pair(a.program, s.step));
    }
}

/** Counts a case's enrolments, applications, its people in 参加支援 and アウトリーチ by year, and its move to 重層的支援会議. */
export function countPrograms(c: Case, bucket: Bucket): void {
  countApplications(c, bucket);
  for (const e of c.enrolments ?? []) {
    const b = bucket(e.from);
    if (b) add(b.newByProgram, e.program);
  }
  // An open enrolment lasts until the case's latest date: found once, when one is open.
  let open = false;
  for (const e of c.enrolments ?? []) if (e.to === undefined) open = true;
  const last = open ? latest(c) : '';
  peopleByYear(c, 'participation', 'participationPeople', bucket, last);
  peopleByYear(c, 'outreach', 'outreachPeople', bucket, last);
  const move = phaseMoveIndex(c.meetings);
  const b = move < 0 ? undefined : bucket(c.meetings[move]!.meeting.date);
  if (b) b.phaseMoves++;
}
