import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  DEFAULT_POLICY,
  todayIso,
  type FormDefinition,
  type Issue,
  type IssueCode,
  type IssuePath,
  type Locale,
  type MunicipalPolicy,
  type ValidationResult,
} from '@tsunagu/core';
import { DocumentState } from './document';
import { DraftController, type DraftStorage } from './drafts';
import { TsunaguChangeEvent, TsunaguInvalidEvent, TsunaguSubmitEvent } from './events';
import type { SheetMode } from './field-host';
import { FocusController } from './focus';
import { ProgressiveController } from './progressive';
import { IssueVisibility, serverIssues } from './issues';
import type { MergeState } from './merge-panel';
import { LocaleController } from './locale';
import { UI, type UiStrings } from './ui-strings';

/**
 * The form layer of every tsunagu sheet: a form-associated element whose value is a typed document,
 * validated only by `@tsunagu/core` under a municipal policy. It owns the properties, the document and
 * what is shown of its issues, drafts, locale and focus (controllers), form association through
 * ElementInternals, and the submit: an invalid sheet blocks its form's submit and focuses its error
 * summary; errors show after the user leaves a field or submits; warnings never block. It renders
 * nothing itself: {@link TsunaguSheet} adds the rendering, paper and the field templates' facade.
 * @public
 */
