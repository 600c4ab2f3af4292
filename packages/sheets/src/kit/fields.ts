import { html, type TemplateResult } from 'lit';
import { fillMessage, formatDate, halfWidthDigits, normalizePhone, normalizePostalCode, parseDateInput, parseTimeInput, toKatakanaReading, type IssuePath } from '@tsunagu/core';
import { listAt, textAt, type FieldHost, type FieldOptions } from './field-host';
import { controlAttributes, controlOf, frame, isLocked, readonlyValue } from './frame';

const inputText = (e: Event): string => (e.target as HTMLInputElement | HTMLTextAreaElement).value;

/** A labelled one-line text field. @public */
export function textField(h: FieldHost, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  const value = textAt(h, path);
  if (isLocked(h, o)) return readonlyValue(h, path, label, value, o);
  const c = controlOf(h, path, label, o);
  return frame(h, c, html`<input ${controlAttributes(c)} type=${o.type ?? 'text'} class=${o.narrow ? 'narrow' : ''} .value=${value}
    autocomplete=${o.autocomplete ?? 'off'}
    @input=${(e: Event) => h.edit(path, inputText(e) || undefined)} @blur=${() => h.touch(path)} />`);
}

/**
 * A one-line field whose text the core tidies when the person leaves it, with
 * a polite announcement: nothing is lost — text the core cannot tidy is kept
 * as typed, for the rules to point out.
 */
function tidiedField(h: FieldHost, path: IssuePath, label: string, o: FieldOptions, tidy: (text: string) => string | undefined, note: string): TemplateResult {
  const value = textAt(h, path);
  if (isLocked(h, o)) return readonlyValue(h, path, label, value, o);
  const c = controlOf(h, path, label, o);
  return frame(h, c, html`<input ${controlAttributes(c)} type=${o.type ?? 'text'} class=${o.narrow ? 'narrow' : ''} .value=${value}
    autocomplete=${o.autocomplete ?? 'off'}
    @input=${(e: Event) => h.edit(path, inputText(e) || undefined)}
    @blur=${() => {
      const tidied = value === '' ? undefined : tidy(value);
      if (tidied !== undefined && tidied !== value) {
        h.edit(path, tidied || undefined);
        h.announce(fillMessage(note, { label }));
      }
      h.touch(path);
    }} />`);
}

/** A reading (フリガナ): hiragana and half-width katakana become full-width katakana when the field is left. @public */
export function readingField(h: FieldHost, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  return tidiedField(h, path, label, o, toKatakanaReading, h.ui.kanaConverted);
}

/** A phone number: full-width digits, 「－」「ー」 and spaces become ASCII when the field is left; other text is kept. @public */
export function phoneField(h: FieldHost, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  return tidiedField(h, path, label, { type: 'tel', narrow: true, ...o }, (t) => {
    const n = normalizePhone(t);
    return n.ok ? n.value : undefined;
  }, h.ui.numberNormalized);
}

/**
 * A postal code (〒): full-width digits and dashes are tidied to NNN-NNNN when
 * the field is left; `then` is told the tidied code (an address lookup the page supplies). @public
 */
export function postalCodeField(h: FieldHost, path: IssuePath, label: string, o: FieldOptions & { then?: (code: string) => void } = {}): TemplateResult {
  return tidiedField(h, path, label, { narrow: true, autocomplete: 'postal-code', ...o }, (t) => {
    const n = normalizePostalCode(t);
    if (n.ok) o.then?.(n.value);
    return n.ok ? n.value : undefined;
  }, h.ui.numberNormalized);
}

/** A labelled multi-line text field. @public */
export function textArea(h: FieldHost, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  const value = textAt(h, path);
  if (isLocked(h, o)) return readonlyValue(h, path, label, value, o);
  const c = controlOf(h, path, label, o);
  return frame(h, c, html`<textarea ${controlAttributes(c)} .value=${value}
    @input=${(e: Event) => h.edit(path, inputText(e) || undefined)} @blur=${() => h.touch(path)}></textarea>`);
}

