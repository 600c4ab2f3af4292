import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { PersonToMatch } from '@tsunagu/core/match';
import type { SamePerson, SamePersonHost } from './same-person';
import {
  fullName,
  AGE_BANDS,
  CONSENT_METHODS,
  CONSENT_STATUSES,
  consentAnswered,
  sheetNameOf,
  FIELDS,
  ISSUE_TAGS,
  PROBLEM_TYPES,
  REFERRER_REQUESTS,
  RELATIONSHIPS,
  RESPONSE_OPTIONS,
  ROUTES,
  SITUATIONS,
  TROUBLES,
  URGENCIES,
  fillMessage,
  referralForm,
  type FormDefinition,
  type Agency,
  type HouseholdMember,
  type IssuePath,
  type Referral,
} from '@tsunagu/core';
import { TsunaguSheet } from '../kit/sheet';
import type { SheetFields } from '../kit/field-host';
import { textField, textArea, numberField, dateField, readingField, phoneField, postalCodeField, dateText } from '../kit/fields';
import { selectField, radioGroup, checkboxGroup, checkbox, yesNoField, choiceText } from '../kit/choices';
import { rows, collapsible } from '../kit/rows';
import { REFERRAL_LABELS } from './labels';
import { aside, joinList } from '../kit/ui-strings';

/** The sections a policy may place its own questions in (`LocalQuestion.section`). */
const SECTIONS = ['referral', 'person', 'consent', 'content', 'response'];

/** Whether someone's 年代 (「60代」) is asked: neither the birth date nor an age is known. */
const asksAgeBand = (p: { birthDate?: string; approximateAge?: number } | undefined): boolean =>
  !!p && !p.birthDate && p.approximateAge === undefined;

/**
 * The referral sheet (高島 つむぎあいシート A・B票, 盛岡 相談シート, 坂井
 * 紹介シート, 米子 つなぐシート — titled by the policy) with the coordinator's
 * response (高島 C票).
 * A case worker hands a household to the multi-agency coordinator; the
 * coordinator answers in `mode="response"`.
 *
 * @summary Referral sheet (A・B票) and its C票 response.
 * @tagname tsunagu-referral-sheet
 *
 * @fires {TsunaguChangeEvent} tsunagu-change - The document changed (debounced, 300 ms). `detail.value` is the referral.
 * @fires {TsunaguSubmitEvent} tsunagu-submit - A valid referral was submitted. `detail.value` is the referral.
 * @fires {TsunaguInvalidEvent} tsunagu-invalid - A submit was refused. `detail.issues` lists the errors (no personal data).
 * @fires {TsunaguSamePersonEvent} tsunagu-same-person - The worker said the person is `candidates[detail.index]`, someone the portal holds.
 *
 * @attr {string} name - Name under which the referral (JSON) goes into the enclosing form's FormData.
 * @attr {'edit'|'response'|'readonly'|'print'} mode - `response` shows the referral read-only and the C票 editable.
 * @attr {boolean} readonly - Shows the referral read-only.
 * @attr {boolean} disabled - Disables the sheet.
 * @attr {string} draft-key - Autosave key; the draft survives reloads, crashes and failed sends until the page confirms the save (`saved()`).
 * @attr {'none'|'session'|'local'} draft-storage - Where drafts are kept: `none`, `session` (this tab; the default, unless the policy says otherwise) or `local` (this browser, until expiry).
 * @attr {number} draft-max-age - Hours after the last edit when a draft is removed unread (default 8, or the policy's).
 * @attr {string} today - Reference date (ISO) for date rules; today when unset.
 * @attr {string} lang - `en` for English; otherwise Japanese. Inherited from the nearest ancestor with `lang`.
 */
export class TsunaguReferralSheet extends TsunaguSheet<Referral> {
  static override properties = {
    addressLookup: { attribute: false },
    candidates: { attribute: false },
  };

  /**
   * An address lookup the portal supplies (its own postal-code service; tsunagu
   * ships no address data): given NNN-NNNN, the address, or undefined. Called
   * when a postal code is entered and the address is empty.
   */
  declare addressLookup: ((postalCode: string) => Promise<string | undefined>) | undefined;
  /**
   * The people the portal already holds who might be this person (from its own search, e.g. by reading or birth
   * date). As the worker writes the person, the most alike are shown with what agrees (`matchPersons` of
   * `@tsunagu/core/match`, loaded only once candidates are given), and the worker says which one it is
   * (`tsunagu-same-person`, with its index) or that it is no one.
   */
  declare candidates: readonly PersonToMatch[] | undefined;
  #samePerson: SamePerson | undefined;