export abstract class SheetForm<D extends object> extends LitElement {
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    name: { type: String, reflect: true },
    mode: { type: String, reflect: true },
    readonly: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    draftKey: { type: String, attribute: 'draft-key' },
    draftStorage: { type: String, attribute: 'draft-storage' },
    draftMaxAge: { type: Number, attribute: 'draft-max-age' },
    today: { type: String },
    policy: { attribute: false },
    value: { attribute: false, noAccessor: true },
  };

  /** Name under which the document (JSON) goes into the form's FormData. */
  declare name: string;
  /** `edit` (default), `response` (the coordinator's part is editable, the rest read-only), `readonly`, or `print` (read-only, laid out for A4). */
  declare mode: SheetMode;
  /** Shows the document read-only (same as `mode="readonly"`). */
  declare readonly: boolean;
  /** Disables the sheet; also set by a disabled `<fieldset>` around it. */
  declare disabled: boolean;
  /** Autosave key; drafts are kept in browser storage under it until the page confirms the save (`saved()`). */
  declare draftKey: string | undefined;
  /**
   * Where drafts are kept: `none`, `session` (this tab, until it is closed) or `local` (this browser, until
   * the draft expires). Unset: the policy's `drafts.storage`, else `session` — municipal PCs are shared.
   */
  declare draftStorage: DraftStorage | undefined;
  /** Hours after the last edit when a draft is removed unread. Unset: the policy's `drafts.maxAgeHours`, else 8. */
  declare draftMaxAge: number | undefined;
  /** The reference date for date rules (ISO); today when unset. */
  declare today: string | undefined;
  /** The municipal policy for validation and display; the national defaults when unset (or set to `undefined`). */
  declare policy: MunicipalPolicy;

  protected readonly internals: ElementInternals = this.attachInternals();
  /** The document being edited. */
  protected readonly doc = new DocumentState<D>(
    this,
    () => this.documentForm.empty(this.referenceDate()),
    (d) => this.derive(d),
  );
  /** What is shown of the core's issues. */
  protected readonly issues = new IssueVisibility();
  protected readonly drafts = new DraftController<D>(this, {
    current: () => this.value,
    restore: (d) => {
      this.doc.replace(d);
      this.#revalidate();
    },
    discard: () => (this.value = this.doc.initial),
  });
  protected readonly lang_ = new LocaleController(this);
  /** The conflicts of a merge waiting for the worker's choices (`merge()`). */
  protected merge_: MergeState<D> | undefined;
  /** What a merge builds on: the document the page set, or the one it last confirmed saved (`saved()`). */
  protected mergeBase: D | undefined;
  #sent: D | undefined;
  /** Long lists render in slices; focus moves to a row not rendered yet render the rest first. */
  protected readonly progress_ = new ProgressiveController(this);
  protected readonly focus_ = new FocusController(this, () => this.progress_.showAll());
  #formDisabled = false;
  /** The error summary is to render again once the rows a refused submit revealed are in (`#showAllForSummary`). */
  #relabel = false;
  #quietCheck = false;
  #changeTimer?: ReturnType<typeof setTimeout>;
  #formOwner: HTMLFormElement | null = null;
  #validatedIn?: Locale;

  /** The document kind as a form, from the core (`referralForm` …): empty document, validation, form facts. A getter, read during construction. */
  protected abstract get documentForm(): FormDefinition<D>;
  /** The document the sheet works with, from what was set (see `DocumentState`). */
  protected derive(doc: D): D {
    return doc;
  }

  constructor() {
    super();
    Object.assign(this, {
      name: '',
      mode: 'edit',
      readonly: false,
      disabled: false,
      draftKey: undefined,
      draftStorage: undefined,
      draftMaxAge: undefined,
      today: undefined,
      policy: DEFAULT_POLICY,
    });
    // The summary replaces the browser's bubble; checkValidity() stays quiet.
    this.addEventListener('invalid', (e) => {
      if (!this.#quietCheck) {
        e.preventDefault();
        this.#refuse();
      }
    });
  }

  /** The document: settable (loads it, clearing what is shown) and gettable (what the user has entered). */
  get value(): D {
    return this.doc.doc;
  }
  set value(doc: D | undefined) {
    const old = this.doc.doc;
    this.doc.load(doc);
    this.mergeBase = this.doc.doc;
    this.issues.clear();
    this.#revalidate();
    this.requestUpdate('value', old);
  }

  /** The document as the sheet renders it: every container present and of the right kind. */
  protected get view(): D {
    return this.doc.view;
  }

  /** Validates the current document with the core, under the sheet's policy and locale. */
  validate(): ValidationResult<D> {
    return this.documentForm.validate(this.value, { locale: this.locale, policy: this.policy, today: this.referenceDate() });
  }

  /** The locale of messages and labels: from `lang` on the sheet or its nearest ancestor, followed as it changes. */
  get locale(): Locale {
    return this.lang_.locale;
  }
  /** The enclosing form, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** Validity as the form sees it: invalid while the core reports an error. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The browser-facing validation message (a count of errors; the summary lists them). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the document has no error. Quiet, as the platform's is: it shows nothing. */
  checkValidity(): boolean {
    this.#quietCheck = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.#quietCheck = false;
    }
  }
  /** Like `checkValidity()`; an invalid sheet shows its error summary and focuses it. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Submits: inside a form, asks the form (which checks the sheet first); alone, fires `tsunagu-submit` or `tsunagu-invalid`. */
  submit(): void {
    if (this.internals.form) this.internals.form.requestSubmit();
    else if (this.validate().ok && !this.merge_?.pending) this.#succeed();
    else this.#refuse();
  }

  /**
   * The page's server saved the submitted document: the draft is removed and the sheet says it was sent.
   * Until this is called, the draft stays (marked as sent), so nothing is lost if the send fails.
   */
  saved(): void {
    this.mergeBase = this.#sent ?? this.mergeBase;
    this.drafts.clear();
    this.drafts.notice = 'submitted';
    this.issues.setServer([]);
    this.doc.changed();
    this.requestUpdate();
  }

  /**
   * The send failed: the sheet says so and keeps the draft. `issues` — what the server's
   * validation returned (the core's shape: code, path, severity, message; in the sheet's `locale`)
   * — are shown at their fields and in the error summary, which takes focus as for the sheet's own
   * errors; each goes when its field is edited. Malformed entries are ignored.
   */
  sendFailed(issues: readonly Issue[] = []): void {
    const server = serverIssues(issues);
    this.drafts.notice = 'sendFailed';
    this.#showAllForSummary();
    this.issues.setServer(server);
    this.#revalidate();
    if (server.some((i) => i.severity === 'error')) {
      this.issues.submitted = true;
      this.focus_.focusLater('error-summary');
    }
    this.doc.changed();
    this.requestUpdate();
  }

  /** Removes the draft and goes back to the document the page set (as the notice's "discard" does). */
  discardDraft(): void {
    this.drafts.discard();
    this.requestUpdate();
  }

  /** Resolves when the sheet has rendered, long lists whole (they render in slices). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (;;) {
      if (this.progress_.pending && this.isConnected) await this.progress_.nextUpdate();
      else if (this.#relabel) {
        this.#relabel = false;
        this.requestUpdate();
      } else return done;
      done = (await super.getUpdateComplete()) && done;
    }
  }

  /** The form owner changed: listen to the new form's submit. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#formOwner?.removeEventListener('submit', this.#onFormSubmit);
    this.#formOwner = form;
    form?.addEventListener('submit', this.#onFormSubmit);
  }
  /** Form reset: back to the document the page set (or an empty one); the draft is cleared. */
  formResetCallback(): void {
    this.value = this.doc.initial;
    this.drafts.clear();
  }
  /** Back/forward and autofill restore: the document the browser kept. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.value = JSON.parse(state) as D;
    } catch {
      /* unreadable state: keep what is shown */
    }
  }
  /** A disabled fieldset or form disables the sheet. */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.doc.changed();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#changeTimer);
  }

  /** The page is printing: the paper version is shown, whatever the mode ({@link TsunaguSheet} follows the page). */
  protected get printing(): boolean {
    return false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A page that sets no policy (`sheet.policy = undefined`, an unset framework prop) gets the national defaults.
    this.policy ??= DEFAULT_POLICY;
    // Turning read-only or disabled removes the controls: the field being typed in is left first, as a user
    // leaves it, so its text is committed now rather than by a blur from a removed element mid-render.
    if (changed.has('mode') || changed.has('readonly') || changed.has('disabled'))
      (this.shadowRoot?.activeElement as HTMLElement | null)?.blur();
    if (changed.has('today')) this.doc.refreshEmpty();
    if (changed.has('mode')) this.doc.invalidate();
    this.drafts.openAs(this.draftKey, this.draftStorage, this.draftMaxAge, this.policy.drafts);
    const relocalized = this.#validatedIn !== this.locale;
    if (relocalized || ['name', 'policy', 'today', 'mode', 'draftKey', 'draftStorage', 'draftMaxAge'].some((k) => changed.has(k)))
      this.#revalidate();
    if (relocalized || changed.size > 0) this.doc.changed(); // every row may show it
  }

  /** Whether the whole sheet is read-only. */
  protected get isReadonly(): boolean {
    return this.readonly || this.mode === 'readonly' || this.mode === 'print' || this.printing;
  }
  protected get isDisabled(): boolean {
    return this.disabled || this.#formDisabled;
  }
  /** The sheet's own words in its locale. */
  protected get t(): UiStrings {
    return UI[this.locale];
  }
  /** The reference date for date rules: `today`, or today in the browser. */
  protected referenceDate(): string {
    return this.today || todayIso();
  }
  /** The core's issues with a code, whether or not their field was reached. */
  protected issuesWith(code: IssueCode): Issue[] {
    return this.issues.withCode(code);
  }
  /** Changes a value for the user: as an edit, with its messages shown. */
  protected editAndShow(path: IssuePath, value: unknown): void {
    this.issues.touch(path);
    this.edit(path, value);
  }
  /** Replaces the value at a path as the user edits. */
  protected edit(path: IssuePath, value: unknown): void {
    this.doc.edit(path, value);
    this.issues.editedAt(path);
    this.#revalidate();
    this.drafts.save(this.value);
    clearTimeout(this.#changeTimer);
    this.#changeTimer = setTimeout(() => this.dispatchEvent(new TsunaguChangeEvent<D>(this.value)), 300);
    this.requestUpdate();
  }

  #revalidate(): void {
    const result = this.validate();
    const shown = this.issues.shownKey();
    this.#validatedIn = this.locale;
    this.issues.set(result.issues);
    if (this.issues.shownKey() !== shown) this.doc.changed();
    const json = JSON.stringify(this.value);
    this.internals.setFormValue(this.name ? json : null, json); // a form posts it only under a name
    // The core's errors block a submit; the server's (shown until their field is edited) do not.
    const errors = this.issues.localErrors.length;
    const waiting = this.merge_?.pending ? this.merge_.title : '';
    this.internals.setValidity(errors || waiting ? { customError: true } : {}, errors ? `${this.t.summaryTitle} (${errors})` : waiting);
  }

  /** The browser fires submit only when every control, this sheet included, is valid. */
  #onFormSubmit = (): void => this.#succeed();

  #succeed(): void {
    const result = this.validate();
    if (!result.ok) return;
    // Kept, marked as sent, until the page says the server saved it (saved()) — a 422, a 500 or a lost
    // connection loses nothing.
    const kept = this.drafts.sent(result.value);
    this.#sent = result.value;
    this.issues.setServer([]);
    this.issues.submitted = false;
    this.doc.changed();
    // "Sending: the draft is kept" only when one is; the page says how it went (saved(), sendFailed()).
    this.drafts.notice = kept ? 'sending' : undefined;
    this.requestUpdate();
    this.dispatchEvent(new TsunaguSubmitEvent<D>(result.value));
  }

  #refuse(): void {
    if (this.merge_?.pending && this.validate().ok) return this.focus_.focusLater('merge-panel'); // choose first
    this.#showAllForSummary();
    this.issues.submitted = true;
    this.#revalidate();
    this.focus_.focusLater('error-summary');
    this.dispatchEvent(new TsunaguInvalidEvent(this.issues.errors));
  }

  /**
   * The error summary names fields by the labels they record as they render: rows of a long list not
   * rendered yet are rendered now, and the summary once more after them (row templates commit after it).
   */
  #showAllForSummary(): void {
    if (!this.progress_.showAll()) return;
    this.#relabel = true;
    void this.updateComplete; // renders the summary again once the rows are in (see getUpdateComplete)
  }
}
