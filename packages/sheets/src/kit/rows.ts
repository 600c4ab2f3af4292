import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { fillMessage, type IssuePath } from '@tsunagu/core';
import { listAt, type SheetFields } from './field-host';
import { controlOf, mark } from './frame';

/** A repeatable group of rows. @public */
export interface RowsOptions<R> {
  /** Group label, e.g. 世帯員. */
  label: string;
  /** The name of one row for announcements and buttons, e.g. 世帯員2. */
  itemLabel: (index: number) => string;
  create: () => R;
  renderRow: (rowPath: IssuePath, index: number) => TemplateResult;
  /** Label of the add button. */
  addLabel: string;
  locked?: boolean;
  /**
   * How the list reads on paper and read-only: one ruled table row per item,
   * as the paper forms list household members, attendees and actions. Without
   * columns, read-only rows show their fields one under another.
   */
  columns?: readonly RowsColumn<R>[];
}

/** One column of a list read on paper: its heading and each item's text. @public */
export interface RowsColumn<R> {
  label: string;
  text: (item: R, index: number) => string;
}

/** A list read-only, as a ruled table with a header row; rows never split across pages. */
function paperTable<R>(h: SheetFields, id: string, label: string, items: readonly R[], columns: readonly RowsColumn<R>[]): TemplateResult {
  return html`<div class="rows" id=${id} role="group" aria-labelledby="${id}-label">
    <h3 id="${id}-label">${label}</h3>
    ${
      items.length === 0
        ? html`<p class="value">${h.ui.none}</p>`
        : html`<table class="paper-table">
          <thead><tr><th scope="col">No.</th>${columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
          <tbody>${items.map((item, i) => html`<tr><th scope="row">${i + 1}</th>${columns.map((c) => html`<td>${c.text(item, i) || '—'}</td>`)}</tr>`)}</tbody>
        </table>`
    }
  </div>`;
}

/**
 * Arrow keys move focus between the buttons of a row's toolbar (the ARIA
 * toolbar pattern): one Tab stop per row instead of three.
 */
function onToolbarKey(e: KeyboardEvent): void {
  const bar = e.currentTarget as HTMLElement;
  const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const at = buttons.indexOf(e.target as HTMLButtonElement);
  if (at < 0) return;
  const to =
    e.key === 'ArrowRight' || e.key === 'ArrowDown'
      ? (at + 1) % buttons.length
      : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
        ? (at - 1 + buttons.length) % buttons.length
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? buttons.length - 1
            : -1;
  if (to < 0) return;
  e.preventDefault();
  for (const b of bar.querySelectorAll('button')) b.tabIndex = -1;
  buttons[to]!.tabIndex = 0;
  buttons[to]!.focus();
}

/**
 * A repeatable group of rows: add, remove and reorder with buttons, each change
 * announced, focus kept where the user is. The list limit is the core's.
 * @public
 */
export function rows<R>(h: SheetFields, path: IssuePath, o: RowsOptions<R>): TemplateResult {
  const c = controlOf(h, path, o.label, {});
  const id = c.id;
  const items = listAt<R>(h, path);
  const editable = !h.readonly && !o.locked;
  if (!editable && o.columns) return paperTable(h, id, o.label, items, o.columns);
  const max = h.maxItems(path);
  // A list inside another list's row (a member's agencies) renders whole: its row is guarded, so a later slice would never reach it.
  const shown = path.some((p) => typeof p === 'number') ? items.length : h.shown(id, items.length);
  // Handlers read the list when they run, not when they were rendered.
  const current = () => listAt<R>(h, path);
  const add = () => {
    const list = current();
    h.edit(path, [...list, o.create()]);
    h.announce(fillMessage(h.ui.rowAdded, { item: o.itemLabel(list.length) }));
    h.focusLater(`${id}-${list.length}`);
  };
  const remove = (i: number) => {
    const list = current();
    h.edit(
      path,
      list.filter((_, k) => k !== i),
    );
    h.announce(fillMessage(h.ui.rowRemoved, { item: o.itemLabel(i) }));
    h.focusLater(list.length > 1 ? `${id}-${Math.min(i, list.length - 2)}` : `${id}-add`);
  };
  const move = (i: number, to: number) => {
    const next = [...current()];
    const [row] = next.splice(i, 1);
    next.splice(to, 0, row as R);
    h.edit(path, next);
    h.announce(fillMessage(h.ui.rowMoved, { item: o.itemLabel(i), position: to + 1 }));
    h.focusLater(`${id}-${to}`);
  };
  const toolbar = (i: number, title: string) => {
    const top = i === 0;
    const last = i === items.length - 1;
    // One Tab stop: the first button that can act.
    const button = (text: string, off: boolean, stop: boolean, act: () => void) =>
      html`<button type="button" part="button" tabindex=${stop ? 0 : -1} ?disabled=${h.disabled || off} @click=${act}>${text}</button>`;
    return html`<div class="row-actions no-print" role="toolbar" aria-label=${fillMessage(h.ui.rowActions, { item: title })} @keydown=${onToolbarKey}>
      ${button(h.ui.moveUp, top, !top, () => move(i, i - 1))}${button(h.ui.moveDown, last, top && !last, () => move(i, i + 1))}${button(h.ui.remove, false, top && last, () => remove(i))}
    </div>`;
  };
  // A list with an error of its own (too few rows) is framed like an invalid field, its message describing it
  // (a group takes no aria-invalid: the message, read with the group, says it).
  return html`<div class="rows ${c.invalid ? 'invalid' : ''}" id=${id} role="group" aria-labelledby="${id}-label" aria-describedby=${c.describedBy || nothing}>
    <h3 id="${id}-label">${o.label}${mark(h, c)}</h3>
    ${c.messages}
    ${items.slice(0, shown).map((item, i) =>
      // A row renders again when its data or place changes, a field in it was left, or anything else it may show (DocumentState.epoch).
      guard([item, i, i === items.length - 1, h.epoch(path, i)], () => {
        const title = o.itemLabel(i);
        return html`<div class="row" part="row" role="group" aria-labelledby="${id}-${i}">
        <p class="row-title" id="${id}-${i}" tabindex="-1">${title}</p>
        ${o.renderRow([...path, i], i)}
        ${editable ? toolbar(i, title) : nothing}
      </div>`;
      }),
    )}
    ${
      editable
        ? html`<button type="button" part="button" id="${id}-add" class="no-print" ?disabled=${h.disabled || (max !== undefined && items.length >= max)} @click=${add}>${o.addLabel}</button>`
        : nothing
    }
  </div>`;
}

/**
 * A section whose body is collapsed until opened (or filled); read-only or on
 * paper it shows its fields when filled and one line, 「（記入なし）」, when
 * not. Its button names the section it opens.
 * @public
 */
export function collapsible(h: SheetFields, key: string, title: string, filled: boolean, body: TemplateResult): TemplateResult {
  const open = h.readonly || filled || h.isOpen(key);
  const id = `c-${key}`;
  if (h.readonly && !filled)
    return html`<section part="section"><h3 id="${id}-title">${title}</h3><p class="value" id=${id}>${h.ui.none}</p></section>`;
  return html`<section part="section">
    <h3 id="${id}-title">${title}</h3>
    ${
      h.readonly
        ? nothing
        : html`<button type="button" class="link no-print" part="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${() => h.toggle(key)}>
          ${fillMessage(open ? h.ui.hideDetails : h.ui.showDetails, { section: title })}
        </button>`
    }
    <div id=${id} class="collapsible-body" data-key=${key} ?hidden=${!open}>${body}</div>
  </section>`;
}
