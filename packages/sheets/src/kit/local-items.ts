// A municipality's own questions (`MunicipalPolicy.localItems`, issue #36) as fields of a sheet: each rendered with the
// kit's own template for its type, at the path its answer is stored under, so that marks, messages, the error
// summary, drafts, print and the language follow as for the sheet's own fields. The core says what is required.
import { html, nothing, type TemplateResult } from 'lit';
import { LOCAL_ANSWER_KEYS, localAnswerValue, type LocalAnswer, type IssuePath, type LocalQuestion } from '@tsunagu/core';
import type { FieldOptions, SheetFields } from './field-host';
import { dateField, dateText, numberField, textArea, textField } from './fields';
import { checkboxGroup, choiceText, radioGroup, selectField, yesNoField } from './choices';

/** Where a sheet asks local questions: under which path the answers are held, and in which of its sections. @public */
export interface LocalItemsOptions {
  /** The object that holds `localItems` (`[]`, the document; `['contacts', 3]`, an entry of the 支援経過記録). */
  readonly base?: IssuePath;
  /** The sheet's section being rendered; absent for the sheet's own section of local questions. */
  readonly section?: string | undefined;
  /** The sections the sheet names (`person`, `consent` …): a question placed in another goes to the local section. */
  readonly sections?: readonly string[];
  /** Read-only even when the sheet is editable (the referral in response mode). */
  readonly locked?: boolean;
  /** Every question as a field, wherever it is placed (an entry's editor). */
  readonly all?: boolean;
}

/** One question as a field of its type; a choice of up to five options as radio buttons, more as a select. */
function field(h: SheetFields, q: LocalQuestion, base: IssuePath, locked: boolean): TemplateResult {
  const path = [...base, 'localItems', q.id, LOCAL_ANSWER_KEYS[q.type]];
  const label = q.label[h.locale];
  const o: FieldOptions = q.hint ? { locked, hint: q.hint[h.locale] } : { locked };
  const options = q.options ?? [];
  switch (q.type) {
    case 'longText':
      return textArea(h, path, label, o);
    case 'choice':
      return options.length <= 5 ? radioGroup(h, path, label, options, o) : selectField(h, path, label, options, o);
    case 'choices':
      return checkboxGroup(h, path, label, options, o);
    case 'date':
      return dateField(h, path, label, o);
    case 'number':
      return numberField(h, path, label, o);
    case 'yesNo':
      return yesNoField(h, path, label, o);
    default:
      return textField(h, path, label, o);
  }
}

/**
 * The local questions a sheet asks in one of its sections (`o.section`) as fields, in the policy's order; without a
 * section, the sheet's own section of local questions, titled 「独自の項目」, with those placed nowhere it names —
 * nothing when there are none.
 * @public
 */
export function localItems(
  h: SheetFields,
  questions: readonly LocalQuestion[],
  o: LocalItemsOptions = {},
): TemplateResult | typeof nothing {
  const own = o.section === undefined && !o.all;
  const fields = questions
    .filter((q) => o.all || (own ? !q.section || !o.sections?.includes(q.section) : q.section === o.section))
    .map((q) => field(h, q, o.base ?? [], !!o.locked));
  if (!fields.length) return nothing;
  return own ? html`<section part="section"><h3 id="s-local">${h.ui.localItems}</h3>${fields}</section>` : html`${fields}`;
}

/**
 * The answers to local questions as a reader sees them, label and answer (a choice's name, はい or いいえ, a date
 * in the sheet's style), in the policy's order; unanswered questions are left out.
 * @public
 */
export function localAnswerTexts(h: SheetFields, questions: readonly LocalQuestion[], answers: unknown): [label: string, text: string][] {
  const out: [string, string][] = [];
  for (const q of questions) {
    const v = localAnswerValue((answers as Record<string, LocalAnswer> | undefined)?.[q.id], q);
    if (v === undefined || v === '' || (Array.isArray(v) && !v.length)) continue;
    const text =
      q.type === 'yesNo'
        ? v === true
          ? h.ui.yes
          : h.ui.no
        : q.type === 'date' && typeof v === 'string'
          ? dateText(h, v)
          : q.options
            ? choiceText(h, q.options, v as string | string[])
            : typeof v === 'string' || typeof v === 'number'
              ? String(v)
              : '';
    if (text) out.push([q.label[h.locale], text]);
  }
  return out;
}
