import { html, type TemplateResult } from 'lit';
import { FIELDS, RESOURCE_THEMES, fillMessage, type IssuePath, type SessionTheme, type Vocabulary } from '@tsunagu/core';
import type { SheetFields } from '../kit/field-host';
import { choiceText, selectField } from '../kit/choices';
import { dateField, dateText, textArea, textField } from '../kit/fields';
import { rows } from '../kit/rows';
import { newId } from '../kit/ids';

/** The words of the 地域課題 section of a session. */
export const THEME_LABELS = {
  ja: {
    sectionThemes: '地域課題（推進会議・課題解決会議で取り上げる）',
    themeItem: '地域課題{n}',
    addTheme: '地域課題を追加する',
    theme: 'テーマ',
    area: '圏域・地区',
    areaHint: '空欄ならすべての圏域',
    summary: '課題の内容（件数と不足している資源。個人の情報は書かない）',
    decision: '決定したこと',
    feedbackOn: '事例を挙げた会議・担当者へ返す日',
  },
  en: {
    sectionThemes: 'Community issues (for a steering or problem-solving meeting)',
    themeItem: 'Issue {n}',
    addTheme: 'Add a community issue',
    theme: 'Theme',
    area: 'Area',
    areaHint: 'Left blank: every area',
    summary: 'The issue (counts and missing resources; nothing about a person)',
    decision: 'What was decided',
    feedbackOn: 'Date the decision goes back to those who raised it',
  },
} as const;

/**
 * The 地域課題 a session takes up, each with what was decided and when it goes back (尾道: case → 実務者会議 →
 * 包括化推進会議 → 課題解決会議 → feedback, seed 002 l.74–130). The register (`communityIssueRegister`) reads them back.
 */
export function themesSection(
  h: SheetFields,
  codeList: (name: 'resourceThemes' | 'fields', list: Vocabulary) => Vocabulary,
  /** The session's own label for 分野 (its invitations have one). */
  fieldLabel: string,
): TemplateResult {
  const l = THEME_LABELS[h.locale];
  const themes = codeList('resourceThemes', RESOURCE_THEMES);
  const fields = codeList('fields', FIELDS);
  return html`
    <section part="section">
      <h3 class="visually-hidden">${l.sectionThemes}</h3>
      ${rows<SessionTheme>(h, ['themes'], {
        label: l.sectionThemes,
        itemLabel: (i) => fillMessage(l.themeItem, { n: i + 1 }),
        addLabel: l.addTheme,
        create: () => ({ id: newId('t'), theme: 'other' }),
        columns: [
          { label: l.theme, text: (t) => choiceText(h, themes, t.theme) },
          { label: l.area, text: (t) => t.area ?? '' },
          { label: l.decision, text: (t) => t.decision ?? '' },
          { label: l.feedbackOn, text: (t) => dateText(h, t.feedbackOn) },
        ],
        renderRow: (p: IssuePath) => html`
          <div class="grid-2">
            ${selectField(h, [...p, 'theme'], l.theme, themes)}
            ${textField(h, [...p, 'area'], l.area, { hint: l.areaHint })}
            ${selectField(h, [...p, 'field'], fieldLabel, fields)}
          </div>
          ${textArea(h, [...p, 'summary'], l.summary)}
          ${textArea(h, [...p, 'decision'], l.decision)}
          ${dateField(h, [...p, 'feedbackOn'], l.feedbackOn)}
        `,
      })}
    </section>
  `;
}
