import { html, nothing, type TemplateResult } from 'lit';
import type { IssuePath, Vocabulary } from '@tsunagu/core';
import { listAt, textAt, type SheetFields, type FieldOptions } from './field-host';
import { controlAttributes, controlOf, frame, isLocked, mark, readonlyValue, type Control } from './frame';
import { joinList } from './ui-strings';

/** A select from a code list; a code not in the list is kept and shown as it is. @public */
export function selectField(h: SheetFields, path: IssuePath, label: string, list: Vocabulary, o: FieldOptions = {}): TemplateResult {
  const value = textAt(h, path);
  const entry = list.find((e) => e.code === value);
  if (isLocked(h, o)) return readonlyValue(h, path, label, entry ? entry[h.locale] : value, o);
  const c = controlOf(h, path, label, o);
  return frame(
    h,
    c,
    html`<select ${controlAttributes(c)} class=${o.narrow ? 'narrow' : ''}
    @change=${(e: Event) => {
      h.edit(path, (e.target as HTMLSelectElement).value || undefined);
      h.touch(path);
    }}>
    <option value="" ?selected=${value === ''}>${h.ui.choose}</option>
    ${list.map((e) => html`<option value=${e.code} ?selected=${e.code === value}>${e[h.locale]}</option>`)}
    ${value && !entry ? html`<option value=${value} selected>${value}</option>` : nothing}
  </select>`,
  );
}

/** A fieldset of choices with its legend, hint and messages. */
function group(h: SheetFields, c: Control, choices: TemplateResult[]): TemplateResult {
  return html`<fieldset ${controlAttributes(c)} part="field">
    <legend>${c.label}${mark(h, c)}</legend>
    ${c.hint ? html`<p class="hint" id="${c.id}-hint">${c.hint}</p>` : nothing}
    <div class="choices">${choices}</div>
    ${c.messages}
  </fieldset>`;
}

/** Choices as on paper: every option, ☑ (or ◉) before the chosen ones. */
function paperChoices(
  h: SheetFields,
  path: IssuePath,
  label: string,
  list: Vocabulary,
  chosen: readonly string[],
  on: string,
  off: string,
): TemplateResult {
  const id = h.label(path, label);
  const unknown = chosen.filter((c) => !list.some((e) => e.code === c));
  const item = (text: string, yes: boolean) =>
    html`<li class=${yes ? 'checked' : 'unchecked'}><span aria-hidden="true">${yes ? on : off} </span>${text}<span class="visually-hidden">${yes ? h.ui.checked : h.ui.unchecked}</span></li>`;
  return html`<div class="field" part="field" id=${id} role="group" aria-labelledby="${id}-label">
    <span class="label" id="${id}-label">${label}</span>
    <ul class="paper-choices">
      ${list.map((e) => item(e[h.locale], chosen.includes(e.code)))}
      ${unknown.map((code) => item(code, true))}
    </ul>
  </div>`;
}

/** Radio buttons from a code list, in a fieldset with a legend. @public */
export function radioGroup(h: SheetFields, path: IssuePath, label: string, list: Vocabulary, o: FieldOptions = {}): TemplateResult {
  const value = textAt(h, path);
  if (isLocked(h, o)) return paperChoices(h, path, label, list, value ? [value] : [], '◉', '○');
  const c = controlOf(h, path, label, o);
  return group(
    h,
    c,
    list.map(
      (e) => html`<label class="choice">
    <input type="radio" name=${c.id} value=${e.code} .checked=${e.code === value} ?disabled=${c.disabled}
      @change=${() => {
        h.edit(path, e.code);
        h.touch(path);
      }} />
    <span>${e[h.locale]}</span>
  </label>`,
    ),
  );
}

/** Checkboxes from a code list; the value is the list of checked codes, in the list's order. @public */
export function checkboxGroup(h: SheetFields, path: IssuePath, label: string, list: Vocabulary, o: FieldOptions = {}): TemplateResult {
  const value = listAt<unknown>(h, path).filter((x): x is string => typeof x === 'string');
  if (isLocked(h, o)) return paperChoices(h, path, label, list, value, '☑', '☐');
  const c = controlOf(h, path, label, o);
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...value.filter((x) => x !== code), code] : value.filter((x) => x !== code);
    // The list's order, then codes it does not know, as they were.
    const ordered = [...list.map((e) => e.code).filter((x) => next.includes(x)), ...next.filter((x) => !list.some((e) => e.code === x))];
    h.edit(path, ordered.length ? ordered : undefined);
    h.touch(path);
  };
  return group(
    h,
    c,
    list.map(
      (e) => html`<label class="choice">
    <input type="checkbox" value=${e.code} .checked=${value.includes(e.code)} ?disabled=${c.disabled}
      @change=${(ev: Event) => toggle(e.code, (ev.target as HTMLInputElement).checked)} />
    <span>${e[h.locale]}</span>
  </label>`,
    ),
  );
}

/** A single yes/no checkbox. @public */
export function checkbox(h: SheetFields, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  const stored = h.value(path);
  const value = stored === true;
  // On paper, a box never ticked nor cleared is （記入なし）, not いいえ.
  if (isLocked(h, o)) return readonlyValue(h, path, label, value ? h.ui.yes : stored === false ? h.ui.no : '', o);
  const c = controlOf(h, path, label, o);
  return html`<div class="field" part="field">
    <label class="choice" for=${c.id}>
      <input ${controlAttributes(c)} type="checkbox" .checked=${value}
        @change=${(e: Event) => {
          h.edit(path, (e.target as HTMLInputElement).checked);
          h.touch(path);
        }} />
      <span>${label}${mark(h, c)}</span>
    </label>
    ${c.hint ? html`<p class="hint" id="${c.id}-hint">${c.hint}</p>` : nothing}
    ${c.messages}
  </div>`;
}

/**
 * A question answered はい or いいえ (a boolean), which may stay unanswered: two radio buttons, so that
 * "not asked yet" and "no" differ. Read-only and on paper: はい, いいえ or （記入なし）. @public
 */
export function yesNoField(h: SheetFields, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  const value = h.value(path);
  if (isLocked(h, o)) return readonlyValue(h, path, label, value === true ? h.ui.yes : value === false ? h.ui.no : '', o);
  const c = controlOf(h, path, label, o);
  return group(
    h,
    c,
    ([true, false] as const).map(
      (answer) => html`<label class="choice">
    <input type="radio" name=${c.id} .checked=${value === answer} ?disabled=${c.disabled}
      @change=${() => {
        h.edit(path, answer);
        h.touch(path);
      }} />
    <span>${answer ? h.ui.yes : h.ui.no}</span>
  </label>`,
    ),
  );
}

/** The label of a chosen code (or codes, joined with 、) in the sheet's language, for paper tables. @public */
export function choiceText(h: Pick<SheetFields, 'locale'>, list: Vocabulary, chosen: string | readonly string[] | undefined): string {
  const codes = typeof chosen === 'string' ? [chosen] : (chosen ?? []);
  return joinList(
    h.locale,
    codes.map((code) => list.find((e) => e.code === code)?.[h.locale] ?? code),
  );
}
