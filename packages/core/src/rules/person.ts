import type { Consent, HouseholdMember, Person } from '../schema/common';
import { type Finding, type IssuePath, blank } from './engine';

/** Full-width katakana, the long-vowel mark, the middle dot and spaces. */
const KANA_RE = /^[\u30A1-\u30FA\u30FC\u30FB\u3000 ]*$/u;

/** Person checks shared by every document that holds persons. */
export function* personFindings(
  person: Person | HouseholdMember | undefined,
  at: IssuePath,
  today: string,
  code: 'person.identity' | 'person.kana' | 'person.birthDateFuture',
): Generator<Finding> {
  if (!person || typeof person !== 'object') return;
  if (code === 'person.identity') {
    if (blank(person.familyName) && blank(person.givenName) && blank(person.identityNote)) {
      yield { path: [...at, 'familyName'] };
    }
  } else if (code === 'person.kana') {
    for (const key of ['familyNameKana', 'givenNameKana'] as const) {
      const v = person[key];
      if (typeof v === 'string' && v !== '' && !KANA_RE.test(v)) yield { path: [...at, key] };
    }
  } else if (typeof person.birthDate === 'string' && person.birthDate > today) {
    yield { path: [...at, 'birthDate'] };
  }
}

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
