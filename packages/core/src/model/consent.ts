import type { Consent } from '../schema/common';

/** The consent status that applies on a date, from records in the order taken. */
export function consentOn(records: readonly Consent[], date: string, personId?: string): Consent | undefined {
  let current: Consent | undefined;
  for (const r of records) {
    if (personId !== undefined && r.personId !== undefined && r.personId !== personId) continue;
    if (r.date !== undefined && r.date > date) continue;
    if (!current || (r.date ?? '') >= (current.date ?? '')) current = r;
  }
  return current;
}

/** Whether a consent record allows a 重層的支援会議 on a date. */
export function consentValidOn(consent: Consent | undefined, date: string): boolean {
  return !!consent && consent.status === 'given' && (consent.date === undefined || consent.date <= date);
}

/**
 * Whether the person was asked and answered (同意あり, 同意なし, 撤回): an
 * answer has a date, a method and a confirmer. 未確認, 確認中 and 本人未接触
 * have none yet.
 * @public
 */
export function consentAnswered(status: string | undefined): boolean {
  return status === 'given' || status === 'refused' || status === 'withdrawn';
}
