// The answers to a municipality's own questions (issue #36), counted in the month of the document that holds them.
import type { Case } from '../schema/case';
import type { LocalAnswer } from '../schema/common';
import type { Bucket } from './bucket';
import { add } from './counts';

type Answers = Readonly<Record<string, LocalAnswer>> | undefined;

/** Adds one document's answers to a tally: by code, by yes/no, a number's sum, and every answered one. */
function addAnswers(t: Record<string, number>, answers: Answers, pair: Bucket['pair']): void {
  if (!answers) return;
  for (const id of Object.keys(answers)) {
    const a = answers[id];
    if (!a) continue;
    let answered = false;
    if (a.code !== undefined) {
      add(t, pair(id, a.code));
      answered = true;
    }
    if (a.codes?.length) {
      for (let k = 0; k < a.codes.length; k++) if (a.codes.indexOf(a.codes[k]!) === k) add(t, pair(id, a.codes[k]!));
      answered = true;
    }
    if (a.yes !== undefined) {
      add(t, pair(id, a.yes ? 'yes' : 'no'));
      answered = true;
    }
    if (a.number !== undefined) {
      const key = pair(id, '=sum');
      t[key] = (t[key] ?? 0) + a.number;
      answered = true;
    }
    if ((a.text !== undefined && a.text.trim() !== '') || a.date !== undefined) answered = true;
    if (answered) add(t, pair(id, '=answered'));
  }
}

/** Counts the answers of a case's referrals, meetings, plan versions and contacts, each in its document's month. */
export function countLocalAnswers(c: Case, bucket: Bucket): void {
  const at = (date: string | undefined, answers: Answers) => {
    if (!answers) return;
    const b = bucket(date);
    if (b) addAnswers(b.localAnswers, answers, (x, y) => bucket.pair(x, y));
  };
  for (const r of c.referrals) at(r.referredOn, r.localItems);
  for (const m of c.meetings) at(m.meeting.date, m.localItems);
  for (const p of c.plans) at(p.planDate, p.localItems);
  for (const e of c.contacts ?? []) at(e.date, e.localItems);
}
