import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import {
  extendVocabulary,
  type IssuePath,
  type FormFacts,
  type MunicipalPolicy,
  type Vocabulary,
  type VocabularyName,
} from '@tsunagu/core';
// The form layer first: the bundle keeps this order, and it gzips 0.2-0.4 KiB smaller in every sheet entry than
// with the field templates first (size-budgets.json, 2026-12-07).
import { SheetForm } from './sheet-form';
import { sheetFieldsFor, type SheetFields } from './field-host';
import { formStyles } from './styles';
import { issueSummary, notice } from './summary';
import type { MergeOptions, MergeResult } from '@tsunagu/core/merge';
import type { MergeHost } from './merge-panel';

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

  /**
   * Someone else saved the document meanwhile — the server answered 412 with its copy, `theirs`
   * (docs/server-side.md): merges it with what the worker entered, from the document the page set or last
   * confirmed saved (`mergeDocuments` of `@tsunagu/core/merge`, loaded now). The sheet then holds the merged
   * document, carrying their revision, as an edit (kept in the draft); both sides' entries are kept. Each field
   * both changed is listed with both values for the worker to choose, by keyboard; a submit waits until the
   * choices are applied. Resolves to the merge, its conflicts listed (their values are personal data: never log
   * them).
   */
  async merge(theirs: D): Promise<MergeResult<D>> {
    const { MergeState } = await import('./merge-panel');
    return (this.merge_ ??= new MergeState(this as unknown as MergeHost<D>)).start(theirs);
  }
  /** How the sheet's document merges (a case's status moves). */
  protected mergeOptions(): MergeOptions {
    return {};
  }
  /** The sheet's name for a conflict its fields do not label (an entry of a list). */
  protected mergeLabel(_path: IssuePath): string | undefined {
    return undefined;
  }
  /** The sheet's reading of a conflict's value (codes as their names), else the words as written. */
  protected mergeText(_path: IssuePath, _value: unknown): string | undefined {
    return undefined;
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
      ${this.merge_?.render()}
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
