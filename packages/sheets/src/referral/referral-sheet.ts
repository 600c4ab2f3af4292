import { html, nothing, type TemplateResult } from 'lit';
import {
  fillMessage,
  CONSENT_METHODS,
  CONSENT_STATUSES,
  FIELDS,
  ISSUE_TAGS,
  PROBLEM_TYPES,
  RELATIONSHIPS,
  REFERRER_REQUESTS,
  RESPONSE_OPTIONS,
  ROUTES,
  SITUATIONS,
  TROUBLES,
  URGENCIES,
  emptyReferral,
  validateReferral,
  referralFormFacts,
  type FormFacts,
  type IssuePath,
  type MunicipalPolicy,
  type HouseholdMember,
  type Referral,
  type ValidateOptions,
  type ValidationResult,
} from '@tsunagu/core';
import { TsunaguSheet } from '../kit/sheet';
import type { Fields } from '../kit/bind';
import { REFERRAL_LABELS } from './labels';

/**
 * The referral sheet (つなぎシート A・B票) with the coordinator's C票 response.
 * A case worker hands a household to the multi-agency coordinator; the
 * coordinator answers in `mode="response"`.
 *
 * @summary Referral sheet (A・B票) and its C票 response.
 * @tagname tsunagu-referral-sheet
 *
 * @fires {TsunaguChangeEvent} tsunagu-change - The document changed (debounced, 300 ms). `detail.value` is the referral.
 * @fires {TsunaguSubmitEvent} tsunagu-submit - A valid referral was submitted. `detail.value` is the referral.
 * @fires {TsunaguInvalidEvent} tsunagu-invalid - A submit was refused. `detail.issues` lists the errors (no personal data).
 *
 * @attr {string} name - Name under which the referral (JSON) goes into the enclosing form's FormData.
 * @attr {'edit'|'response'|'readonly'|'print'} mode - `response` shows the referral read-only and the C票 editable.
 * @attr {boolean} readonly - Shows the referral read-only.
 * @attr {boolean} disabled - Disables the sheet.
 * @attr {string} draft-key - Autosave key; the draft survives reloads and crashes until a successful submit.
 * @attr {'local'|'session'} draft-storage - Where drafts are kept: `local` (default) or `session` (this tab only).
 * @attr {string} today - Reference date (ISO) for date rules; today when unset.
 * @attr {string} lang - `en` for English; otherwise Japanese. Inherited from the nearest ancestor with `lang`.
 */
export class TsunaguReferralSheet extends TsunaguSheet<Referral> {
  protected emptyDocument(today: string): Referral {
    return emptyReferral(today);
  }

  protected runValidation(doc: unknown, options: ValidateOptions): ValidationResult<Referral> {
    return validateReferral(doc, options);
  }

  protected formFacts(policy: MunicipalPolicy): FormFacts<Referral> {
    return referralFormFacts(policy);
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

  protected sheetTitle(): string {
    return this.mode === 'response' ? this.#l.titleResponse : this.#l.title;
  }

  get #l() {
    return REFERRAL_LABELS[this.locale];
  }


