// The 支援経過記録 on paper: the status history, the contacts and the small changes as tables, and the
// hand-off at 終結. What prints is what `mode="print"` shows, and what Ctrl+P prints from any mode.
import { html, nothing, type TemplateResult } from 'lit';
import { CASE_STATUSES, CONTACT_METHODS, caseClosure, caseTimeline } from '@tsunagu/core';
import type { SheetFields } from '../kit/field-host';
import { choiceText } from '../kit/choices';
import { dateText } from '../kit/fields';
import { closureFields, peopleText, labelsOf, type RecordContext } from './context';
import { joinList } from '../kit/ui-strings';

/** The paper version of the case record. */
export function renderPaper(ctx: RecordContext, h: SheetFields): TemplateResult {
  const l = labelsOf(ctx);
  const v = ctx.view;
  const methods = ctx.codeList('contactMethods', CONTACT_METHODS);
  const contacts = caseTimeline(v, { kinds: ['contact'] }).map((e) => v.contacts![e.path[1] as number]!);
  const changes = caseTimeline(v, { kinds: ['change'] }).map((e) => v.changes![e.path[1] as number]!);
  const table = (
    title: string,
    heads: readonly string[],
    rows: readonly (readonly string[])[],
    cols: TemplateResult = html``,
  ) => html`<section part="section">
      <h3>${title}</h3>
      ${
        rows.length === 0
          ? html`<p class="value">${h.ui.none}</p>`
          : html`<table class="paper-table">${cols}<thead><tr>${heads.map((x) => html`<th scope="col">${x}</th>`)}</tr></thead>
            <tbody>${rows.map((r) => html`<tr>${r.map((x, n) => html`<td class=${n === 0 ? 'date' : ''}>${x || '—'}</td>`)}</tr>`)}</tbody></table>`
      }
    </section>`;
  const i = v.statusHistory.findLastIndex((s) => s.status === 'terminated');
  return html`
    ${table(
      l.paperStatus,
      [l.date, l.kindStatus, l.statusNote],
      v.statusHistory.map((s) => [dateText(h, s.date), choiceText(h, CASE_STATUSES, s.status), s.note ?? '']),
    )}
    ${table(
      l.paperContacts,
      [l.date, l.method, l.by, l.with, l.content],
      contacts.map((c) => [
        `${dateText(h, c.date)}${c.time ? ` ${c.time}` : ''}`,
        choiceText(h, methods, c.method),
        [c.by?.organization, c.by?.name].filter(Boolean).join(' '),
        joinList(ctx.locale, [peopleText(ctx, c.withMemberIds), ...(c.withAgencies ?? [])].filter(Boolean)),
        [c.content, c.next ? `→ ${c.next}` : ''].filter(Boolean).join('\n'),
      ]),
      html`<colgroup><col class="date" /><col class="method" /><col class="who" /><col class="with" /><col /></colgroup>`,
    )}
    ${table(
      l.paperChanges,
      [l.date, l.changeMember, l.changeText],
      changes.map((c) => [dateText(h, c.date), peopleText(ctx, c.memberId ? [c.memberId] : []), c.text]),
    )}
    ${i < 0 ? nothing : html`<section part="section"><h3>${l.sectionHandOff}</h3>${closureFields(ctx, h, caseClosure(v, i)!.path)}</section>`}`;
}
