import { html, nothing, type TemplateResult } from 'lit';
import {
  fillMessage,
  LIMITS,
  formatDate,
  halfWidthDigits,
  normalizePhone,
  normalizePostalCode,
  parseDateInput,
  parseTimeInput,
  toKatakanaReading,
  type IssuePath,
} from '@tsunagu/core';
import { listAt, textAt, type SheetFields, type FieldOptions } from './field-host';
import { controlAttributes, controlOf, frame, isLocked, readonlyValue } from './frame';
import { joinList } from './ui-strings';

const inputText = (e: Event): string => (e.target as HTMLInputElement | HTMLTextAreaElement).value;

/**
 * A list of short texts typed in one line, separated by 、 or commas (the agencies a contact was with):
 * stored as a list, kept as typed until the field is left. Read-only, the list joined with 、.
 * @public
 */
export function listField(h: SheetFields, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  const stored = listAt<string>(h, path);
  if (isLocked(h, o)) return readonlyValue(h, path, label, joinList(h.locale, stored), o);
  const c = controlOf(h, path, label, o);
  return frame(
    h,
    c,
    html`<input ${controlAttributes(c)} type="text" autocomplete="off" .value=${h.typed(path) ?? joinList(h.locale, stored)}
    @input=${(e: Event) => {
      const text = inputText(e);
      h.type(path, text);
      const items = text
        .split(/[、,，]/)
        .map((s) => s.trim())
        .filter(Boolean);
      h.edit(path, items.length ? items : undefined);
    }}
    @blur=${() => {
      h.type(path, undefined);
      h.touch(path);
    }} />`,
  );
}

/** A labelled one-line text field. @public */
export function textField(h: SheetFields, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  const value = textAt(h, path);
  if (isLocked(h, o)) return readonlyValue(h, path, label, value, o);
  const c = controlOf(h, path, label, o);
  return frame(
    h,
    c,
    html`<input ${controlAttributes(c)} type=${o.type ?? 'text'} class=${o.narrow ? 'narrow' : ''} .value=${value}
    autocomplete=${o.autocomplete ?? 'off'}
    @input=${(e: Event) => h.edit(path, inputText(e) || undefined)} @blur=${() => h.touch(path)} />`,
  );
}

/**
 * A one-line field whose text the core tidies when the person leaves it, with
 * a polite announcement: nothing is lost — text the core cannot tidy is kept
 * as typed, for the rules to point out.
 */
function tidiedField(
  h: SheetFields,
  path: IssuePath,
  label: string,
  o: FieldOptions,
  tidy: (text: string) => string | undefined,
  note: string,
): TemplateResult {
  const value = textAt(h, path);
  if (isLocked(h, o)) return readonlyValue(h, path, label, value, o);
  const c = controlOf(h, path, label, o);
  return frame(
    h,
    c,
    html`<input ${controlAttributes(c)} type=${o.type ?? 'text'} class=${o.narrow ? 'narrow' : ''} .value=${value}
    autocomplete=${o.autocomplete ?? 'off'}
    @input=${(e: Event) => h.edit(path, inputText(e) || undefined)}
    @blur=${() => {
      const tidied = value === '' ? undefined : tidy(value);
      if (tidied !== undefined && tidied !== value) {
        h.edit(path, tidied || undefined);
        h.announce(fillMessage(note, { label }));
      }
      h.touch(path);
    }} />`,
  );
}

/** A reading (フリガナ): hiragana and half-width katakana become full-width katakana when the field is left. @public */
export function readingField(h: SheetFields, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  return tidiedField(h, path, label, o, toKatakanaReading, h.ui.kanaConverted);
}

/** A phone number: full-width digits, 「－」「ー」 and spaces become ASCII when the field is left; other text is kept. @public */
export function phoneField(h: SheetFields, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  return tidiedField(
    h,
    path,
    label,
    { type: 'tel', narrow: true, ...o },
    (t) => {
      const n = normalizePhone(t);
      return n.ok ? n.value : undefined;
    },
    h.ui.numberNormalized,
  );
}

/**
 * A postal code (〒): full-width digits and dashes are tidied to NNN-NNNN when
 * the field is left; `then` is told the tidied code (an address lookup the page supplies). @public
 */
export function postalCodeField(
  h: SheetFields,
  path: IssuePath,
  label: string,
  o: FieldOptions & { then?: (code: string) => void } = {},
): TemplateResult {
  return tidiedField(
    h,
    path,
    label,
    { narrow: true, autocomplete: 'postal-code', ...o },
    (t) => {
      const n = normalizePostalCode(t);
      if (n.ok) o.then?.(n.value);
      return n.ok ? n.value : undefined;
    },
    h.ui.numberNormalized,
  );
}

/**
 * A labelled multi-line text field. Past three quarters of the core's limit for free text
 * (LIMITS.longText, 20,000 characters) a counter under it says how many characters are left, or how
 * many too many (GOV.UK's character count): nothing typed is cut. @public
 */
