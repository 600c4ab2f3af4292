import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import {
  DEFAULT_POLICY,
  extendVocabulary,
  type FormFacts,
  type MunicipalPolicy,
  type Vocabulary,
  type VocabularyName,
} from '@tsunagu/core';
// The form layer first: the bundle keeps this order, and it gzips 0.2-0.4 KiB smaller in every sheet entry than
// with the field templates first (size-budgets.json, 2026-12-07).
import { SheetForm } from './sheet-form';
import { sheetFieldsFor, type SheetFields } from './field-host';
import { dateText } from './fields';
import { printSheets, type PaperMargins } from './print-page';
import { PrintController } from './print';
import { sheetStyles } from './styles';
import { issueSummary, notice } from './summary';

/**
 * The base of every tsunagu sheet: a form-associated element whose value is a
 * typed document, validated only by `@tsunagu/core` under a municipal policy.
 * {@link SheetForm} owns form association, the document and the public API;
 * this class renders the sheet (its title, notices, error summary and the
 * sections a sheet names), follows the page's printing, and gives stateless
 * field templates their facade (`this.fields`; docs/sheet-kit.md).
 *
 * @csspart sheet - The sheet's outer container.
 * @csspart error-summary - The error summary shown after a refused submit.
 * @csspart section - Each section of the sheet.
 * @csspart field - Each field.
 * @csspart row - Each row of a repeatable group.
 * @csspart button - Every button.
 * @csspart notice - Draft and status notices.
 *
 * @cssprop [--tsunagu-color-primary=#0017c1] - Primary colour (buttons, checked boxes).
 * @cssprop [--tsunagu-color-link=#00118f] - Link colour.
 * @cssprop [--tsunagu-color-error=#ec0000] - Error borders.
 * @cssprop [--tsunagu-color-error-text=#ce0000] - Error text.
 * @cssprop [--tsunagu-color-warning-bg=#fff8e0] - Warning background.
 * @cssprop [--tsunagu-color-warning-text=#5c4400] - Warning text.
 * @cssprop [--tsunagu-color-text=#1a1a1a] - Text colour.
 * @cssprop [--tsunagu-color-muted=#4d4d4d] - Hints and optional marks.
 * @cssprop [--tsunagu-color-border=#767676] - Input borders.
 * @cssprop [--tsunagu-color-background=#ffffff] - Sheet background.
 * @cssprop [--tsunagu-color-surface=#f2f2f7] - Row and notice background.
 * @cssprop [--tsunagu-color-focus-ring=#ffd43d] - The yellow ring around the black focus outline.
 * @cssprop [--tsunagu-font-family] - Font family (Noto Sans JP, then system fonts).
 * @cssprop [--tsunagu-font-size=16px] - Base font size.
 * @cssprop [--tsunagu-line-height=1.7] - Line height.
 * @cssprop [--tsunagu-input-height=48px] - Height of inputs.
 * @cssprop [--tsunagu-radius=8px] - Corner radius.
 * @cssprop [--tsunagu-space=16px] - Base spacing.
 * @cssprop [--tsunagu-max-width=46rem] - Maximum width of the sheet.
 * @public
 */
export abstract class TsunaguSheet<D extends object> extends SheetForm<D> {
  static override styles: CSSResultGroup = sheetStyles;

  /** The page's printing: the sheet renders its paper version while it prints, whatever its mode. */
  protected readonly print_ = new PrintController(
    this,
    () => this.#paperMargins(),
    (printing) => {
      this.doc.invalidate();
      this.doc.changed();
      this.requestUpdate();
      if (printing && this.isConnected && this.hasUpdated) this.performUpdate();
    },
  );
  #facts: { source: MunicipalPolicy; facts: FormFacts<D> } | undefined;

  /** The sheet's sections, rendered with the field templates (`textField(h, path, label)` …) and the sheet's facade as their `h`. */
  protected abstract renderSheet(h: SheetFields): TemplateResult;
  /** The sheet's title. */
  protected abstract sheetTitle(): string;

  /**
   * Prints this sheet alone — its paper version, on A4, without the rest of the
   * page — from whatever mode it is in. To print two sheets as one document,
   * use `printSheets(a, b)`.
   */
  print(): void {
    printSheets(this);
  }

  /** The document's date for the running header (the referral's, the meeting's, the plan's). */
  protected paperDate(): string | undefined {
    return undefined;
  }

  #paperMargins(): PaperMargins {
    return {
      // The municipality's name, then the sheet's own: nothing for the national defaults, which are no one's.
      top: this.policy.id === DEFAULT_POLICY.id ? this.sheetTitle() : `${this.policy.name[this.locale]}\u3000${this.sheetTitle()}`,
      date: dateText(this, this.paperDate()),
      notice: this.policy.paperNotice?.[this.locale] ?? this.t.paperNotice,
    };
  }

  /** The page is printing: the sheet renders its paper version, whatever its mode. */
  protected override get printing(): boolean {
    return this.print_.printing;
  }

  /** A code list with the policy's additions (a municipality's own codes). */
  protected codeList(name: VocabularyName, list: Vocabulary): Vocabulary {
    return extendVocabulary(name, list, this.policy.vocabularies);
  }

  /** The form as the field templates see it. */
  protected readonly fields: SheetFields = ((s: TsunaguSheet<D>) =>
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
