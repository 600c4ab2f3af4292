// What the parts of the case record (timeline.ts, status-change.ts, paper.ts) read from the element and
// tell it: the case as shown, the words, the form's state, and its edit and focus. The element makes
// one (case-record.ts); the parts keep no reference to the element's private state.
import type { TemplateResult } from 'lit';
import {
  MEETING_KINDS,
  RELATIONSHIPS,
  TERMINATION_REASONS,
  fillMessage,
  meetingNameOf,
  sheetNameOf,
  type Case,
  type IssuePath,
  type Locale,
  type MunicipalPolicy,
  type Vocabulary,
  type VocabularyName,
} from '@tsunagu/core';
import { householdChoices, type SheetFields } from '../kit/field-host';
import type { FocusController } from '../kit/focus';
import type { IssueVisibility } from '../kit/issues';
import { choiceText } from '../kit/choices';
import { dateText } from '../kit/fields';
import { aside, type UiStrings } from '../kit/ui-strings';
import { CASE_RECORD_LABELS } from './labels';
import { terminationFields } from '../shared/termination';

export type Labels = (typeof CASE_RECORD_LABELS)['ja' | 'en'];

/**
 * The case record as its parts see it: the element itself, through the members a sheet keeps for its
 * subclasses (protected in TypeScript, so the element hands itself over as this interface; the browser
 * tests of the timeline, the status change and the paper exercise every member).
 */
export interface RecordContext extends Pick<HTMLElement, 'ownerDocument' | 'dispatchEvent'> {
  /** The case as rendered (every container present). */
  readonly view: Case;
  /** The case as entered. */
  readonly value: Case;
  readonly locale: Locale;
  readonly policy: MunicipalPolicy;
  /** The sheet's own words (buttons, marks, separators). */
  readonly t: UiStrings;
  readonly isReadonly: boolean;
  readonly isDisabled: boolean;
  /** The case's field templates' facade. */
  readonly fields: SheetFields;
  /** What is shown of the case's issues. */
  readonly issues: IssueVisibility;
  readonly focus_: FocusController;
  /** The case's document state: `changed()` when something every row may show changed. */
  readonly doc: { changed(): void };
  referenceDate(): string;
  codeList(name: VocabularyName, list: Vocabulary): Vocabulary;
  /** Edits the case as the user does. */
  edit(path: IssuePath, value: unknown): void;
  requestUpdate(): void;
}

/** The case record's labels in its locale. */
export const labelsOf = (ctx: Pick<RecordContext, 'locale'>): Labels => CASE_RECORD_LABELS[ctx.locale];

/** Everyone in the household by id: the person first (本人), then the members by relationship and name. */
export function people(ctx: RecordContext): Vocabulary {
  const relationships = ctx.codeList('relationships', RELATIONSHIPS);
  const unnamed = labelsOf(ctx).unnamed;
  return householdChoices(ctx.view.household, labelsOf(ctx).self, (m, i) =>
    m.relationship ? choiceText(ctx.fields, relationships, m.relationship) : fillMessage(unnamed, { n: i + 1 }),
  );
}

/** The names of the household's people with these ids. */
export function peopleText(ctx: RecordContext, ids: readonly string[] | undefined): string {
  return choiceText(ctx.fields, people(ctx), ids);
}

/** A meeting as people name it: its date and its kind, under the municipality's name for it. */
export function meetingText(ctx: RecordContext, date: string, kind: string): string {
  const legal = MEETING_KINDS.find((k) => k.code === kind);
  return fillMessage(labelsOf(ctx).meetingOn, {
    date: dateText(ctx.fields, date),
    name: legal ? meetingNameOf(ctx.policy, legal.code, legal, ctx.locale) : kind,
  });
}

/** The case's referrals, meetings and plan versions as choices, by id. */
export function documents(ctx: RecordContext): Vocabulary {
  const l = labelsOf(ctx);
  const v = ctx.view;
  const h = ctx.fields;
  const out: { code: string; ja: string; en: string }[] = [];
  const push = (id: string | undefined, text: string) => id && out.push({ code: id, ja: text, en: text });
  v.referrals.forEach((r) =>
    push(r.id, fillMessage(l.referralOn, { date: dateText(h, r.referredOn), organization: r.referrer.organization })),
  );
  v.meetings.forEach((m) => push(m.id, meetingText(ctx, m.meeting.date, m.meeting.legalKind)));
  v.plans.forEach((p) =>
    push(
      p.id,
      aside(
        ctx.locale,
        `${sheetNameOf(ctx.policy, 'actionPlan', ctx.locale)} ${fillMessage(l.planVersion, { n: p.version })}`,
        dateText(h, p.planDate),
      ),
    ),
  );
  return out;
}

/** The text of a document of the case by id, or the id when it is not one of them. */
export function documentText(ctx: RecordContext, id: string | undefined): string | undefined {
  return id ? (documents(ctx).find((d) => d.code === id)?.[ctx.locale] ?? id) : undefined;
}

/** The fields of a closure (終結) at a path, with the policy's termination reasons. */
export function closureFields(ctx: RecordContext, h: SheetFields, path: IssuePath): TemplateResult {
  return terminationFields(h, path, ctx.codeList('terminationReasons', TERMINATION_REASONS));
}
