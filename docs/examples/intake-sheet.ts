// A city's own short intake sheet (相談受付票), composed from the sheet kit. It hands on
// a standard referral: the core validates it and says which fields are required, so the
// sheet writes no rule of its own — only which fields it shows, and their labels.
import { html, type TemplateResult } from 'lit';
import { CONSENT_STATUSES, ROUTES, referralForm, type FormDefinition, type Referral } from '@tsunagu/core';
import { TsunaguSheet, dateField, defineOnce, radioGroup, selectField, textArea, textField, type SheetFields } from '@tsunagu/sheets';

const LABELS = {
  ja: {
    title: '相談受付票',
    received: '受付',
    receivedOn: '受付日',
    staff: '受付者 氏名',
    office: '受付者 所属',
    person: '相談者',
    familyName: '氏',
    givenName: '名',
    route: '相談経路',
    consent: '本人同意',
    consentStatus: '情報共有への同意',
    content: '相談内容',
    problemView: '課題認識（受付者から見た課題）',
    problemViewHint: '例）母の介護と長男のひきこもりが重なっている。',
  },
  en: {
    title: 'Intake',
    received: 'Received',
    receivedOn: 'Date received',
    staff: 'Received by: name',
    office: 'Received by: office',
    person: 'The person',
    familyName: 'Family name',
    givenName: 'Given name',
    route: 'Referral route',
    consent: 'Consent',
    consentStatus: 'Consent to share information',
    content: 'The consultation',
    problemView: 'Your view of the problems',
    problemViewHint: "For example: the mother's care and the son's withdrawal at once.",
  },
};

/** 相談受付票: a municipality's intake sheet that produces a referral. */
export class CityIntakeSheet extends TsunaguSheet<Referral> {
  protected get documentForm(): FormDefinition<Referral> {
    return referralForm;
  }

  protected sheetTitle(): string {
    return LABELS[this.locale].title;
  }

  protected renderSheet(h: SheetFields): TemplateResult {
    const l = LABELS[this.locale];
    return html`
      <section part="section">
        <h3>${l.received}</h3>
        ${dateField(h, ['referredOn'], l.receivedOn)}
        <div class="grid-2">
          ${textField(h, ['referrer', 'name'], l.staff, { autocomplete: 'name' })}
          ${textField(h, ['referrer', 'organization'], l.office)}
        </div>
      </section>
      <section part="section">
        <h3>${l.person}</h3>
        <div class="grid-2">
          ${textField(h, ['person', 'familyName'], l.familyName)}
          ${textField(h, ['person', 'givenName'], l.givenName)}
        </div>
        ${selectField(h, ['route'], l.route, this.codeList('routes', ROUTES), { narrow: true })}
      </section>
      <section part="section">
        <h3>${l.consent}</h3>
        ${radioGroup(h, ['consent', 'status'], l.consentStatus, CONSENT_STATUSES)}
      </section>
      <section part="section">
        <h3>${l.content}</h3>
        ${textArea(h, ['content', 'problemView'], l.problemView, { hint: l.problemViewHint })}
      </section>
    `;
  }
}

defineOnce('city-intake-sheet', CityIntakeSheet);

declare global {
  interface HTMLElementTagNameMap {
    'city-intake-sheet': CityIntakeSheet;
  }
}
