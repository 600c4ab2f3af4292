// Loaded with the first merge (`sheet.merge(theirs)`), never with the sheet: the core's merge, what is left for
// the worker to decide, the panel that asks about each conflict, and its words.
import { html, nothing, type TemplateResult } from 'lit';
import type { IssuePath, Locale } from '@tsunagu/core';
import { mergeDocuments, resolveMerge, type MergeChoice, type MergeOptions, type MergeResult } from '@tsunagu/core/merge';
import type { FocusController } from './focus';
import type { IssueVisibility } from './issues';
import type { UiStrings } from './ui-strings';

/** The panel's words. */
export const MERGE_UI = {
  ja: {
    title: 'ほかの人の保存と重なりました',
    intro: '両方の入力を合わせました。両方で変えた項目は、残す内容を選んでください。',
    mine: 'この画面の入力：',
    theirs: 'ほかの人が保存した内容：',
    removed: '（削除）',
    apply: '選んだ内容にする',
    done: '選んだ内容にしました。',
    item: '項目{n}',
  },
  en: {
    title: 'Someone else saved this meanwhile',
    intro: 'Both sets of changes are kept. Where you both changed an item, choose what to keep.',
    mine: 'What you entered:',
    theirs: 'What the other person saved:',
    removed: '(removed)',
    apply: 'Use these choices',
    done: 'Choices applied.',
    item: 'Item {n}',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * The sheet as a merge sees it: the members the form keeps for its subclasses (protected in TypeScript, so the
 * sheet hands itself over as this interface, as the case record does with its parts).
 */
export interface MergeHost<D> {
  readonly locale: Locale;
  readonly t: UiStrings;
  readonly value: D;
  /** What a merge builds on: the document the page set, or the one it last confirmed saved. */
  mergeBase: D | undefined;
  readonly issues: IssueVisibility;
  readonly focus_: FocusController;
  mergeOptions(): MergeOptions;
  /** The sheet's name for a conflict, when its fields do not label it. */
  mergeLabel(path: IssuePath): string | undefined;
  /** The sheet's reading of a conflict's value, when it knows better than the words as written. */
  mergeText(path: IssuePath, value: unknown): string | undefined;
  edit(path: IssuePath, value: unknown): void;
  requestUpdate(): void;
}

/** A merge of the sheet's document with someone else's save, and what is left for the worker to decide. */
export class MergeState<D> {
  #result: MergeResult<D> | undefined;
  #choices: MergeChoice[] = [];

  constructor(readonly host: MergeHost<D>) {}

  /** Whether conflicts wait for the worker's choices (a submit waits too). */
  get pending(): boolean {
    return this.#result !== undefined;
  }
  /** Why a submit waits. */
  get title(): string {
    return MERGE_UI[this.host.locale].title;
  }

  /** Merges their document: the sheet holds the result as an edit (kept in the draft), and asks about conflicts. */
  start(theirs: D): MergeResult<D> {
    const s = this.host;
    const result = mergeDocuments(s.mergeBase ?? s.value, s.value, theirs, s.mergeOptions());
    s.mergeBase = theirs;
    this.#result = result.conflicts.length ? result : undefined;
    this.#choices = [];
    s.edit([], result.value);
    if (this.#result) s.focus_.focusLater('merge-panel');
    return result;
  }

  #apply(): void {
    const r = this.#result!;
    const s = this.host;
    this.#result = undefined;
    s.edit(
      [],
      resolveMerge(
        r,
        r.conflicts.map((_, i) => this.#choices[i] ?? 'mine'),
      ),
    );
    s.focus_.announce(MERGE_UI[s.locale].done);
    void s.focus_.goTo(s.issues.anchor(r.conflicts[0]!.path)); // where the first choice landed
  }

  /**
   * The conflicts, above the fields: for each, the field's name and both values as radio buttons (mine first,
   * checked), then a button that applies the choices. Keyboard: arrows choose, Tab moves on. A group focused when
   * it opens, like the error summary.
   */
  render(): TemplateResult | typeof nothing {
    const r = this.#result;
    if (!r) return nothing;
    const s = this.host;
    const t = MERGE_UI[s.locale];
    return html`<section class="notice alert merge" part="notice" id="merge-panel" role="group" tabindex="-1" aria-labelledby="merge-title">
      <p><strong id="merge-title">${t.title}</strong></p>
      <p>${t.intro}</p>
      ${r.conflicts.map(
        (c, i) =>
          html`<fieldset>
            <legend>${s.mergeLabel(c.path) ?? s.issues.labelOf(c.path) ?? t.item.replace('{n}', String(i + 1)) /* not fillMessage: a chunk shared with the entry */}</legend>
            ${(['mine', 'theirs'] as const).map(
              (choice) =>
                html`<label class="choice"
                  ><input
                    type="radio"
                    name="merge-${i}"
                    .checked=${(this.#choices[i] ?? 'mine') === choice}
                    @change=${() => {
                      this.#choices[i] = choice;
                      s.requestUpdate();
                    }}
                  /><span
                    ><strong>${t[choice]}</strong> ${
                      c[choice] === undefined ? t.removed : (s.mergeText(c.path, c[choice]) ?? valueText(c[choice], s.t))
                    }</span
                  ></label
                >`,
            )}
          </fieldset>`,
      )}
      <button type="button" class="primary" part="button" @click=${() => this.#apply()}>${t.apply}</button>
    </section>`;
  }
}

/** A value as text: words as written, lists joined, an entry by its written parts (not its id or codes below). */
function valueText(value: unknown, ui: UiStrings): string {
  if (value == null || value === '') return ui.none;
  if (typeof value === 'boolean') return value ? ui.yes : ui.no;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value !== 'object') return ui.none;
  const parts: unknown[] = Array.isArray(value)
    ? value
    : Object.entries(value).flatMap(([k, v]) => (k === 'id' || typeof v === 'object' ? [] : [v as unknown]));
  return parts.map((v) => valueText(v, ui)).join(' / ');
}
