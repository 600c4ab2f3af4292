import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { extendVocabulary, type FormFacts, type MunicipalPolicy, type Vocabulary, type VocabularyName } from '@tsunagu/core';
// The form layer first: the bundle keeps this order, and it gzips 0.2-0.4 KiB smaller in every sheet entry than
// with the field templates first (size-budgets.json, 2026-12-07).
import { SheetForm } from './sheet-form';
import { sheetFieldsFor, type SheetFields } from './field-host';
import { formStyles } from './styles';
import { issueSummary, notice } from './summary';

/**
 * A form rendered as a tsunagu sheet on screen: its title, notices, error summary, the sections it names and the
 * submit button, with the field templates' facade (`this.fields`; docs/sheet-kit.md). It does not follow the page's
 * printing: {@link TsunaguSheet} adds the paper version. `<tsunagu-referral-reply>` is built on it, to stay small.
 * Its parts and custom properties are those listed on {@link TsunaguSheet}.
 * @public
 */
export abstract class FormSheet<D extends object> extends SheetForm<D> {
  static override styles: CSSResultGroup = formStyles;

  #facts: { source: MunicipalPolicy; facts: FormFacts<D> } | undefined;

  /** The sheet's sections, rendered with the field templates (`textField(h, path, label)` …) and the sheet's facade as their `h`. */
  protected abstract renderSheet(h: SheetFields): TemplateResult;
  /** The sheet's title. */
  protected abstract sheetTitle(): string;

  /** A code list with the policy's additions (a municipality's own codes). */
  protected codeList(name: VocabularyName, list: Vocabulary): Vocabulary {
    return extendVocabulary(name, list, this.policy.vocabularies);
  }

  /** The form as the field templates see it. */
  protected readonly fields: SheetFields = ((s: FormSheet<D>) =>
    sheetFieldsFor({
      state: {
        get locale() {
          return s.locale;
        },
        get ui() {
          return s.t;
        },
        get readonly() {
          return s.isReadonly;
        },
        get disabled() {
          return s.isDisabled;
        },
        get policy() {
          return s.policy;
        },
      },
      update: () => s.requestUpdate(),
      doc: s.doc,
      issues: s.issues,
      focus: s.focus_,
      progress: s.progress_,
      edit: (path, value) => s.edit(path, value),
      required: (path) => s.#factsFor().required(s.view, path),
      maxItems: (path) => s.#factsFor().maxItems(path),
    }))(this);

  /** The core's form facts under the current policy, made again when the policy changes. */
  #factsFor(): FormFacts<D> {
    if (this.#facts?.source !== this.policy) this.#facts = { source: this.policy, facts: this.documentForm.facts(this.policy) };
    return this.#facts.facts;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const body = this.renderSheet(this.fields); // first: fields record their labels for the summary
    return html`<div part="sheet" class="sheet mode-${this.mode}" lang=${this.locale}>
      <div class="sheet-header">
        <h2>${this.sheetTitle()}</h2>
        ${this.isReadonly ? html`<span class="badge">${t.readonlyBadge}</span>` : nothing}
      </div>
      ${notice(t, this.drafts.notice, this.drafts)}
      ${issueSummary({
        ui: t,
        issues: this.issues,
        goTo: (e, i) => {
          e.preventDefault();
          void this.focus_.goTo(this.issues.anchor(i.path));
        },
      })}
      ${body}
      ${this.isReadonly ? nothing : html`<div class="actions no-print"><button type="button" class="primary" part="button" ?disabled=${this.isDisabled} @click=${() => this.submit()}>${t.submit}</button></div>`}
      <div class="visually-hidden" role="status" aria-live="polite">${this.focus_.announcement}</div>
    </div>`;
  }
}
