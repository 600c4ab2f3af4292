// The case record's names and words for the conflicts of a merge (kit/merge.ts): an entry of the contact log by
// its date, a status history as its statuses, a method by its name — not the codes and indexes of the document.
import { CASE_STATUSES, CONTACT_METHODS, fillMessage, valueAt, type IssuePath } from '@tsunagu/core';
import { choiceText } from '../kit/choices';
import { dateText } from '../kit/fields';
import { joinList } from '../kit/ui-strings';
import { labelsOf, type RecordContext } from './context';

type Entry = { date?: string; status?: string; method?: string; content?: string; text?: string };

/** The name of a conflict in the case, or `undefined` to name it as the sheet's fields do. */
export function mergeLabel(ctx: RecordContext, path: IssuePath): string | undefined {
  const l = labelsOf(ctx);
  const [list, index, field] = path;
  const entry = valueAt(ctx.view, [list ?? '', index ?? '']) as Entry | undefined;
  const on = { date: dateText(ctx.fields, entry?.date) };
  const fields: Record<string, string> = { content: l.content, next: l.next, method: l.method, date: l.date, text: l.changeText };
  const name =
    list === 'statusHistory'
      ? l.paperStatus
      : list === 'contacts' && entry
        ? fillMessage(l.contactEntry, on)
        : list === 'changes' && entry
          ? fillMessage(l.changeEntry, on)
          : undefined;
  return name && typeof field === 'string' ? `${name} ${fields[field] ?? ''}`.trim() : name;
}

/** A conflict's value in the case as the worker reads it, or `undefined` for the kit's reading. */
export function mergeText(ctx: RecordContext, path: IssuePath, value: unknown): string | undefined {
  const h = ctx.fields;
  const entry = (e: Entry) =>
    [
      dateText(h, e.date),
      e.status && choiceText(h, CASE_STATUSES, e.status),
      e.method && choiceText(h, ctx.codeList('contactMethods', CONTACT_METHODS), e.method),
      e.content ?? e.text,
    ]
      .filter(Boolean)
      .join(' ');
  if (path[0] === 'statusHistory' && path.length === 1 && Array.isArray(value))
    return joinList(
      ctx.locale,
      value.map((e) => entry(e as Entry)),
    );
  if ((path[0] === 'contacts' || path[0] === 'changes') && path.length === 2 && value && typeof value === 'object') return entry(value);
  return undefined;
}
