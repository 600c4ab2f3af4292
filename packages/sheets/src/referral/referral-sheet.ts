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
  type HouseholdMember,
  type Referral,
  type ValidateOptions,
  type ValidationResult,
} from '@tsunagu/core';
import { TsunaguSheet } from '../base/sheet-base';
import type { Path } from '../base/paths';
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

  protected sheetTitle(): string {
    return this.mode === 'response' ? this.l.titleResponse : this.l.title;
  }

  private get l() {
    return REFERRAL_LABELS[this.locale];
  }


  /** In response mode the referral itself is read-only. */
  private get referralLocked(): boolean {
    return this.mode === 'response';
  }

  protected renderSheet(): TemplateResult {
    const l = this.l;
    const lock = { locked: this.referralLocked };
    const v = this.view;
    const showResponse = this.mode === 'response' || v.response !== undefined;
    return html`
      <section part="section">
        <h3 id="s-referral">${l.sectionReferral}</h3>
        ${this.dateField(['referredOn'], l.referredOn, { required: true, ...lock })}
        <div class="grid-2">
          ${this.textField(['referrer', 'name'], l.referrerName, { required: true, autocomplete: 'name', ...lock })}
          ${this.textField(['referrer', 'organization'], l.referrerOrganization, { required: true, autocomplete: 'organization', ...lock })}
        </div>
        <div class="grid-2">
          ${this.textField(['referrer', 'department'], l.referrerDepartment, lock)}
          ${this.selectField(['referrer', 'field'], l.referrerField, this.codeList('fields', FIELDS), lock)}
        </div>
        ${this.textField(['referrer', 'phone'], l.referrerPhone, { type: 'tel', narrow: true, autocomplete: 'tel', ...lock })}
        ${this.selectField(['route'], l.route, this.codeList('routes', ROUTES), { narrow: true, ...lock })}
        ${this.radioGroup(['urgency'], l.urgency, URGENCIES, lock)}
      </section>

      <section part="section">
        <h3 id="s-person">${l.sectionPerson}</h3>
        <div class="grid-2">
          ${this.textField(['person', 'familyName'], l.familyName, lock)}
          ${this.textField(['person', 'givenName'], l.givenName, lock)}
          ${this.textField(['person', 'familyNameKana'], l.familyNameKana, { hint: l.kanaHint, ...lock })}
          ${this.textField(['person', 'givenNameKana'], l.givenNameKana, { hint: l.kanaHint, ...lock })}
        </div>
        <div class="grid-2">
          ${this.dateField(['person', 'birthDate'], l.birthDate, lock)}
          ${this.numberField(['person', 'approximateAge'], l.approximateAge, lock)}
        </div>
        ${this.textField(['person', 'identityNote'], l.identityNote, lock)}
        ${this.textField(['person', 'district'], l.district, { narrow: true, ...lock })}
      </section>

      <section part="section">
        <h3 id="s-consent">${l.sectionConsent}</h3>
        ${this.radioGroup(['consent', 'status'], l.consentStatus, CONSENT_STATUSES, { required: true, hint: l.consentHint, ...lock })}
        ${v.consent.status !== 'unchecked'
          ? html`${this.dateField(['consent', 'date'], l.consentDate, lock)}
              ${this.radioGroup(['consent', 'method'], l.consentMethod, CONSENT_METHODS, lock)}
              ${v.consent.status === 'given'
                ? html`${this.checkbox(['consent', 'scope', 'provide'], l.consentProvide, lock)}
                    ${this.checkbox(['consent', 'scope', 'collect'], l.consentCollect, lock)}`
                : nothing}
              <div class="grid-2">
                ${this.textField(['consent', 'confirmedBy', 'name'], l.confirmerName, lock)}
                ${this.textField(['consent', 'confirmedBy', 'organization'], l.confirmerOrganization, lock)}
              </div>`
          : nothing}
      </section>

      <section part="section">
        <h3 id="s-content">${l.sectionContent}</h3>
        ${this.textArea(['content', 'problemView'], l.problemView, { required: this.requires('referral.problemViewRequired'), hint: l.problemViewHint, ...lock })}
        ${this.textArea(['content', 'mainConcern'], l.mainConcern, lock)}
        ${this.radioGroup(['content', 'problemType'], l.problemType, PROBLEM_TYPES, lock)}
        ${this.checkboxGroup(['content', 'troubles'], l.troubles, this.codeList('troubles', TROUBLES), lock)}
        ${(v.content.troubles ?? []).length > 1
          ? this.selectField(['content', 'mainTrouble'], l.mainTrouble, this.codeList('troubles', TROUBLES).filter((e) => v.content.troubles?.includes(e.code)), lock)
          : nothing}
        ${this.checkboxGroup(['content', 'tags'], l.tags, this.codeList('issueTags', ISSUE_TAGS), lock)}
        ${this.checkboxGroup(['content', 'fields'], l.fields, this.codeList('fields', FIELDS), lock)}
      </section>

      ${this.renderHousehold()}

      ${this.collapsible(
        'person-detail',
        `${l.sectionPerson}：${l.situations}`,
        !!(v.person.address || v.person.phone || v.person.situations?.length || v.person.situationNote || v.person.agencies?.length),
        html`
          ${this.textField(['person', 'address'], l.address, { autocomplete: 'off', ...lock })}
          ${this.textField(['person', 'phone'], l.phone, { type: 'tel', narrow: true, ...lock })}
          ${this.checkboxGroup(['person', 'situations'], l.situations, this.codeList('situations', SITUATIONS), lock)}
          ${this.textArea(['person', 'situationNote'], l.situationNote, lock)}
          ${this.nameListField(['person', 'agencies'], l.agencies, { hint: l.agenciesHint, ...lock })}
        `,
      )}

      ${this.collapsible(
        'detail',
        l.sectionDetail,
        !!(v.content.history || v.content.wishes || v.content.strengths || v.content.doneSoFar),
        html`
          ${this.textArea(['content', 'history'], l.history, lock)}
          ${this.textArea(['content', 'wishes'], l.wishes, lock)}
          ${this.textArea(['content', 'strengths'], l.strengths, lock)}
          ${this.textArea(['content', 'doneSoFar'], l.doneSoFar, lock)}
        `,
      )}

      ${this.collapsible(
        'needs',
        l.sectionNeeds,
        !!(v.needs?.requests?.length || v.needs?.detail),
        html`
          ${this.checkboxGroup(['needs', 'requests'], l.requests, this.codeList('referrerRequests', REFERRER_REQUESTS), lock)}
          ${this.textArea(['needs', 'detail'], l.needsDetail, lock)}
        `,
      )}

      ${showResponse ? this.renderResponse() : nothing}
    `;
  }

  private renderHousehold(): TemplateResult {
    const l = this.l;
    const locked = this.referralLocked;
    return html`<section part="section">
      <h3 id="s-household" class="visually-hidden">${l.sectionHousehold}</h3>
      ${this.rows<HouseholdMember>(['members'], {
        label: l.members,
        itemLabel: (i) => fillMessage(l.member, { n: i + 1 }),
        addLabel: l.addMember,
        create: () => ({ relationship: '' }),
        max: 50,
        locked,
        renderRow: (p: Path) => html`
          ${this.selectField([...p, 'relationship'], l.relationship, this.codeList('relationships', RELATIONSHIPS).filter((e) => e.code !== 'self'), { required: true, narrow: true, locked })}
          <div class="grid-2">
            ${this.textField([...p, 'familyName'], l.familyName, { locked })}
            ${this.textField([...p, 'givenName'], l.givenName, { locked })}
            ${this.numberField([...p, 'approximateAge'], l.approximateAge, { locked })}
          </div>
          ${this.checkbox([...p, 'livesTogether'], l.livesTogether, { locked })}
          ${this.checkboxGroup([...p, 'situations'], l.memberSituations, this.codeList('situations', SITUATIONS), { locked })}
          ${this.nameListField([...p, 'agencies'], l.agencies, { hint: l.agenciesHint, locked })}
          ${this.textArea([...p, 'situationNote'], l.memberNote, { locked })}
        `,
      })}
    </section>`;
  }

  private renderResponse(): TemplateResult {
    const l = this.l;
    const editable = this.mode === 'response';
    const locked = !editable;
    const v = this.view;
    const ensure = () => {
      if (!v.response)
        this.edit(['response'], { respondedOn: this.referenceDate(), coordinator: { name: '', organization: '' }, options: [] });
    };
    if (editable && !v.response) queueMicrotask(ensure);
    return html`<section part="section" class="page-break">
      <h3 id="s-response">${l.sectionResponse}</h3>
      ${this.dateField(['response', 'respondedOn'], l.respondedOn, { required: true, locked })}
      <div class="grid-2">
        ${this.textField(['response', 'coordinator', 'name'], l.coordinatorName, { required: true, locked })}
        ${this.textField(['response', 'coordinator', 'organization'], l.coordinatorOrganization, { required: true, locked })}
      </div>
      ${this.checkboxGroup(['response', 'options'], l.options, this.codeList('responseOptions', RESPONSE_OPTIONS), { required: this.requires('response.optionRequired'), locked })}
      ${v.response?.options?.includes('other') ? this.textArea(['response', 'otherText'], l.otherText, { required: this.requires('response.otherTextRequired'), locked }) : nothing}
      ${this.textArea(['response', 'comment'], l.comment, { locked })}
      ${this.textArea(['response', 'nextStep'], l.nextStep, { locked })}
    </section>`;
  }
}