  constructor() {
    super();
    this.addressLookup = undefined;
    this.candidates = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.candidates?.length && !this.#samePerson)
      void import('./same-person').then(({ SamePerson }) => {
        this.#samePerson ??= new SamePerson(this as unknown as SamePersonHost);
        this.requestUpdate();
      });
  }

  protected get documentForm(): FormDefinition<Referral> {
    return referralForm;
  }

  /**
   * In response mode the coordinator answers: the C票 is there to fill in,
   * dated today, without opening the mode counting as an edit (no draft, no
   * change event) — it becomes part of the document with the first answer.
   */
  protected override derive(doc: Referral): Referral {
    if (this.mode !== 'response' || (doc as Partial<Referral>).response) return doc;
    return { ...doc, response: { respondedOn: this.referenceDate(), coordinator: { name: '', organization: '' }, options: [] } };
  }

  protected override paperDate(): string | undefined {
    return this.view.referredOn;
  }

  protected sheetTitle(): string {
    // On paper the referral keeps its own name; its response is a section of it.
    return sheetNameOf(this.policy, this.mode === 'response' && !this.printing ? 'response' : 'referral', this.locale);
  }

  get #l() {
    return REFERRAL_LABELS[this.locale];
  }

  /** In response mode the referral itself is read-only. */
  get #referralLocked(): boolean {
    return this.mode === 'response';
  }

  /** The policy's own questions in a section (`undefined`: the section of local questions); locked where the sheet is not
   * being answered — the C票's (`response`) outside response mode, the referral's inside it. */
  #local = (h: SheetFields, section?: string) =>
    this.localItems(h, 'referral', { sections: SECTIONS, locked: (this.mode !== 'response') === (section === 'response'), section });

  protected renderSheet(h: SheetFields): TemplateResult {
    const l = this.#l;
    const lock = { locked: this.#referralLocked };
    const v = this.view;
    return html`
      <section part="section">
        <h3 id="s-referral">${l.sectionReferral}</h3>
        ${dateField(h, ['referredOn'], l.referredOn, { ...lock })}
        <div class="grid-2">
          ${textField(h, ['referrer', 'name'], l.referrerName, { autocomplete: 'name', ...lock })}
          ${textField(h, ['referrer', 'organization'], l.referrerOrganization, { autocomplete: 'organization', ...lock })}
        </div>
        <div class="grid-2">
          ${textField(h, ['referrer', 'department'], l.referrerDepartment, lock)}
          ${selectField(h, ['referrer', 'field'], l.referrerField, this.codeList('fields', FIELDS), lock)}
        </div>
        ${phoneField(h, ['referrer', 'phone'], l.referrerPhone, { autocomplete: 'tel', ...lock })}
        ${selectField(h, ['route'], l.route, this.codeList('routes', ROUTES), { narrow: true, ...lock })}
        ${radioGroup(h, ['urgency'], l.urgency, URGENCIES, lock)}
        ${this.#local(h, 'referral')}
      </section>

      <section part="section">
        <h3 id="s-person">${l.sectionPerson}</h3>
        <div class="names">
          <div>
            ${textField(h, ['person', 'familyName'], l.familyName, lock)}
            ${readingField(h, ['person', 'familyNameKana'], l.familyNameKana, { hint: l.familyKanaHint, ...lock })}
          </div>
          <div>
            ${textField(h, ['person', 'givenName'], l.givenName, lock)}
            ${readingField(h, ['person', 'givenNameKana'], l.givenNameKana, { hint: l.givenKanaHint, ...lock })}
          </div>
        </div>
        <div class="grid-2">
          ${dateField(h, ['person', 'birthDate'], l.birthDate, lock)}
          ${numberField(h, ['person', 'approximateAge'], l.approximateAge, lock)}
        </div>
        ${this.isReadonly || this.#referralLocked ? nothing : this.#samePerson?.render()}
        ${asksAgeBand(v.person) ? selectField(h, ['person', 'ageBand'], l.ageBand, AGE_BANDS, { narrow: true, ...lock }) : nothing}
        ${textField(h, ['person', 'identityNote'], l.identityNote, lock)}
        ${textField(h, ['person', 'district'], l.district, { narrow: true, ...lock })}
        ${this.#local(h, 'person')}
      </section>

      <section part="section">
        <h3 id="s-consent">${l.sectionConsent}</h3>
        ${radioGroup(h, ['consent', 'status'], l.consentStatus, CONSENT_STATUSES, { hint: l.consentHint, ...lock })}
        ${
          consentAnswered(v.consent.status)
            ? html`${dateField(h, ['consent', 'date'], l.consentDate, lock)}
              ${radioGroup(h, ['consent', 'method'], l.consentMethod, CONSENT_METHODS, lock)}
              ${
                v.consent.status === 'given'
                  ? html`${yesNoField(h, ['consent', 'scope', 'provide'], l.consentProvide, lock)}
                    ${yesNoField(h, ['consent', 'scope', 'collect'], l.consentCollect, lock)}`
                  : nothing
              }
              <div class="grid-2">
                ${textField(h, ['consent', 'confirmedBy', 'name'], l.confirmerName, lock)}
                ${textField(h, ['consent', 'confirmedBy', 'organization'], l.confirmerOrganization, lock)}
              </div>`
            : nothing
        }
        ${this.#local(h, 'consent')}
      </section>

      <section part="section">
        <h3 id="s-content">${l.sectionContent}</h3>
        ${textArea(h, ['content', 'problemView'], l.problemView, { hint: l.problemViewHint, ...lock })}
        ${textArea(h, ['content', 'mainConcern'], l.mainConcern, lock)}
        ${radioGroup(h, ['content', 'problemType'], l.problemType, PROBLEM_TYPES, lock)}
        ${checkboxGroup(h, ['content', 'troubles'], l.troubles, this.codeList('troubles', TROUBLES), lock)}
        ${
          (v.content.troubles ?? []).length > 1
            ? selectField(
                h,
                ['content', 'mainTrouble'],
                l.mainTrouble,
                this.codeList('troubles', TROUBLES).filter((e) => v.content.troubles?.includes(e.code)),
                lock,
              )
            : nothing
        }
        ${checkboxGroup(h, ['content', 'tags'], l.tags, this.codeList('issueTags', ISSUE_TAGS), lock)}
        ${checkboxGroup(h, ['content', 'fields'], l.fields, this.codeList('fields', FIELDS), lock)}
        ${this.#local(h, 'content')}
      </section>

      ${this.#renderHousehold(h)}

      ${collapsible(
        h,
        'person-detail',
        l.sectionPersonDetail,
        !!(
          v.person.address ||
          v.person.postalCode ||
          v.person.phone ||
          v.person.situations?.length ||
          v.person.situationNote ||
          v.person.agencies?.length
        ),
        html`
          ${postalCodeField(h, ['person', 'postalCode'], l.postalCode, { hint: l.postalCodeHint, ...lock, then: (code) => void this.#lookUpAddress(code) })}
          ${textField(h, ['person', 'address'], l.address, { autocomplete: 'off', ...lock })}
          ${phoneField(h, ['person', 'phone'], l.phone, lock)}
          ${checkboxGroup(h, ['person', 'situations'], l.situations, this.codeList('situations', SITUATIONS), lock)}
          ${textArea(h, ['person', 'situationNote'], l.situationNote, lock)}
          ${this.#renderAgencies(h, ['person', 'agencies'])}
        `,
      )}

      ${collapsible(
        h,
        'detail',
        l.sectionDetail,
        !!(v.content.history || v.content.wishes || v.content.strengths || v.content.doneSoFar),
        html`
          ${textArea(h, ['content', 'history'], l.history, lock)}
          ${textArea(h, ['content', 'wishes'], l.wishes, lock)}
          ${textArea(h, ['content', 'strengths'], l.strengths, lock)}
          ${textArea(h, ['content', 'doneSoFar'], l.doneSoFar, lock)}
        `,
      )}

      ${collapsible(
        h,
        'needs',
        l.sectionNeeds,
        !!(v.needs?.requests?.length || v.needs?.detail),
        html`
          ${checkboxGroup(h, ['needs', 'requests'], l.requests, this.codeList('referrerRequests', REFERRER_REQUESTS), lock)}
          ${textArea(h, ['needs', 'detail'], l.needsDetail, lock)}
        `,
      )}

      ${this.#local(h)}

      ${v.response ? this.#renderResponse(h) : nothing}
    `;
  }

  #renderHousehold(h: SheetFields): TemplateResult {
    const l = this.#l;
    const locked = this.#referralLocked;
    return html`<section part="section">
      <h3 id="s-household" class="visually-hidden">${l.sectionHousehold}</h3>
      ${rows<HouseholdMember>(h, ['members'], {
        label: l.members,
        itemLabel: (i) => fillMessage(l.member, { n: i + 1 }),
        addLabel: l.addMember,
        create: () => ({ relationship: '' }),
        locked,
        columns: [
          { label: l.relationship, text: (m) => choiceText(h, this.codeList('relationships', RELATIONSHIPS), m.relationship) },
          { label: `${l.familyName}・${l.givenName}`, text: (m) => fullName(m) },
          {
            label: l.age,
            text: (m) =>
              m.birthDate
                ? dateText(h, m.birthDate)
                : m.approximateAge !== undefined
                  ? String(m.approximateAge)
                  : choiceText(h, AGE_BANDS, m.ageBand),
          },
          { label: l.livesTogether, text: (m) => (m.livesTogether === undefined ? '' : m.livesTogether ? h.ui.yes : h.ui.no) },
          { label: l.memberSituations, text: (m) => choiceText(h, this.codeList('situations', SITUATIONS), m.situations) },
          {
            label: l.agencies,
            text: (m) =>
              joinList(
                h.locale,
                (m.agencies ?? []).map((a) => (a.field ? aside(h.locale, a.name, choiceText(h, FIELDS, a.field)) : a.name)),
              ),
          },
          { label: l.memberNote, text: (m) => m.situationNote ?? '' },
        ],
        renderRow: (p: IssuePath) => html`
          ${selectField(
            h,
            [...p, 'relationship'],
            l.relationship,
            this.codeList('relationships', RELATIONSHIPS).filter((e) => e.code !== 'self'),
            { narrow: true, locked },
          )}
          <div class="grid-2">
            ${textField(h, [...p, 'familyName'], l.familyName, { locked })}
            ${textField(h, [...p, 'givenName'], l.givenName, { locked })}
            ${numberField(h, [...p, 'approximateAge'], l.approximateAge, { locked })}
            ${asksAgeBand(this.view.members[p[1] as number]) ? selectField(h, [...p, 'ageBand'], l.ageBand, AGE_BANDS, { locked }) : nothing}
          </div>
          ${checkbox(h, [...p, 'livesTogether'], l.livesTogether, { locked })}
          ${checkboxGroup(h, [...p, 'situations'], l.memberSituations, this.codeList('situations', SITUATIONS), { locked })}
          ${this.#renderAgencies(h, [...p, 'agencies'])}
          ${textArea(h, [...p, 'situationNote'], l.memberNote, { locked })}
        `,
      })}
    </section>`;
  }

  /**
   * Fills the address from the page's lookup when the postal code is entered and
   * the address is still empty — never over what the person typed.
   */
  async #lookUpAddress(code: string): Promise<void> {
    if (!this.addressLookup || this.view.person.address) return;
    let found: string | undefined;
    try {
      found = await this.addressLookup(code);
    } catch {
      return; // the portal's service failed: the person types the address
    }
    if (!found || this.view.person.address || this.view.person.postalCode !== code) return;
    this.editAndShow(['person', 'address'], found);
    this.fields.announce(fillMessage(this.#l.addressFilled, { address: found }));
  }

  /** Agencies involved with someone, each with its field: what an anonymized summary keeps (米子). */
  #renderAgencies(h: SheetFields, path: IssuePath): TemplateResult {
    const l = this.#l;
    const locked = this.#referralLocked;
    return rows<Agency>(h, path, {
      label: l.agencies,
      itemLabel: (i) => fillMessage(l.agency, { n: i + 1 }),
      addLabel: l.addAgency,
      create: () => ({ name: '' }),
      locked,
      columns: [
        { label: l.agencyName, text: (a) => a.name },
        { label: l.agencyField, text: (a) => choiceText(h, this.codeList('fields', FIELDS), a.field) },
      ],
      renderRow: (p: IssuePath) => html`<div class="grid-2">
        ${textField(h, [...p, 'name'], l.agencyName, { hint: l.agencyNameHint, locked })}
        ${selectField(h, [...p, 'field'], l.agencyField, this.codeList('fields', FIELDS), { locked })}
      </div>`,
    });
  }

  #renderResponse(h: SheetFields): TemplateResult {
    const l = this.#l;
    const locked = this.mode !== 'response';
    const v = this.view;
    return html`<section part="section" class="page-break">
      <h3 id="s-response">${l.sectionResponse}</h3>
      ${dateField(h, ['response', 'respondedOn'], l.respondedOn, { locked })}
      <div class="grid-2">
        ${textField(h, ['response', 'coordinator', 'name'], l.coordinatorName, { locked })}
        ${textField(h, ['response', 'coordinator', 'organization'], l.coordinatorOrganization, { locked })}
      </div>
      ${checkboxGroup(h, ['response', 'options'], l.options, this.codeList('responseOptions', RESPONSE_OPTIONS), { locked })}
      ${v.response?.options?.includes('other') ? textArea(h, ['response', 'otherText'], l.otherText, { locked }) : nothing}
      ${textArea(h, ['response', 'comment'], l.comment, { locked })}
      ${textArea(h, ['response', 'nextStep'], l.nextStep, { locked })}
      ${this.#local(h, 'response')}
    </section>`;
  }
}
