// Loaded once an agenda item's outline for the invitation mail is written (米子's 一斉メール, issue #37): the core's
// personal-data finder and the warning under the field — how many places, of which kinds, never the text.
import { html, nothing, type TemplateResult } from 'lit';
import type { Case, Locale } from '@tsunagu/core';
import { findPersonalData, type PersonalDataKind } from '@tsunagu/core/personal-data';

const WORDS: Record<Locale, { text: string; kinds: Record<PersonalDataKind, string>; sep: string }> = {
  ja: {
    text: '個人が特定される情報が{n}か所あります（{kinds}）。',
    kinds: {
      name: '氏名',
      staffName: '職員の氏名',
      phone: '電話番号',
      postcode: '郵便番号',
      address: '住所',
      birthDate: '生年月日',
      email: 'メールアドレス',
    },
    sep: '、',
  },
  en: {
    text: 'Personal data in {n} places ({kinds}).',
    kinds: {
      name: 'a name',
      staffName: 'a staff name',
      phone: 'a phone number',
      postcode: 'a postcode',
      address: 'an address',
      birthDate: 'a birth date',
      email: 'an e-mail address',
    },
    sep: ', ',
  },
};

/** The warning under an outline that holds personal data of its case (or any phone, postcode, e-mail), else nothing. */
export function outlineWarning(locale: Locale, outline: string, c: Case | undefined): TemplateResult | typeof nothing {
  const spans = findPersonalData(c ?? {}, outline);
  if (spans.length === 0) return nothing;
  const w = WORDS[locale];
  const kinds = [...new Set(spans.map((s) => w.kinds[s.kind]))].join(w.sep);
  // Not the core's fillMessage: importing it here would split a chunk shared with the entry (performance.md).
  return html`<p class="warning-summary" role="status">${w.text.replace('{n}', String(spans.length)).replace('{kinds}', kinds)}</p>`;
}
