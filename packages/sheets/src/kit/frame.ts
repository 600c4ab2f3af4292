import { html, nothing, noChange, type TemplateResult } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { IssuePath } from '@tsunagu/core';
import type { SheetFields, FieldOptions } from './field-host';

/** What a control of a field needs: its id, marks and the ids that describe it. */
export interface Control {
  readonly id: string;
  readonly label: string;
  readonly hint: string | undefined;
  readonly required: boolean;
  readonly invalid: boolean;
  /** The ids of the hint and the messages, for `aria-describedby`. */
  readonly describedBy: string;
  readonly disabled: boolean;
  /** The inline messages under the control. */
  readonly messages: TemplateResult | typeof nothing;
}

function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * The one place a control's attributes are set: `id`, `aria-required`,
 * `aria-invalid`, `aria-describedby` and `disabled`, the same way for every
 * kind of control. A group (`fieldset`) takes no `aria-required`, which its
 * role does not support; its legend shows the mark.
 */
class ControlAttributes extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('controlAttributes() belongs on an element');
  }

  render(_c: Control): unknown {
    return noChange;
  }

  override update(part: ElementPart, [c]: [Control]): unknown {
    const el = part.element;
    const group = el.localName === 'fieldset';
    setAttr(el, 'id', c.id);
    setAttr(el, 'aria-required', c.required && !group ? 'true' : null);
    setAttr(el, 'aria-invalid', c.invalid ? 'true' : null);
    setAttr(el, 'aria-describedby', c.describedBy || null);
    if (!group) (el as HTMLInputElement).disabled = c.disabled;
    return noChange;
  }
}

/** Sets a control's attributes from its {@link Control}. @public */
export const controlAttributes = directive(ControlAttributes);

/** The control of the field at a path: records its label, reads its marks and messages from the host. */
export function controlOf(h: SheetFields, path: IssuePath, label: string, o: FieldOptions, hint = o.hint): Control {
  const id = h.label(path, label);
  const issues = h.issues(path);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const messages = issues.length
    ? html`<div id="${id}-msg">
        ${errors.map((i) => html`<p class="error-message">＊${i.message}</p>`)}
        ${warnings.map((i) => html`<p class="warning-message">${h.ui.warning}${i.message}</p>`)}
      </div>`
    : nothing;
  const describedBy = [hint ? `${id}-hint` : '', issues.length ? `${id}-msg` : ''].filter(Boolean).join(' ');
  return { id, label, hint, required: h.required(path), invalid: errors.length > 0, describedBy, disabled: h.disabled, messages };
}

/** The 必須 mark after a label. */
export function mark(h: SheetFields, c: Control): TemplateResult | typeof nothing {
  return c.required ? html`<span class="req">${h.ui.required}</span>` : nothing;
}

/** The frame every one-control field shares: label with its mark, hint, the control, its messages. */
export function frame(h: SheetFields, c: Control, control: TemplateResult): TemplateResult {
  return html`<div class="field" part="field">
    <label for=${c.id}>${c.label}${mark(h, c)}</label>
    ${c.hint ? html`<p class="hint" id="${c.id}-hint">${c.hint}</p>` : nothing}
    ${control}
    ${c.messages}
  </div>`;
}

/** A field shown read-only: the label and the value as text (dashed, like DADS's 編集不可). */
export function readonlyValue(h: SheetFields, path: IssuePath, label: string, text: string, o: FieldOptions): TemplateResult {
  const id = h.label(path, label);
  return html`<div class="field" part="field">
    <span class="label" id="${id}-label">${label}</span>
    <div class="value" id=${id} role="textbox" aria-readonly="true" aria-labelledby="${id}-label" tabindex="-1">${text || h.ui.none}</div>
    ${o.hint && !h.readonly ? html`<p class="hint">${o.hint}</p>` : nothing}
  </div>`;
}

/** Whether a field shows read-only. */
export const isLocked = (h: SheetFields, o: FieldOptions): boolean => h.readonly || !!o.locked;
