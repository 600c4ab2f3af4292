// What happens to a case over time: its referrals, contacts and status changes.
import type { Case } from '../schema/case';
import type { Bucket } from './bucket';
import { add } from './counts';

/** Counts a case's referrals, by route and by field (a referral with several fields once in each). */
export function countReferrals(c: Case, bucket: Bucket): void {
  for (const r of c.referrals) {
    const b = bucket(r.referredOn);
    if (!b) continue;
    b.referrals++;
    add(b.byRoute, r.route ?? 'unknown');
    const fields = r.content.fields;
    if (fields) for (let k = 0; k < fields.length; k++) if (fields.indexOf(fields[k]!) === k) add(b.byField, fields[k]!);
  }
}

/** Counts a case's contacts (延支援回数): by method, by purpose, and the coordinator's office's own. */
export function countContacts(c: Case, bucket: Bucket): void {
  for (const e of c.contacts ?? []) {
    const b = bucket(e.date);
    if (!b) continue;
    b.contacts++;
    add(b.contactsByMethod, e.method);
    add(b.contactsByPurpose, e.purpose ?? 'unknown');
    if (e.byCoordinatorOffice === true) {
      b.coordinatorContacts++;
      if (e.purpose === 'directSupport') b.coordinatorDirectSupport++;
    }
  }
}

/** Counts a case's closures (終結) and re-openings. */
export function countStatus(c: Case, bucket: Bucket): void {
  for (const s of c.statusHistory) {
    if (s.status !== 'terminated' && s.status !== 'reopened') continue;
    const b = bucket(s.date);
    if (!b) continue;
    if (s.status === 'terminated') b.terminations++;
    else b.reopenings++;
  }
}