  /** In response mode the referral itself is read-only. */
  get #referralLocked(): boolean {
    return this.mode === 'response';
  }

  protected renderSheet(f: Fields): TemplateResult {
    const l = this.#l;
    const lock = { locked: this.#referralLocked };
    const v = this.view;
    return html`
      <section part="section">
        <h3 id="s-referral">${l.sectionReferral}</h3>
        ${f.date(['referredOn'], l.referredOn, { ...lock })}
        <div class="grid-2">
          ${f.text(['referrer', 'name'], l.referrerName, { autocomplete: 'name', ...lock })}
          ${f.text(['referrer', 'organization'], l.referrerOrganization, { autocomplete: 'organization', ...lock })}
        </div>
        <div class="grid-2">
          ${f.text(['referrer', 'department'], l.referrerDepartment, lock)}
          ${f.select(['referrer', 'field'], l.referrerField, this.codeList('fields', FIELDS), lock)}
        </div>
        ${f.text(['referrer', 'phone'], l.referrerPhone, { type: 'tel', narrow: true, autocomplete: 'tel', ...lock })}
        ${f.select(['route'], l.route, this.codeList('routes', ROUTES), { narrow: true, ...lock })}
        ${f.radio(['urgency'], l.urgency, URGENCIES, lock)}
      </section>

      <section part="section">
        <h3 id="s-person">${l.sectionPerson}</h3>
        <div class="grid-2">
          ${f.text(['person', 'familyName'], l.familyName, lock)}
          ${f.text(['person', 'givenName'], l.givenName, lock)}
          ${f.text(['person', 'familyNameKana'], l.familyNameKana, { hint: l.kanaHint, ...lock })}
          ${f.text(['person', 'givenNameKana'], l.givenNameKana, { hint: l.kanaHint, ...lock })}
        </div>
        <div class="grid-2">
          ${f.date(['person', 'birthDate'], l.birthDate, lock)}
          ${f.number(['person', 'approximateAge'], l.approximateAge, lock)}
        </div>
        ${f.text(['person', 'identityNote'], l.identityNote, lock)}
        ${f.text(['person', 'district'], l.district, { narrow: true, ...lock })}
      </section>

      <section part="section">
        <h3 id="s-consent">${l.sectionConsent}</h3>
        ${f.radio(['consent', 'status'], l.consentStatus, CONSENT_STATUSES, { hint: l.consentHint, ...lock })}
        ${v.consent.status !== 'unchecked'
          ? html`${f.date(['consent', 'date'], l.consentDate, lock)}
              ${f.radio(['consent', 'method'], l.consentMethod, CONSENT_METHODS, lock)}
              ${v.consent.status === 'given'
                ? html`${f.checkbox(['consent', 'scope', 'provide'], l.consentProvide, lock)}
                    ${f.checkbox(['consent', 'scope', 'collect'], l.consentCollect, lock)}`
                : nothing}
              <div class="grid-2">
                ${f.text(['consent', 'confirmedBy', 'name'], l.confirmerName, lock)}
                ${f.text(['consent', 'confirmedBy', 'organization'], l.confirmerOrganization, lock)}
              </div>`
          : nothing}
      </section>

      <section part="section">
        <h3 id="s-content">${l.sectionContent}</h3>
        ${f.area(['content', 'problemView'], l.problemView, { hint: l.problemViewHint, ...lock })}
        ${f.area(['content', 'mainConcern'], l.mainConcern, lock)}
        ${f.radio(['content', 'problemType'], l.problemType, PROBLEM_TYPES, lock)}
        ${f.checkboxes(['content', 'troubles'], l.troubles, this.codeList('troubles', TROUBLES), lock)}
        ${(v.content.troubles ?? []).length > 1
          ? f.select(['content', 'mainTrouble'], l.mainTrouble, this.codeList('troubles', TROUBLES).filter((e) => v.content.troubles?.includes(e.code)), lock)
          : nothing}
        ${f.checkboxes(['content', 'tags'], l.tags, this.codeList('issueTags', ISSUE_TAGS), lock)}
        ${f.checkboxes(['content', 'fields'], l.fields, this.codeList('fields', FIELDS), lock)}
      </section>

      ${this.#renderHousehold(f)}

      ${f.collapsible(
        'person-detail',
        `${l.sectionPerson}：${l.situations}`,
        !!(v.person.address || v.person.phone || v.person.situations?.length || v.person.situationNote || v.person.agencies?.length),
        html`
          ${f.text(['person', 'address'], l.address, { autocomplete: 'off', ...lock })}
          ${f.text(['person', 'phone'], l.phone, { type: 'tel', narrow: true, ...lock })}
          ${f.checkboxes(['person', 'situations'], l.situations, this.codeList('situations', SITUATIONS), lock)}
          ${f.area(['person', 'situationNote'], l.situationNote, lock)}
          ${f.names(['person', 'agencies'], l.agencies, { hint: l.agenciesHint, ...lock })}
        `,
      )}

      ${f.collapsible(
        'detail',
        l.sectionDetail,
        !!(v.content.history || v.content.wishes || v.content.strengths || v.content.doneSoFar),
        html`
          ${f.area(['content', 'history'], l.history, lock)}
          ${f.area(['content', 'wishes'], l.wishes, lock)}
          ${f.area(['content', 'strengths'], l.strengths, lock)}
          ${f.area(['content', 'doneSoFar'], l.doneSoFar, lock)}
        `,
      )}

      ${f.collapsible(
        'needs',
        l.sectionNeeds,
        !!(v.needs?.requests?.length || v.needs?.detail),
        html`
          ${f.checkboxes(['needs', 'requests'], l.requests, this.codeList('referrerRequests', REFERRER_REQUESTS), lock)}
          ${f.area(['needs', 'detail'], l.needsDetail, lock)}
        `,
      )}

      ${v.response ? this.#renderResponse(f) : nothing}
    `;
  }

  #renderHousehold(f: Fields): TemplateResult {
    const l = this.#l;
    const locked = this.#referralLocked;
    return html`<section part="section">
      <h3 id="s-household" class="visually-hidden">${l.sectionHousehold}</h3>
      ${f.rows<HouseholdMember>(['members'], {
        label: l.members,
        itemLabel: (i) => fillMessage(l.member, { n: i + 1 }),
        addLabel: l.addMember,
        create: () => ({ relationship: '' }),
        locked,
        renderRow: (p: IssuePath) => html`
          ${f.select([...p, 'relationship'], l.relationship, this.codeList('relationships', RELATIONSHIPS).filter((e) => e.code !== 'self'), { narrow: true, locked })}
          <div class="grid-2">
            ${f.text([...p, 'familyName'], l.familyName, { locked })}
            ${f.text([...p, 'givenName'], l.givenName, { locked })}
            ${f.number([...p, 'approximateAge'], l.approximateAge, { locked })}
          </div>
          ${f.checkbox([...p, 'livesTogether'], l.livesTogether, { locked })}
          ${f.checkboxes([...p, 'situations'], l.memberSituations, this.codeList('situations', SITUATIONS), { locked })}
          ${f.names([...p, 'agencies'], l.agencies, { hint: l.agenciesHint, locked })}
          ${f.area([...p, 'situationNote'], l.memberNote, { locked })}
        `,
      })}
    </section>`;
  }

  #renderResponse(f: Fields): TemplateResult {
    const l = this.#l;
    const locked = this.mode !== 'response';
    const v = this.view;
    return html`<section part="section" class="page-break">
      <h3 id="s-response">${l.sectionResponse}</h3>
      ${f.date(['response', 'respondedOn'], l.respondedOn, { locked })}
      <div class="grid-2">
        ${f.text(['response', 'coordinator', 'name'], l.coordinatorName, { locked })}
        ${f.text(['response', 'coordinator', 'organization'], l.coordinatorOrganization, { locked })}
      </div>
      ${f.checkboxes(['response', 'options'], l.options, this.codeList('responseOptions', RESPONSE_OPTIONS), { locked })}
      ${v.response?.options?.includes('other') ? f.area(['response', 'otherText'], l.otherText, { locked }) : nothing}
      ${f.area(['response', 'comment'], l.comment, { locked })}
      ${f.area(['response', 'nextStep'], l.nextStep, { locked })}
    </section>`;
  }
}