/** A whole number; text that is not a number (八十) is kept as typed, with the core's error. @public */
export function numberField(h: FieldHost, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  const value = h.value(path);
  const text = typeof value === 'number' ? String(value) : textAt(h, path);
  if (isLocked(h, o)) return readonlyValue(h, path, label, text, o);
  const c = controlOf(h, path, label, o);
  return frame(h, c, html`<input ${controlAttributes(c)} type="text" inputmode="numeric" class="narrow" .value=${text} autocomplete="off"
    @input=${(e: Event) => {
      const raw = halfWidthDigits(inputText(e)).trim();
      h.edit(path, raw === '' ? undefined : /^\d+$/.test(raw) ? Number(raw) : raw);
    }}
    @blur=${() => h.touch(path)} />`);
}

/**
 * A date typed as a person writes it: 2025-04-01, 2025/4/1, 令和7年4月1日,
 * R7.4.1. Stored as ISO; shown once the field is left in the municipality's
 * style (西暦 or 和暦) in Japanese, as ISO in English — what the hint shows. Unreadable text is kept as typed and reported by the core. @public
 */
export function dateField(h: FieldHost, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  const stored = textAt(h, path);
  // In English the field shows ISO dates, as its hint says; in Japanese 西暦 or 和暦 as the policy says.
  const style = h.locale === 'en' ? 'iso' : h.policy.dateDisplay === 'wareki' ? 'wareki' : 'western';
  if (isLocked(h, o)) return readonlyValue(h, path, label, stored ? formatDate(stored, style) : '', o);
  const c = controlOf(h, path, label, o, o.hint ?? h.ui.dateHint);
  const shown = h.typed(path) ?? (stored ? formatDate(stored, style) : '');
  return frame(h, c, html`<input ${controlAttributes(c)} type="text" class="narrow" .value=${shown} autocomplete="off"
    @input=${(e: Event) => {
      const text = inputText(e);
      h.type(path, text);
      const parsed = parseDateInput(text);
      h.edit(path, parsed.ok ? parsed.value : text.trim() === '' ? undefined : text);
    }}
    @blur=${() => {
      const v = h.value(path);
      if (typeof v === 'string' && parseDateInput(v).ok) h.type(path, undefined);
      h.touch(path);
    }} />`);
}

/** A time of day (HH:MM): full-width digits and 9:30 for 09:30 are read by the core; other text is kept. @public */
export function timeField(h: FieldHost, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  const value = textAt(h, path);
  if (isLocked(h, o)) return readonlyValue(h, path, label, value, o);
  const c = controlOf(h, path, label, o, o.hint ?? h.ui.timeHint);
  return frame(h, c, html`<input ${controlAttributes(c)} type="text" class="narrow" inputmode="numeric" .value=${value} autocomplete="off"
    @input=${(e: Event) => {
      const raw = inputText(e);
      const parsed = parseTimeInput(raw);
      h.edit(path, parsed.ok ? parsed.value : raw.trim() === '' ? undefined : raw);
    }}
    @blur=${() => h.touch(path)} />`);
}

/**
 * A list of named things (agencies) edited as one line of names separated by
 * 、 or commas. Other data recorded for a name (its field) is kept. @public
 */
export function nameListField(h: FieldHost, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  const items = listAt<{ name: string }>(h, path).filter((i) => i !== null && typeof i === 'object' && typeof i.name === 'string');
  const joined = items.map((i) => i.name).join('、');
  if (isLocked(h, o)) return readonlyValue(h, path, label, joined, o);
  const c = controlOf(h, path, label, o);
  return frame(h, c, html`<input ${controlAttributes(c)} type="text" .value=${h.typed(path) ?? joined} autocomplete="off"
    @input=${(e: Event) => {
      const raw = inputText(e);
      h.type(path, raw);
      const names = raw.split(/[、,，]/).map((n) => n.trim()).filter(Boolean);
      const next = names.map((name) => items.find((i) => i.name === name) ?? { name });
      h.edit(path, next.length ? next : undefined);
    }}
    @blur=${() => {
      h.type(path, undefined);
      h.touch(path);
    }} />`);
}

/** A stored date as the sheet shows it (和暦 or 西暦 by policy in Japanese, ISO in English), for paper tables. @public */
export function dateText(h: FieldHost, iso: string | undefined): string {
  if (!iso) return '';
  return formatDate(iso, h.locale === 'en' ? 'iso' : h.policy.dateDisplay === 'wareki' ? 'wareki' : 'western');
}
