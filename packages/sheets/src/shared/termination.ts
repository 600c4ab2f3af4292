import { html, type TemplateResult } from 'lit';
import { type IssuePath, type Locale, type Vocabulary } from '@tsunagu/core';
import type { SheetFields } from '../kit/field-host';
import { phoneField, textArea, textField } from '../kit/fields';
import { selectField } from '../kit/choices';

/**
 * Labels of a closure (終結) and its hand-off: one wording wherever a closure
 * is written — the action plan's termination section and the case record.
 */
export const TERMINATION_LABELS = {
  ja: {
    terminationReason: '終結の理由',
    successor: '引き継ぐ機関',
    successorRole: '引き継ぐ機関の役割',
    watchFor: '今後気をつけて見ること',
    contactOrganization: '異変時の連絡先（機関）',
    contactHint: '状況が変わったときに、誰がどこへ連絡するか',
    contactName: '異変時の連絡先（担当者）',
    contactPhone: '異変時の連絡先（電話）',
    reopenNote: '再開の方法・連絡先',
  },
  en: {
    terminationReason: 'Reason for closure',
    successor: 'Agency that carries on',
    successorRole: "The successor's role",
    watchFor: 'What to watch for',
    contactOrganization: 'If something changes, call (agency)',
    contactHint: 'Who calls whom when the situation changes',
    contactName: 'If something changes, call (person)',
    contactPhone: 'If something changes, call (phone)',
    reopenNote: 'How to re-open',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * The fields of a closure at `path` (a plan's `termination`, or a status
 * change's): the reason, who carries on and in what role, what to watch for,
 * whom to call if something changes (異変時連絡), how to re-open. `beforeReopen`
 * goes before the last field (the plan's deciding meeting).
 */
export function terminationFields(h: SheetFields, path: IssuePath, reasons: Vocabulary, beforeReopen: unknown = ''): TemplateResult {
  const l = TERMINATION_LABELS[h.locale];
  return html`${selectField(h, [...path, 'reason'], l.terminationReason, reasons)}
    ${textField(h, [...path, 'successor'], l.successor, { autocomplete: 'organization' })}
    ${textArea(h, [...path, 'successorRole'], l.successorRole)}
    ${textArea(h, [...path, 'watchFor'], l.watchFor)}
    <div class="grid-2">
      ${textField(h, [...path, 'contactOnChange', 'organization'], l.contactOrganization, { hint: l.contactHint })}
      ${textField(h, [...path, 'contactOnChange', 'name'], l.contactName)}
    </div>
    ${phoneField(h, [...path, 'contactOnChange', 'phone'], l.contactPhone)}
    ${beforeReopen}
    ${textArea(h, [...path, 'reopenNote'], l.reopenNote)}`;
}
