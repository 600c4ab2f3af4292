import { html, type TemplateResult } from 'lit';
import {
  ASSESSMENT_DOMAINS,
  GOAL_ACHIEVEMENTS,
  NEXT_DECISIONS,
  RELATIONSHIPS,
  assessmentForm,
  fillMessage,
  type Assessment,
  type Case,
  type FormDefinition,
  type IssuePath,
  type MemberAssessment,
} from '@tsunagu/core';
import { TsunaguSheet } from '../kit/sheet';
import { householdChoices, type SheetFields } from '../kit/field-host';
import { dateField, textArea, textField } from '../kit/fields';
import { radioGroup, selectField } from '../kit/choices';
import { collapsible, rows } from '../kit/rows';
import { ASSESSMENT_LABELS } from './labels';

/**
 * The household assessment sheet (アセスメントシート): the whole household now and its past, member by member, the
 * person's own view, values, life story and strengths, the supporters' view and what is still unknown — and, at a
 * review, the 評価 of the plan (goals reached, what changed, what next). A revision three months on is a new
 * document (`reviseAssessment`); the case record shows both on its timeline.
 *
 * @summary Household assessment (アセスメント) and the 評価 of the plan.
 * @tagname tsunagu-assessment-sheet
 *
 * @fires {TsunaguChangeEvent} tsunagu-change - The document changed (debounced, 300 ms). `detail.value` is the assessment.
 * @fires {TsunaguSubmitEvent} tsunagu-submit - A valid assessment was submitted. `detail.value` is the assessment.
 * @fires {TsunaguInvalidEvent} tsunagu-invalid - A submit was refused. `detail.issues` lists the errors (no personal data).
 *
 * @attr {string} name - Name under which the assessment (JSON) goes into the enclosing form's FormData.
 * @attr {'edit'|'readonly'|'print'} mode - `readonly` and `print` show the assessment read-only (`print` laid out for A4).
 * @attr {boolean} readonly - Shows the assessment read-only.
 * @attr {boolean} disabled - Disables the sheet.
 * @attr {string} draft-key - Autosave key; the draft survives reloads, crashes and failed sends until the page confirms the save (`saved()`).
 * @attr {'none'|'session'|'local'} draft-storage - Where drafts are kept: `none`, `session` (this tab; the default, unless the policy says otherwise) or `local` (this browser, until expiry).
 * @attr {number} draft-max-age - Hours after the last edit when a draft is removed unread (default 8, or the policy's).
 * @attr {string} today - Reference date (ISO) for date rules; today when unset.
 * @attr {string} lang - `en` for English; otherwise Japanese. Inherited from the nearest ancestor with `lang`.
 */
export class TsunaguAssessmentSheet extends TsunaguSheet<Assessment> {
  static override properties = { household: { attribute: false } };

  /** The case's household, to name the members assessed (「本人（高橋 キヨ）」); unnamed 「世帯員1」 without it. */
  declare household: Case['household'] | undefined;

  constructor() {
    super();
    this.household = undefined;
  }

  protected get documentForm(): FormDefinition<Assessment> {
    return assessmentForm;
  }
  protected override paperDate(): string | undefined {
    return this.view.assessedOn;
  }
  protected sheetTitle(): string {
    return ASSESSMENT_LABELS[this.locale].title;
  }

  /** The household's people to choose from, by id; none without a household. */
  #people() {
    const h = this.household;
    if (!h) return [];
    const rel = this.codeList('relationships', RELATIONSHIPS);
    return householdChoices(
      h,
      this.locale === 'ja' ? '本人' : 'The person',
      (m) => rel.find((r) => r.code === m.relationship)?.[this.locale] ?? '',
    );
  }

  protected renderSheet(h: SheetFields): TemplateResult {
    const l = ASSESSMENT_LABELS[this.locale];
    const v = this.view;
    const people = this.#people();
    const who = (m: MemberAssessment | undefined, i: number) =>
      people.find((p) => p.code === m?.memberId)?.[this.locale] ?? fillMessage(l.memberN, { n: i + 1 });
    const answer = (path: IssuePath, label: string, hint?: string) => textArea(h, [...path, 'text'], label, hint ? { hint } : {});
    return html`
      <section part="section">
        <h3 id="s-basics">${l.sectionBasics}</h3>
        ${dateField(h, ['assessedOn'], l.assessedOn)}
        <div class="grid-2">
          ${textField(h, ['by', 'organization'], l.byOrganization, { autocomplete: 'organization' })}
          ${textField(h, ['by', 'name'], l.byName)}
        </div>
      </section>

      <section part="section">
        ${rows<MemberAssessment>(h, ['members'], {
          label: l.sectionMembers,
          itemLabel: (i) => who(v.members[i], i),
          addLabel: l.addMember,
          create: () => ({
            memberId: people.find((p) => !v.members.some((m) => m.memberId === p.code))?.code ?? `x${v.members.length + 1}`,
          }),
          renderRow: (p, i) => html`
            ${people.length ? selectField(h, [...p, 'memberId'], l.who, people) : html`<p><strong>${who(v.members[i], i)}</strong></p>`}
            ${ASSESSMENT_DOMAINS.map((d) => answer([...p, d.code], d[this.locale]))}
          `,
        })}
      </section>

      <section part="section">
        <h3 id="s-history">${l.sectionHistory}</h3>
        ${answer(['history'], l.history, l.historyHint)}
      </section>

      <section part="section">
        <h3 id="s-person">${l.sectionPerson}</h3>
        ${answer(['person', 'view'], l.view)} ${answer(['person', 'values'], l.values)} ${answer(['person', 'lifeStory'], l.lifeStory)}
        ${answer(['person', 'strengths'], l.strengths)}
      </section>

      <section part="section">
        <h3 id="s-supporters">${l.sectionSupporters}</h3>
        ${answer(['supporters', 'view'], l.supportersView)} ${answer(['supporters', 'unknowns'], l.unknowns)}
      </section>

      ${collapsible(
        h,
        'evaluation',
        l.sectionEvaluation,
        !!v.evaluation,
        html`
          ${radioGroup(h, ['evaluation', 'achievement'], l.achievement, GOAL_ACHIEVEMENTS)}
          ${answer(['evaluation', 'changes'], l.changes)}
          ${radioGroup(h, ['evaluation', 'decision'], l.decision, NEXT_DECISIONS)}
        `,
      )}
      ${this.localItems(h, 'assessment')}
    `;
  }
}
