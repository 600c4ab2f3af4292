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

/**
 * Whether a consent record allows a 重層的支援会議 on a date: given, dated on or before it, and covering both
 * sharing information with the agencies and collecting it from them — 盛岡's definition of 本人同意
 * (「本人の情報を関係機関へ提供すること及び関係機関から本人の情報を収集することに対する本人からの同意」, seed 001 l.437).
 * A scope question left unanswered does not refuse (consent.scopeUnanswered asks for it); a 「いいえ」 to either does.
 */
export function consentValidOn(consent: Consent | undefined, date: string): boolean {
  return (
    !!consent &&
    consent.status === 'given' &&
    (consent.date === undefined || consent.date <= date) &&
    consent.scope?.provide !== false &&
    consent.scope?.collect !== false
  );
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
