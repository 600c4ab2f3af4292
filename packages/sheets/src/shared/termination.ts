import { html, type TemplateResult } from 'lit';
import { RESOURCE_TYPES, fillMessage, type Accompanier, type IssuePath, type Locale, type Vocabulary } from '@tsunagu/core';
import type { SheetFields } from '../kit/field-host';
import { phoneField, textArea, textField } from '../kit/fields';
import { checkbox, choiceText, radioGroup, selectField } from '../kit/choices';
import { rows } from '../kit/rows';
import { newId } from '../kit/ids';
import { aside, joinList } from '../kit/ui-strings';

/**
 * Labels of a closure (終結) and its hand-off: one wording wherever a closure
 * is written — the action plan's termination section and the case record.
 */
export const TERMINATION_LABELS = {
  ja: {
    terminationReason: '終結の理由',
    accompaniers: '終結後も伴走する人・機関',
    accompaniersHint: '専門職から地域へ、少しずつ。フォーマルな機関も、民生委員や近所の人も。',
    accompanier: '伴走{n}',
    addAccompanier: '伴走する人・機関を追加する',
    accompanierOrganization: '所属（機関・団体）',
    accompanierName: '氏名',
    formality: '支援の種類',
    accompanierRole: '役割',
    leads: '新たなチームリーダーとして引き継ぐ',
    reportsBack: '経過を報告する',
    leadsMark: 'チームリーダー',
    reportsBackMark: '経過報告',
    watchFor: '今後気をつけて見ること',
    contactOrganization: '異変時の連絡先（機関）',
    contactHint: '状況が変わったときに、誰がどこへ連絡するか',
    contactName: '異変時の連絡先（担当者）',
    contactPhone: '異変時の連絡先（電話）',
    reopenNote: '再開の方法・連絡先',
  },
  en: {
    terminationReason: 'Reason for closure',
    accompaniers: 'Who keeps accompanying the person',
    accompaniersHint: 'From professionals to the community, gradually: formal agencies, and 民生委員 or neighbours.',
    accompanier: 'Accompanier {n}',
    addAccompanier: 'Add someone who keeps accompanying',
    accompanierOrganization: 'Agency or group',
    accompanierName: 'Name',
    formality: 'Kind of support',
    accompanierRole: 'Role',
    leads: 'Takes the case on as team leader',
    reportsBack: 'Reports back',
    leadsMark: 'team leader',
    reportsBackMark: 'reports back',
    watchFor: 'What to watch for',
    contactOrganization: 'If something changes, call (agency)',
    contactHint: 'Who calls whom when the situation changes',
    contactName: 'If something changes, call (person)',
    contactPhone: 'If something changes, call (phone)',
    reopenNote: 'How to re-open',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** An accompanier as a line: the agency or group and the name, with whether they lead and report back. */
export function accompanierText(h: Pick<SheetFields, 'locale'>, a: Accompanier): string {
  const l = TERMINATION_LABELS[h.locale];
  const who = [a.organization, a.name].filter((x) => x && x.trim()).join(' ');
  const marks = [a.leads ? l.leadsMark : '', a.reportsBack ? l.reportsBackMark : ''].filter(Boolean);
  return marks.length ? aside(h.locale, who, joinList(h.locale, marks)) : who;
}

/**
 * The fields of a closure at `path` (a plan's `termination`, or a status
 * change's): the reason, who keeps accompanying the person and in what role, what to watch for,
 * whom to call if something changes (異変時連絡), how to re-open. `beforeReopen`
 * goes before the last field (the plan's deciding meeting).
 */
export function terminationFields(h: SheetFields, path: IssuePath, reasons: Vocabulary, beforeReopen: unknown = ''): TemplateResult {
  const l = TERMINATION_LABELS[h.locale];
  return html`${selectField(h, [...path, 'reason'], l.terminationReason, reasons)}
    ${rows<Accompanier>(h, [...path, 'accompaniers'], {
      label: l.accompaniers,
      itemLabel: (i) => fillMessage(l.accompanier, { n: i + 1 }),
      addLabel: l.addAccompanier,
      create: () => ({ id: newId('acc'), formality: 'formal' }),
      columns: [
        { label: l.accompanierOrganization, text: (a) => accompanierText(h, a) },
        { label: l.formality, text: (a) => choiceText(h, RESOURCE_TYPES, a.formality) },
        { label: l.accompanierRole, text: (a) => a.role ?? '' },
        { label: l.reportsBack, text: (a) => (a.reportsBack ? '☑' : '☐') },
      ],
      renderRow: (p: IssuePath) => html`
        <div class="grid-2">
          ${textField(h, [...p, 'organization'], l.accompanierOrganization, { autocomplete: 'organization' })}
          ${textField(h, [...p, 'name'], l.accompanierName)}
        </div>
        ${radioGroup(h, [...p, 'formality'], l.formality, RESOURCE_TYPES)}
        ${textArea(h, [...p, 'role'], l.accompanierRole)}
        ${checkbox(h, [...p, 'leads'], l.leads)}
        ${checkbox(h, [...p, 'reportsBack'], l.reportsBack)}
      `,
    })}
    <p class="hint">${l.accompaniersHint}</p>
    ${textArea(h, [...path, 'watchFor'], l.watchFor)}
    <div class="grid-2">
      ${textField(h, [...path, 'contactOnChange', 'organization'], l.contactOrganization, { hint: l.contactHint })}
      ${textField(h, [...path, 'contactOnChange', 'name'], l.contactName)}
    </div>
    ${phoneField(h, [...path, 'contactOnChange', 'phone'], l.contactPhone)}
    ${beforeReopen}
    ${textArea(h, [...path, 'reopenNote'], l.reopenNote)}`;
}
