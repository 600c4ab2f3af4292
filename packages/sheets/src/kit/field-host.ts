import { fillMessage, fullName, type Issue, type IssuePath, type Locale, type MunicipalPolicy, type Vocabulary } from '@tsunagu/core';
import type { DocumentState } from './document';
import type { FocusController } from './focus';
import type { ProgressiveController } from './progressive';
import type { IssueVisibility } from './issues';
import { aside, type UiStrings } from './ui-strings';

/** How a sheet is shown. @public */
export type SheetMode = 'edit' | 'response' | 'readonly' | 'print';

/**
 * What the field templates read from and tell the form they are in: the sheet's facade for them,
 * `this.fields` in a sheet built on {@link TsunaguSheet}, `h` in `renderSheet(h)`. The templates
 * keep no state.
 * @public
 */
export interface SheetFields {
  readonly locale: Locale;
  /** The form's own words (buttons, marks, hints) in the locale. */
  readonly ui: UiStrings;
  /** The whole form is read-only (readonly, or the read-only and print modes). */
  readonly readonly: boolean;
  readonly disabled: boolean;
  readonly policy: MunicipalPolicy;
  /** The value at a path of the document. */
  value(path: IssuePath): unknown;
  /** Sets the value at a path (`undefined` removes it), as the user edits. */
  edit(path: IssuePath, value: unknown): void;
  /** The user left the field at a path: its issues show from now on. */
  touch(path: IssuePath): void;
  /** The issues to show at a path. */
  issues(path: IssuePath): readonly Issue[];
  /** Whether the field must be filled in, as the core says under the policy. */
  required(path: IssuePath): boolean;
  /** The most items the list at a path may hold, as the core says. */
  maxItems(path: IssuePath): number | undefined;
  /**
   * Changes when a row of the list at a path may show something besides its own data (see
   * `DocumentState.epoch`); with `row`, also when a field of that row was left and its messages show.
   */
  epoch(path: IssuePath, row?: number): number;
  /** Text typed at a path but not stored as typed (a date being typed). */
  typed(path: IssuePath): string | undefined;
  /** Keeps (or with `undefined` forgets) text as typed. */
  type(path: IssuePath, text: string | undefined): void;
  /** Records the label of the field at a path for the error summary; returns the field's element id. */
  label(path: IssuePath, label: string): string;
  /** Says something in the form's polite live region. */
  announce(text: string): void;
  /** Focuses the element with this id after the next render. */
  focusLater(id: string): void;
  /** Whether the collapsed section with this key was opened by the user. */
  isOpen(key: string): boolean;
  /**
   * How many of a list's `total` items to render now: long lists render in
   * slices (see {@link ProgressiveController}); `key` names the list, `first`
   * how many items the first render shows (5 unless said), `view` what it
   * shows (filters, order: a new view starts again from the first items).
   * Ask it on every render, outside `guard`: a list whose template is skipped
   * never receives its later slices.
   */
  shown(key: string, total: number, first?: number, view?: string): number;
  /** Opens or closes a collapsed section. */
  toggle(key: string): void;
}

/** Options of the field templates. @public */
export interface FieldOptions {
  hint?: string;
  /** Read-only even when the form is editable (the referral in response mode). */
  locked?: boolean;
  /** The browser's autofill hint for the control (`off` by default: case data is not the user's own). */
  autocomplete?: 'off' | 'name' | 'family-name' | 'given-name' | 'organization' | 'tel' | 'email' | 'postal-code' | 'street-address';
  type?: 'text' | 'tel' | 'email';
  narrow?: boolean;
}

/**
 * The former name of {@link SheetFields}, kept so that sheets written for 0.1 still compile.
 * @deprecated Use `SheetFields`: "host" means a Lit controller's host, which this is not.
 * @public
 */
export type FieldHost = SheetFields;

