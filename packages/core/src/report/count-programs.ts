// The 事業: enrolments begun (事業別 相談受付件数), 参加支援 and アウトリーチ in people a year (実人数), and the moves from
// 支援会議 to 重層的支援会議.
import { fiscalYearOf } from '../dates';
import { phaseMove } from '../model/enrolment';
import type { Case } from '../schema/case';
import type { Bucket } from './bucket';
import { add, type CountKey } from './measures';

/** The case's latest recorded date: an open enrolment lasts until then. */
function latest(c: Case): string {
  let last = '';
  const see = (d: string | undefined) => {
    if (d !== undefined && d > last) last = d;
  };
  for (const s of c.statusHistory) see(s.date);
  for (const m of c.meetings) see(m.meeting.date);
  for (const p of c.plans) see(p.planDate);
  for (const e of c.contacts ?? []) see(e.date);
  for (const e of c.enrolments ?? []) see(e.to ?? e.from);
  return last;
}

/**
 * Counts a person once in each fiscal year they are known in a 事業 — enrolled in it at any time of the year, or with
 * an action of its kind in a plan made that year — in the month of the year they are first known in.
 */
function peopleByYear(c: Case, program: 'participation' | 'outreach', key: CountKey, bucket: Bucket, last: string): void {
  const first = new Map<number, string>();
  const known = (date: string) => {
    const fy = fiscalYearOf(date);
    const was = first.get(fy);
    if (was === undefined || date < was) first.set(fy, date);
  };
  for (const e of c.enrolments ?? []) {
    if (e.program !== program || !e.from) continue;
    const end = e.to ?? (last > e.from ? last : e.from);
    for (let fy = fiscalYearOf(e.from); fy <= fiscalYearOf(end); fy++) known(fy === fiscalYearOf(e.from) ? e.from : `${fy}-04-01`);
  }
  for (const p of c.plans) if (p.actions.some((a) => a.kind === program)) known(p.planDate);
  for (const date of first.values()) {
    const b = bucket(date);
    if (b) b[key]++;
  }
}

/** Counts a case's enrolments, its people in 参加支援 and アウトリーチ by year, and its move to 重層的支援会議. */
export function countPrograms(c: Case, bucket: Bucket): void {
  for (const e of c.enrolments ?? []) {
    const b = bucket(e.from);
    if (b) add(b.newByProgram, e.program);
  }
  const last = latest(c);
  peopleByYear(c, 'participation', 'participationPeople', bucket, last);
  peopleByYear(c, 'outreach', 'outreachPeople', bucket, last);
  const move = phaseMove(c);
  const b = move && bucket(move.date);
  if (b) b.phaseMoves++;
}
