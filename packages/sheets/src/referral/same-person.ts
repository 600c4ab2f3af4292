// "Is this the same person?" (issue #37): loaded by the referral sheet once the portal gives it candidates, never
// before. As the worker writes the person's name, reading and birth date, the portal's people most like them are
// listed with what agrees; the worker says which one it is (an event with the index only) or that it is no one.
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Referral } from '@tsunagu/core';
import { matchPersons, type MatchReason, type PersonMatch, type PersonToMatch } from '@tsunagu/core/match';
import { TsunaguSamePersonEvent } from '../kit/events';

const WORDS = {
  ja: {
    title: '同じ人ではありませんか？',
    intro: 'ポータルに、似ている人がいます。同じ人なら、新しいケースにせず、その人のケースにつなぎます。',
    same: 'この人です',
    other: 'どの人とも違う人です',
    chosen: '同じ人として知らせました。',
    dismissed: '別の人として続けます。',
    reasons: {
      kana: '読みが同じ',
      kanaFamily: '氏の読みが同じ',
      name: '氏名が同じ',
      birthDate: '生年月日が同じ',
      birthDateDiffers: '生年月日が違う',
      age: '年齢が近い',
      ageDiffers: '年齢が違う',
      address: '住所が同じ',
      addressArea: '住所の地域が同じ',
      phone: '電話番号が同じ',
    },
    sep: '、',
  },
  en: {
    title: 'Is this the same person?',
    intro: 'The portal holds people like this one. If it is the same person, the referral joins their case instead of opening a new one.',
    same: 'This is the person',
    other: 'None of them',
    chosen: 'Marked as the same person.',
    dismissed: 'Going on as a different person.',
    reasons: {
      kana: 'same reading',
      kanaFamily: 'same family-name reading',
      name: 'same name',
      birthDate: 'same birth date',
      birthDateDiffers: 'different birth date',
      age: 'similar age',
      ageDiffers: 'different age',
      address: 'same address',
      addressArea: 'same area',
      phone: 'same phone number',
    },
    sep: ', ',
  },
} as const satisfies Record<Locale, { reasons: Record<MatchReason, string> } & Record<string, unknown>>;

/**
 * The sheet as the question sees it: members it keeps for its subclasses (protected in TypeScript, so the sheet
 * hands itself over as this interface, as it does to a merge).
 */
export interface SamePersonHost {
  readonly locale: Locale;
  readonly candidates: readonly PersonToMatch[] | undefined;
  /** The referral as rendered. */
  readonly view: Referral;
  readonly focus_: { announce(text: string): void };
  referenceDate(): string;
  requestUpdate(): void;
  dispatchEvent(event: Event): boolean;
}

/** The question, answered once per person as written: a new name asks again. */
export class SamePerson {
  #answeredFor: string | undefined;
  constructor(readonly host: SamePersonHost) {}

  #key(): string {
    const p = this.host.view.person ?? {};
    return JSON.stringify([p.familyName, p.givenName, p.familyNameKana, p.givenNameKana, p.birthDate]);
  }

  #matches(): PersonMatch[] {
    const { candidates, view } = this.host;
    if (!candidates?.length || !view.person || this.#answeredFor === this.#key()) return [];
    return matchPersons(view.person, candidates, { onDate: this.host.referenceDate(), limit: 3 });
  }

  #answer(text: string, index?: number): void {
    this.#answeredFor = this.#key();
    if (index !== undefined) this.host.dispatchEvent(new TsunaguSamePersonEvent(index));
    this.host.focus_.announce(text);
    this.host.requestUpdate();
  }

  render(): TemplateResult | typeof nothing {
    const found = this.#matches();
    if (found.length === 0) return nothing;
    const w = WORDS[this.host.locale];
    const people = this.host.candidates!;
    const describe = (p: PersonToMatch) =>
      [
        [p.familyName, p.givenName].filter(Boolean).join(' '),
        [p.familyNameKana, p.givenNameKana].filter(Boolean).join(' '),
        p.birthDate ?? (p.approximateAge === undefined ? undefined : `${p.approximateAge}`),
        p.address,
      ]
        .filter(Boolean)
        .join(' / ');
    return html`<div class="notice alert" part="notice" role="group" aria-labelledby="same-person-title">
      <p><strong id="same-person-title">${w.title}</strong> ${w.intro}</p>
      <ul>
        ${found.map(
          (m) =>
            html`<li>
              ${describe(people[m.index]!)}（${m.reasons.map((r) => w.reasons[r]).join(w.sep)}）
              <button type="button" part="button" @click=${() => this.#answer(w.chosen, m.index)}>${w.same}</button>
            </li>`,
        )}
      </ul>
      <button type="button" class="link" part="button" @click=${() => this.#answer(w.dismissed)}>${w.other}</button>
    </div>`;
  }
}