export function textArea(h: SheetFields, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  const value = textAt(h, path);
  if (isLocked(h, o)) return readonlyValue(h, path, label, value, o);
  const c = controlOf(h, path, label, o);
  const max = LIMITS.longText;
  const left = max - value.length;
  const count =
    value.length >= max * 0.75
      ? html`<p class="hint counter" role="status">${fillMessage(left >= 0 ? h.ui.charactersLeft : h.ui.charactersOver, { n: Math.abs(left).toLocaleString(h.locale === 'ja' ? 'ja-JP' : 'en-GB'), max: max.toLocaleString(h.locale === 'ja' ? 'ja-JP' : 'en-GB') })}</p>`
      : nothing;
  return frame(
    h,
    c,
    html`<textarea ${controlAttributes(c)} .value=${value}
    @input=${(e: Event) => h.edit(path, inputText(e) || undefined)} @blur=${() => h.touch(path)}></textarea>${count}`,
  );
}

/** A whole number; text that is not a number (八十) is kept as typed, with the core's error. @public */
export function numberField(h: SheetFields, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  const value = h.value(path);
  const text = typeof value === 'number' ? String(value) : textAt(h, path);
  if (isLocked(h, o)) return readonlyValue(h, path, label, text, o);
  const c = controlOf(h, path, label, o);
  return frame(
    h,
    c,
    html`<input ${controlAttributes(c)} type="text" inputmode="numeric" class="narrow" .value=${text} autocomplete="off"
    @input=${(e: Event) => {
      const raw = halfWidthDigits(inputText(e)).trim();
      h.edit(path, raw === '' ? undefined : /^\d+$/.test(raw) ? Number(raw) : raw);
    }}
    @blur=${() => h.touch(path)} />`,
  );
}

/**
 * A date typed as a person writes it: 2025-04-01, 2025/4/1, 令和7年4月1日,
 * R7.4.1. Stored as ISO; shown once the field is left in the municipality's
 * style (西暦 or 和暦) in Japanese, as ISO in English — what the hint shows. Unreadable text is kept as typed and reported by the core. @public
 */
export function dateField(h: SheetFields, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  const stored = textAt(h, path);
  if (isLocked(h, o)) return readonlyValue(h, path, label, dateText(h, stored), o);
  const c = controlOf(h, path, label, o, o.hint ?? h.ui.dateHint);
  const shown = h.typed(path) ?? dateText(h, stored);
  return frame(
    h,
    c,
    html`<input ${controlAttributes(c)} type="text" class="narrow" .value=${shown} autocomplete="off"
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
    }} />`,
  );
}

/**
 * A time of day, typed as a person writes it — 14:30, 14時30分, 午後2時, 1430 — and stored as HH:MM
 * (the core's parseTimeInput). What was typed stays in the field while it is being typed, and the
 * field shows HH:MM once it is left; unreadable text is kept as typed and reported by the core. @public
 */
export function timeField(h: SheetFields, path: IssuePath, label: string, o: FieldOptions = {}): TemplateResult {
  const value = textAt(h, path);
  if (isLocked(h, o)) return readonlyValue(h, path, label, value, o);
  const c = controlOf(h, path, label, o, o.hint ?? h.ui.timeHint);
  return frame(
    h,
    c,
    html`<input ${controlAttributes(c)} type="text" class="narrow" .value=${h.typed(path) ?? value} autocomplete="off"
    @input=${(e: Event) => {
      const raw = inputText(e);
      h.type(path, raw);
      const parsed = parseTimeInput(raw);
      h.edit(path, parsed.ok ? parsed.value : raw.trim() === '' ? undefined : raw);
    }}
    @blur=${() => {
      const v = h.value(path);
      const typed = h.typed(path);
      if (typeof v === 'string' && parseTimeInput(v).ok) {
        h.type(path, undefined);
        // 午後2時 becomes 14:00 in the field, and a screen reader hears how it was read.
        if (typed !== undefined && typed.trim() !== v) {
          h.edit(path, v);
          h.announce(fillMessage(h.ui.timeNormalized, { label, time: v }));
        }
      }
      h.touch(path);
    }} />`,
  );
}

/**
 * A stored date as every part of a sheet shows it: in Japanese 西暦 or 和暦 as
 * the policy says, in English ISO — what the date field's hint shows. Fields,
 * paper tables, the printed header and the household map (which may have no
 * policy: 西暦 then) all use this one. @public
 */
export function dateText(
  h: { readonly locale: SheetFields['locale']; readonly policy?: Pick<SheetFields['policy'], 'dateDisplay'> | undefined },
  iso: string | undefined,
): string {
  if (!iso) return '';
  return formatDate(iso, h.locale === 'en' ? 'iso' : h.policy?.dateDisplay === 'wareki' ? 'wareki' : 'western');
}