/** Text at a path, or '' when it is missing or not text. */
export function textAt(h: SheetFields, path: IssuePath): string {
  const v = h.value(path);
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** A list at a path, or [] when it is missing or not a list. */
export function listAt<T>(h: SheetFields, path: IssuePath): T[] {
  const v = h.value(path);
  return Array.isArray(v) ? (v as T[]) : [];
}

/** The parts of a form a {@link SheetFields} is made of. */
export interface SheetFieldsParts {
  /** Locale, words, read-only and disabled state and policy, read when asked. */
  readonly state: Pick<SheetFields, 'locale' | 'ui' | 'readonly' | 'disabled' | 'policy'>;
  /** Asks the form to render again. */
  readonly update: () => void;
  readonly doc: Pick<DocumentState<object>, 'at' | 'epoch' | 'changed' | 'left'>;
  readonly issues: IssueVisibility;
  readonly focus: FocusController;
  /** Long lists in slices; without it, every item renders at once. */
  readonly progress?: ProgressiveController;
  readonly edit: (path: IssuePath, value: unknown) => void;
  readonly required: (path: IssuePath) => boolean;
  readonly maxItems: (path: IssuePath) => number | undefined;
}

/** A field host over a form's controllers. @public */
export function sheetFieldsFor(p: SheetFieldsParts): SheetFields {
  const { state, doc, issues, focus } = p;
  return {
    get locale() {
      return state.locale;
    },
    get ui() {
      return state.ui;
    },
    get readonly() {
      return state.readonly;
    },
    get disabled() {
      return state.disabled;
    },
    get policy() {
      return state.policy;
    },
    value: (path) => doc.at(path),
    edit: p.edit,
    touch: (path) => {
      if (!issues.touch(path)) return;
      doc.left(path); // its row renders again (DocumentState.epoch with a row), not every row
      p.update();
    },
    issues: (path) => issues.shownAt(path),
    required: p.required,
    maxItems: p.maxItems,
    epoch: (path, row) => doc.epoch(path, row),
    typed: (path) => issues.typed(path),
    type: (path, text) => issues.type(path, text),
    label: (path, label) => issues.label(path, label),
    announce: (text) => focus.announce(text),
    focusLater: (id) => focus.focusLater(id),
    isOpen: (key) => focus.isOpen(key),
    toggle: (key) => focus.toggle(key),
    shown: (key, total, first, view) => (p.progress && !state.readonly ? p.progress.shown(key, total, first, view) : total),
  };
}

/**
 * Choices of the people of a document (attendees, team members) for a select:
 * each by id, shown as 「name（organization）」, or 「label n」 when unnamed.
 * @public
 */
export function peopleChoices(people: readonly { id: string; name?: string; organization?: string }[], unnamed: string): Vocabulary {
  return people.map((p, i) => {
    const text = p.name || fillMessage(unnamed, { n: i + 1 });
    return p.organization
      ? { code: p.id, ja: aside('ja', text, p.organization), en: aside('en', text, p.organization) }
      : { code: p.id, ja: text, en: text };
  });
}

/**
 * Choices of the household's people for a select or checkboxes, by id: the person first, then each
 * member, by who they are and their name — 「本人（山田 花子）」「長男（誠）」 — or by who they are alone
 * when unnamed. `relationship` labels a member (its relationship's name); people without an id are not offered.
 * @public
 */
export function householdChoices(
  household: { readonly person: HouseholdPerson; readonly members: readonly HouseholdPerson[] },
  self: string,
  relationship: (member: HouseholdPerson, index: number) => string,
): Vocabulary {
  const named = (who: string, p: HouseholdPerson, locale: Locale) => {
    const name = fullName(p);
    return name ? aside(locale, who, name) : who;
  };
  const people = [
    { id: household.person.id, p: household.person, who: self },
    ...household.members.map((m, i) => ({ id: m.id, p: m, who: relationship(m, i) })),
  ];
  return people.flatMap(({ id, p, who }) => (id ? [{ code: id, ja: named(who, p, 'ja'), en: named(who, p, 'en') }] : []));
}

/** A person of a household as {@link householdChoices} reads them. @public */
export interface HouseholdPerson {
  readonly id?: string | undefined;
  readonly familyName?: string | undefined;
  readonly givenName?: string | undefined;
  readonly relationship?: string | undefined;
}
