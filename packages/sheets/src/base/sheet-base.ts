import { LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  DEFAULT_POLICY,
  SCHEMA_VERSION,
  extendVocabulary,
  fillMessage,
  formatDate,
  halfWidthDigits,
  parseDateInput,
  parseTimeInput,
  resolvePolicy,
  todayIso,
  type Issue,
  type Locale,
  type MunicipalPolicy,
  type ResolvedPolicy,
  type RuleCode,
  type ValidateOptions,
  type ValidationResult,
  type Vocabulary,
  type VocabularyName,
} from '@tsunagu/core';
import { guard } from 'lit/directives/guard.js';
import { DraftStore, type SaveResult } from './draft';
import { TsunaguChangeEvent, TsunaguInvalidEvent, TsunaguSubmitEvent } from './events';
import { fieldId, getIn, setIn, withShape, type Path } from './paths';
import { PRINT_PAGE_CSS, sheetStyles } from './styles';
import { UI, type UiStrings } from './ui-strings';

/** How a sheet is shown. @public */
export type SheetMode = 'edit' | 'response' | 'readonly' | 'print';

/** Options shared by the field helpers. */
export interface FieldOptions {
  required?: boolean;
  hint?: string;
  /** Read-only even when the sheet is editable (e.g. the referral in response mode). */
  locked?: boolean;
  autocomplete?: string;
  type?: 'text' | 'tel' | 'email';
  narrow?: boolean;
}

/** A repeatable group of rows. */
export interface RowsOptions<R> {
  /** Group label, e.g. 世帯員. */
  label: string;
  /** The name of one row for announcements and buttons, e.g. 世帯員2. */
  itemLabel: (index: number) => string;
  create: () => R;
  renderRow: (rowPath: Path, index: number) => TemplateResult;
  /** Label of the add button. */
  addLabel: string;
  locked?: boolean;
  max?: number;
  /** What the rows show besides their own data (choices built from other parts of the document). */
  deps?: readonly unknown[];
}

let printPageInstalled = false;
function installPrintPage(doc: Document): void {
  if (printPageInstalled || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PRINT_PAGE_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  printPageInstalled = true;
}

/**
 * The base of every tsunagu sheet: a form-associated element whose value is a
 * typed document, validated only by `@tsunagu/core` under a municipal policy.
 *
 * - `name`: the document (JSON) goes into the enclosing form's FormData.
 * - An invalid sheet blocks the form's submit, shows the error summary and moves focus to it.
 * - Errors appear after the user leaves a field or submits, never on first paint; warnings never block.
 * - `draft-key`: autosave to browser storage; restored after a reload or crash; cleared after a submit.
 *
 * @csspart sheet - The sheet's outer container.
 * @csspart error-summary - The error summary shown after a refused submit.
 * @csspart section - Each section of the sheet.
 * @csspart button - Every button.
 * @csspart notice - Draft and status notices.
 *
 * @cssprop [--tsunagu-color-primary=#0017c1] - Primary colour (buttons, checked boxes).
 * @cssprop [--tsunagu-color-link=#00118f] - Link colour.
 * @cssprop [--tsunagu-color-error=#ec0000] - Error borders.
 * @cssprop [--tsunagu-color-error-text=#ce0000] - Error text.
 * @cssprop [--tsunagu-color-warning-bg=#fff8e0] - Warning background.
 * @cssprop [--tsunagu-color-warning-text=#5c4400] - Warning text.
 * @cssprop [--tsunagu-color-text=#1a1a1a] - Text colour.
 * @cssprop [--tsunagu-color-muted=#4d4d4d] - Hints and optional marks.
 * @cssprop [--tsunagu-color-border=#767676] - Input borders.
 * @cssprop [--tsunagu-color-background=#ffffff] - Sheet background.
 * @cssprop [--tsunagu-color-surface=#f2f2f7] - Row and notice background.
 * @cssprop [--tsunagu-color-focus-ring=#ffd43d] - The yellow ring around the black focus outline.
 * @cssprop [--tsunagu-font-family] - Font family (Noto Sans JP, then system fonts).
 * @cssprop [--tsunagu-font-size=16px] - Base font size.
 * @cssprop [--tsunagu-line-height=1.7] - Line height.
 * @cssprop [--tsunagu-input-height=48px] - Height of inputs.
 * @cssprop [--tsunagu-radius=8px] - Corner radius.
 * @cssprop [--tsunagu-space=16px] - Base spacing.
 * @cssprop [--tsunagu-max-width=46rem] - Maximum width of the sheet.
 */
export abstract class TsunaguSheet<D extends object> extends LitElement {
  static formAssociated = true;
  static override styles: CSSResultGroup = sheetStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: false };

  static override properties: PropertyDeclarations = {
    name: { type: String, reflect: true },
    mode: { type: String, reflect: true },
    readonly: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    draftKey: { type: String, attribute: 'draft-key' },
    draftStorage: { type: String, attribute: 'draft-storage' },
    today: { type: String },
    policy: { attribute: false },
    value: { attribute: false, noAccessor: true },
    _issues: { state: true },
    _submitted: { state: true },
    _notice: { state: true },
    _announcement: { state: true },
  };

  /** Name under which the document (JSON) goes into the form's FormData. */
  declare name: string;
  /**
   * `edit` (default), `response` (the coordinator's part is editable, the rest
   * read-only), `readonly`, or `print` (a read-only sheet laid out for A4).
   */
  declare mode: SheetMode;
  /** Shows the document read-only (same as `mode="readonly"`). */
  declare readonly: boolean;
  /** Disables the sheet; also set by a disabled `<fieldset>` around it. */
  declare disabled: boolean;
  /** Autosave key; drafts are kept in browser storage under it until a successful submit. */
  declare draftKey: string | undefined;
  /** `local` (default: survives closing the browser) or `session` (this tab only). */
  declare draftStorage: 'local' | 'session';
  /** The reference date for date rules (ISO); today when unset. */
  declare today: string | undefined;
  /** The municipal policy for validation and display; the national defaults when unset. */
  declare policy: MunicipalPolicy;

  protected declare _issues: readonly Issue[];
  /** The issues by path key, rebuilt on each validation: fields look theirs up in O(1). */
  private _issuesByPath = new Map<string, Issue[]>();
  protected declare _submitted: boolean;
  protected declare _notice: { kind: 'restored' | 'unavailable' | 'full' | 'conflict' | 'submitted'; } | undefined;
  protected declare _announcement: string;

  protected readonly internals: ElementInternals;
  private _doc: D;
  private _initial: D;
  /** The document is the empty one the sheet made itself, untouched: re-made when `today` changes. */
  private _pristine = true;
  private _touched = new Set<string>();
  /** Text as typed where the stored value differs (dates, name lists), until the field is left. */
  private _typedText = new Map<string, string>();
  private _labels = new Map<string, string>();
  private _draft: DraftStore<D> | undefined;
  private _changeTimer: ReturnType<typeof setTimeout> | undefined;
  private _formDisabled = false;
  private _focusSummary = false;
  private _focusAfterRender: string | undefined;
  private _form: HTMLFormElement | null = null;
  /** Inside checkValidity(): the invalid event it fires is not a submit attempt. */
  private _quietCheck = false;
  /** The locale, fixed for the duration of one render (every field asks for it). */
  private _localeMemo: Locale | undefined;
  private _open = new Set<string>();

  /** The document kind's empty document. */
  protected abstract emptyDocument(today: string): D;
  /** Validation through the core. */
  protected abstract runValidation(doc: unknown, options: ValidateOptions): ValidationResult<D>;
  /** The sheet's sections. */
  protected abstract renderSheet(): TemplateResult;
  /** The sheet's title. */
  protected abstract sheetTitle(): string;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.name = '';
    this.mode = 'edit';
    this.readonly = false;
    this.disabled = false;
    this.draftKey = undefined;
    this.draftStorage = 'local';
    this.today = undefined;
    this.policy = DEFAULT_POLICY;
    this._issues = [];
    this._submitted = false;
    this._notice = undefined;
    this._announcement = '';
    this._doc = this.emptyDocument(this.referenceDate());
    this._initial = this._doc;
    this.addEventListener('invalid', this.onInvalid);
  }

  // ---------------------------------------------------------------- public API

  /** The document: settable (loads it, clearing what is shown) and gettable (what the user has entered). */
  get value(): D {
    return this._doc;
  }
  set value(doc: D | undefined) {
    const old = this._doc;
    this._doc = doc ?? this.emptyDocument(this.referenceDate());
    this._initial = this._doc;
    this._pristine = doc === undefined;
    this._touched.clear();
    this._typedText.clear();
    this._submitted = false;
    this.revalidate();
    this.requestUpdate('value', old);
  }

  /**
   * The document as the sheet renders it: every container present and of the
   * right kind (see `withShape`), whatever `value` was set to.
   */
  protected get view(): D {
    if (this._viewOf !== this._doc) {
      this._view = withShape(this._doc, this.emptyDocument(this.referenceDate()));
      this._viewOf = this._doc;
    }
    return this._view as D;
  }
  private _view: D | undefined;
  private _viewOf: D | undefined;

  /** Validates the current document with the core, under the sheet's policy and locale. */
  validate(): ValidationResult<D> {
    return this.runValidation(this._doc, this.validateOptions());
  }

  /** The locale of messages and labels: from `lang` on the sheet or its nearest ancestor. */
  get locale(): Locale {
    return this._localeMemo ?? this.computeLocale();
  }

  private computeLocale(): Locale {
    const lang = this.closest('[lang]')?.getAttribute('lang') ?? '';
    return lang.toLowerCase().startsWith('en') ? 'en' : 'ja';
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
    this._quietCheck = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this._quietCheck = false;
    }
  }
  /** Like `checkValidity()`; an invalid sheet shows its error summary and focuses it. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /**
   * Submits: inside a form, asks the form to submit (the browser checks the
   * sheet's validity first); alone, validates and fires `tsunagu-submit` or
   * `tsunagu-invalid`.
   */
  submit(): void {
    const form = this.internals.form;
    if (form) {
      form.requestSubmit();
      return;
    }
    this.attemptSubmit();
  }

  // ----------------------------------------------------------- form lifecycle

  /** Form reset: back to the document the page set (or an empty one); the draft is cleared. */
  formResetCallback(): void {
    this.value = this._initial;
    this._draft?.clear();
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
    this._formDisabled = disabled;
    this.requestUpdate();
  }

  // --------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    installPrintPage(this.ownerDocument);
    this._form = this.internals.form ?? this.closest('form');
    this._form?.addEventListener('submit', this.onFormSubmit);
    globalThis.addEventListener?.('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._form?.removeEventListener('submit', this.onFormSubmit);
    this._form = null;
    globalThis.removeEventListener?.('storage', this.onStorage);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('today') && this._pristine) {
      this._doc = this.emptyDocument(this.referenceDate());
      this._initial = this._doc;
    }
    if (changed.has('draftKey') || changed.has('draftStorage')) this.openDraft();
    if (changed.has('policy') || changed.has('today') || changed.has('value') || !this.hasUpdated) this.revalidate();
  }

  protected override updated(): void {
    if (this._focusSummary) {
      this._focusSummary = false;
      const summary = this.renderRoot.querySelector<HTMLElement>('.error-summary');
      summary?.focus();
      summary?.scrollIntoView?.({ block: 'start' });
    }
    if (this._focusAfterRender) {
      const el = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this._focusAfterRender)}`);
      this._focusAfterRender = undefined;
      el?.focus();
    }
  }

  // ---------------------------------------------------------------- internals

  /** Is the whole sheet read-only? */
  protected get isReadonly(): boolean {
    return this.readonly || this.mode === 'readonly' || this.mode === 'print';
  }

  protected get isDisabled(): boolean {
    return this.disabled || this._formDisabled;
  }

  protected get t(): UiStrings {
    return UI[this.locale];
  }

  protected referenceDate(): string {
    return this.today || todayIso();
  }

  protected validateOptions(): ValidateOptions {
    return { locale: this.locale, policy: this.policy, today: this.referenceDate() };
  }

  private revalidate(): void {
    const result = this.validate();
    this._issues = result.issues;
    this._issuesByPath = new Map();
    for (const issue of result.issues) {
      const key = issue.path.join('.');
      const list = this._issuesByPath.get(key);
      if (list) list.push(issue);
      else this._issuesByPath.set(key, [issue]);
    }
    const errors = result.issues.filter((i) => i.severity === 'error');
    const json = JSON.stringify(this._doc);
    this.internals.setFormValue(this.name ? json : null, json);
    if (errors.length > 0) {
      this.internals.setValidity({ customError: true }, `${this.t.summaryTitle} (${errors.length})`);
    } else {
      this.internals.setValidity({});
    }
  }

  /** Replaces the value at a path as the user edits. */
  protected edit(path: Path, value: unknown): void {
    this._pristine = false;
    this._doc = setIn(this._doc, path, value);
    this.revalidate();
    this.saveDraft();
    this.scheduleChange();
    this.requestUpdate();
  }

  protected at(path: Path): unknown {
    return getIn(this._doc, path);
  }

  private _resolved?: { readonly policy: MunicipalPolicy; readonly resolved: ResolvedPolicy };

  /**
   * Whether a rule blocks a submit under the sheet's policy. A field that a
   * rule requires is marked 必須 (and `aria-required`) only then: a municipality
   * that makes the rule a warning, or turns it off, does not see a false mark.
   */
  protected requires(code: RuleCode): boolean {
    if (this._resolved?.policy !== this.policy) this._resolved = { policy: this.policy, resolved: resolvePolicy(this.policy) };
    return this._resolved.resolved.rules[code] === 'error';
  }

  /** A code list with the policy's additions (a municipality's own codes). */
  protected codeList(name: VocabularyName, list: Vocabulary): Vocabulary {
    return extendVocabulary(name, list, this.policy.vocabularies);
  }

  /** Text at a path, or '' when it is missing or not text. */
  protected textAt(path: Path): string {
    const v = this.at(path);
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
  }

  /** A list at a path, or [] when it is missing or not a list. */
  protected listAt<T>(path: Path): T[] {
    const v = this.at(path);
    return Array.isArray(v) ? (v as T[]) : [];
  }

  private scheduleChange(): void {
    clearTimeout(this._changeTimer);
    this._changeTimer = setTimeout(() => this.dispatchEvent(new TsunaguChangeEvent<D>(this._doc)), 300);
  }

  private touch(path: Path): void {
    const key = path.join('.');
    if (this._touched.has(key)) return;
    this._touched.add(key);
    // After a submit every issue is shown already: nothing changes on screen.
    if (!this._submitted) this.requestUpdate();
  }

  /** Issues with a code, whether or not the user has reached their field yet. */
  protected issuesWithCode(code: string): Issue[] {
    return this._issues.filter((i) => i.code === code);
  }

  /** Marks a path as visited, so its messages show (used when a sheet changes a value for the user). */
  protected markTouched(path: Path): void {
    this.touch(path);
  }

  /** The issues to show at a path: after the user left the field, or after a submit. */
  protected issuesAt(path: Path): Issue[] {
    const key = path.join('.');
    if (!this._submitted && !this._touched.has(key)) return [];
    return this._issuesByPath.get(key) ?? [];
  }

  // ------------------------------------------------------------------ submit

  private onFormSubmit = (): void => {
    // The browser fires submit only when every control, this sheet included, is valid.
    this.succeed();
  };

  private onInvalid = (event: Event): void => {
    if (this._quietCheck) return;
    event.preventDefault(); // our summary replaces the browser's bubble
    this.refuse();
  };

  private attemptSubmit(): void {
    const result = this.validate();
    if (result.ok) this.succeed();
    else this.refuse();
  }

  private succeed(): void {
    const result = this.validate();
    if (!result.ok) return;
    this._draft?.clear();
    this._submitted = false;
    this._notice = { kind: 'submitted' };
    this.dispatchEvent(new TsunaguSubmitEvent<D>(result.value));
  }

  private refuse(): void {
    this._submitted = true;
    this._focusSummary = true;
    this.revalidate();
    this.dispatchEvent(new TsunaguInvalidEvent(this._issues.filter((i) => i.severity === 'error')));
    this.requestUpdate();
  }

  // ------------------------------------------------------------------- drafts

  private openDraft(): void {
    this._draft = this.draftKey ? new DraftStore<D>(this.draftKey, this.draftStorage === 'session' ? 'session' : 'local') : undefined;
    if (!this._draft) return;
    if (!this._draft.available) {
      this._notice = { kind: 'unavailable' };
      return;
    }
    const stored = this._draft.load();
    if (stored) {
      this._pristine = false;
      // A draft written by an older schema version is kept readable: the core reports what no longer fits.
      this._doc = { ...stored.doc, schemaVersion: SCHEMA_VERSION } as D;
      this._notice = { kind: 'restored' };
      this.revalidate();
    }
  }

  /** Saves on every edit (and only then): an untouched or discarded sheet leaves no draft. */
  private saveDraft(force = false): void {
    if (!this._draft) return;
    const result: SaveResult = this._draft.save(this._doc, SCHEMA_VERSION, force);
    if (result === 'saved') {
      if (this._notice && this._notice.kind !== 'restored') this._notice = undefined;
    } else this._notice = { kind: result };
  }

  private onStorage = (event: StorageEvent): void => {
    if (!this._draft || event.key !== this._draft.storageKey || event.newValue === null) return;
    try {
      const other = JSON.parse(event.newValue) as { writer?: string };
      if (other.writer && other.writer !== this._draft.writer) this._notice = { kind: 'conflict' };
    } catch {
      /* ignore unreadable records */
    }
  };

  private keepMine(): void {
    this.saveDraft(true);
    this._notice = undefined;
  }

  private loadOther(): void {
    const stored = this._draft?.load();
    if (stored) this._doc = stored.doc;
    this._notice = undefined;
    this.revalidate();
    this.requestUpdate();
  }

  private discardDraft(): void {
    this._draft?.clear();
    this._doc = this._initial;
    this._touched.clear();
    this._typedText.clear();
    this._notice = undefined;
    this.revalidate();
    this.requestUpdate();
  }

  // ------------------------------------------------------------------ render

  protected override render(): TemplateResult {
    this._localeMemo = this.computeLocale();
    try {
      return this.renderAll();
    } finally {
      this._localeMemo = undefined;
    }
  }

  private renderAll(): TemplateResult {
    // Fields first: they record their labels for the summary. Labels are kept across renders:
    // rows skipped by guard() do not record theirs again, and a path's label never changes.
    const body = this.renderSheet();
    const errors = this._submitted ? this._issues.filter((i) => i.severity === 'error') : [];
    const warnings = this._submitted ? this._issues.filter((i) => i.severity === 'warning') : [];
    const t = this.t;
    return html`
      <div part="sheet" class="sheet mode-${this.mode}" lang=${this.locale}>
        <div class="sheet-header">
          <h2>${this.sheetTitle()}</h2>
          ${this.isReadonly ? html`<span class="badge">${t.readonlyBadge}</span>` : nothing}
        </div>
        ${this.renderNotice()}
        ${errors.length > 0
          ? html`<div class="error-summary" part="error-summary" role="group" tabindex="-1" aria-labelledby="error-summary-title">
              <h2 id="error-summary-title">${t.summaryTitle}</h2>
              <p>${t.summaryIntro}</p>
              <ul>
                ${errors.map((i) => html`<li><a href="#${this.anchorFor(i.path)}" @click=${(e: Event) => this.goTo(e, i.path)}>${this.summaryText(i)}</a></li>`)}
              </ul>
            </div>`
          : nothing}
        ${warnings.length > 0
          ? html`<div class="warning-summary" role="status">
              <p><strong>${t.warningsTitle}</strong></p>
              <ul>
                ${warnings.map((i) => html`<li><a href="#${this.anchorFor(i.path)}" @click=${(e: Event) => this.goTo(e, i.path)}>${this.summaryText(i)}</a></li>`)}
              </ul>
            </div>`
          : nothing}
        ${body}
        ${this.isReadonly
          ? nothing
          : html`<div class="actions no-print">
              <button type="button" class="primary" part="button" ?disabled=${this.isDisabled} @click=${() => this.submit()}>${t.submit}</button>
            </div>`}
        <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      </div>
    `;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const n = this._notice;
    if (!n) return nothing;
    const t = this.t;
    switch (n.kind) {
      case 'restored':
        return html`<div class="notice" part="notice" role="status">
          ${t.draftRestored}
          <button type="button" class="link" part="button" @click=${() => this.discardDraft()}>${t.discardDraft}</button>
        </div>`;
      case 'unavailable':
        return html`<div class="notice alert" part="notice" role="status">${t.draftUnavailable}</div>`;
      case 'full':
        return html`<div class="notice alert" part="notice" role="status">${t.draftFull}</div>`;
      case 'conflict':
        return html`<div class="notice alert" part="notice" role="alert">
          <p>${t.draftConflict}</p>
          <div class="row-actions">
            <button type="button" part="button" @click=${() => this.keepMine()}>${t.keepMine}</button>
            <button type="button" part="button" @click=${() => this.loadOther()}>${t.loadOther}</button>
          </div>
        </div>`;
      case 'submitted':
        return html`<div class="notice" part="notice" role="status">${t.submitted}</div>`;
    }
  }

  /** Generic messages ("入力してください。") need the field's label; rule messages already name their field. */
  private summaryText(issue: Issue): string {
    const generic = /^(field|structure|vocabulary|document)\./.test(issue.code);
    const label = generic ? this.labelFor(issue.path) : undefined;
    return label ? `${label}：${issue.message}` : issue.message;
  }

  /** The label of the field at a path, or of its nearest labelled ancestor. */
  private labelFor(path: Path): string | undefined {
    for (let n = path.length; n >= 0; n--) {
      const l = this._labels.get(path.slice(0, n).join('.'));
      if (l) return l;
    }
    return undefined;
  }

  private anchorFor(path: Path): string {
    for (let n = path.length; n >= 0; n--) {
      const key = path.slice(0, n).join('.');
      if (this._labels.has(key)) return fieldId(path.slice(0, n));
    }
    return fieldId(path);
  }

  private async goTo(event: Event, path: Path): Promise<void> {
    event.preventDefault();
    const el = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.anchorFor(path))}`);
    if (!el) return;
    const closed = el.closest<HTMLElement>('.collapsible-body[hidden]');
    if (closed?.dataset['key']) {
      this._open.add(closed.dataset['key']);
      this.requestUpdate();
      await this.updateComplete;
    }
    const target = el.matches('input, select, textarea, button') ? el : el.querySelector<HTMLElement>('input, select, textarea, button') ?? el;
    target.scrollIntoView?.({ block: 'center' });
    target.focus();
  }

  // ----------------------------------------------------------- field helpers

  private record(path: Path, label: string): string {
    this._labels.set(path.join('.'), label);
    return fieldId(path);
  }

  private marks(o: FieldOptions): TemplateResult {
    return o.required ? html`<span class="req">${this.t.required}</span>` : html``;
  }

  /** Inline messages and their ids for aria-describedby. */
  private messages(path: Path, id: string): { ids: string; tpl: TemplateResult | typeof nothing; invalid: boolean } {
    const issues = this.issuesAt(path);
    const errors = issues.filter((i) => i.severity === 'error');
    const warnings = issues.filter((i) => i.severity === 'warning');
    if (issues.length === 0) return { ids: '', tpl: nothing, invalid: false };
    return {
      ids: `${id}-msg`,
      invalid: errors.length > 0,
      tpl: html`<div id="${id}-msg">
        ${errors.map((i) => html`<p class="error-message">＊${i.message}</p>`)}
        ${warnings.map((i) => html`<p class="warning-message">${this.t.warning}${i.message}</p>`)}
      </div>`,
    };
  }

  private describedBy(...ids: string[]): string | typeof nothing {
    const s = ids.filter(Boolean).join(' ');
    return s || nothing;
  }

  /** The frame every field shares: label with its 必須 mark, hint, the control, and its messages. */
  private frame(
    id: string,
    label: string,
    o: FieldOptions,
    hint: string | undefined,
    m: { tpl: TemplateResult | typeof nothing },
    control: TemplateResult,
  ): TemplateResult {
    return html`<div class="field" part="field">
      <label for=${id}>${label}${this.marks(o)}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${control}
      ${m.tpl}
    </div>`;
  }

  private readonlyValue(id: string, label: string, text: string, o: FieldOptions): TemplateResult {
    return html`<div class="field" part="field">
      <span class="label" id="${id}-label">${label}</span>
      <div class="value" id=${id} role="textbox" aria-readonly="true" aria-labelledby="${id}-label" tabindex="-1">${text || this.t.none}</div>
      ${o.hint && !this.isReadonly ? html`<p class="hint">${o.hint}</p>` : nothing}
    </div>`;
  }

  /** A labelled one-line text field. */
  protected textField(path: Path, label: string, o: FieldOptions = {}): TemplateResult {
    const id = this.record(path, label);
    const value = this.textAt(path);
    if (this.isReadonly || o.locked) return this.readonlyValue(id, label, value, o);
    const m = this.messages(path, id);
    return this.frame(id, label, o, o.hint, m, html`<input
          id=${id}
          type=${o.type ?? 'text'}
          class=${o.narrow ? 'narrow' : ''}
          .value=${value}
          autocomplete=${o.autocomplete ?? 'off'}
          ?disabled=${this.isDisabled}
          aria-required=${o.required ? 'true' : nothing}
          aria-invalid=${m.invalid ? 'true' : nothing}
          aria-describedby=${this.describedBy(o.hint ? `${id}-hint` : '', m.ids)}
          @input=${(e: Event) => this.edit(path, (e.target as HTMLInputElement).value || undefined)}
          @blur=${() => this.touch(path)}
        />`);
  }

  /** A labelled multi-line text field. */
  protected textArea(path: Path, label: string, o: FieldOptions = {}): TemplateResult {
    const id = this.record(path, label);
    const value = this.textAt(path);
    if (this.isReadonly || o.locked) return this.readonlyValue(id, label, value, o);
    const m = this.messages(path, id);
    return this.frame(id, label, o, o.hint, m, html`<textarea
          id=${id}
          .value=${value}
          ?disabled=${this.isDisabled}
          aria-required=${o.required ? 'true' : nothing}
          aria-invalid=${m.invalid ? 'true' : nothing}
          aria-describedby=${this.describedBy(o.hint ? `${id}-hint` : '', m.ids)}
          @input=${(e: Event) => this.edit(path, (e.target as HTMLTextAreaElement).value || undefined)}
          @blur=${() => this.touch(path)}
        ></textarea>`);
  }

  /**
   * A list of named things (agencies) edited as one line of names separated
   * by 、 or commas. Other data recorded for a name (its field) is kept.
   */
  protected nameListField(path: Path, label: string, o: FieldOptions = {}): TemplateResult {
    const id = this.record(path, label);
    const items = this.listAt<{ name: string }>(path).filter((i) => i !== null && typeof i === 'object' && typeof i.name === 'string');
    const key = path.join('.');
    const text = this._typedText.get(key) ?? items.map((i) => i.name).join('、');
    if (this.isReadonly || o.locked) return this.readonlyValue(id, label, items.map((i) => i.name).join('、'), o);
    const m = this.messages(path, id);
    return this.frame(id, label, o, o.hint, m, html`<input id=${id} type="text" .value=${text} ?disabled=${this.isDisabled} autocomplete="off"
          aria-invalid=${m.invalid ? 'true' : nothing}
          aria-describedby=${this.describedBy(o.hint ? `${id}-hint` : '', m.ids)}
          @input=${(e: Event) => {
            const raw = (e.target as HTMLInputElement).value;
            this._typedText.set(key, raw);
            const names = raw.split(/[、,，]/).map((n) => n.trim()).filter(Boolean);
            const next = names.map((name) => items.find((i) => i.name === name) ?? { name });
            this.edit(path, next.length ? next : undefined);
          }}
          @blur=${() => { this._typedText.delete(key); this.touch(path); }}
        />`);
  }

  /**
   * A time of day (HH:MM). Full-width digits and colons, and 9:30 for 09:30,
   * are accepted; other text is kept as typed and reported by the core.
   */
  protected timeField(path: Path, label: string, o: FieldOptions = {}): TemplateResult {
    const id = this.record(path, label);
    const value = this.textAt(path);
    if (this.isReadonly || o.locked) return this.readonlyValue(id, label, value, o);
    const m = this.messages(path, id);
    const hint = o.hint ?? this.t.timeHint;
    return this.frame(id, label, o, hint, m, html`<input id=${id} type="text" class="narrow" inputmode="numeric" .value=${value} ?disabled=${this.isDisabled} autocomplete="off"
          aria-invalid=${m.invalid ? 'true' : nothing}
          aria-describedby=${this.describedBy(`${id}-hint`, m.ids)}
          @input=${(e: Event) => {
            // The core reads the time (full-width digits, 9:30); other text is kept as typed and reported.
            const raw = (e.target as HTMLInputElement).value;
            const parsed = parseTimeInput(raw);
            this.edit(path, parsed.ok ? parsed.value : raw.trim() === '' ? undefined : raw);
          }}
          @blur=${() => this.touch(path)}
        />`);
  }

  /** Everything outside a row's own data that every row's rendering depends on. */
  private get renderContext(): string {
    return `${this.locale}|${this.mode}|${this.readonly}|${this.isDisabled}|${this._submitted}`;
  }

  /**
   * What each row shows of the sheet's state — its shown issues and text typed
   * but not yet stored — by row index, in one pass over the issues.
   */
  private rowSignatures(rowsPath: Path): Map<number, string> {
    const prefix = `${rowsPath.join('.')}.`;
    const sigs = new Map<number, string>();
    const add = (key: string, part: string) => {
      const rest = key.slice(prefix.length);
      const index = Number(rest.slice(0, rest.indexOf('.') >>> 0));
      if (!Number.isInteger(index)) return;
      sigs.set(index, (sigs.get(index) ?? '') + part);
    };
    for (const [key, issues] of this._issuesByPath) {
      if (key.startsWith(prefix) && (this._submitted || this._touched.has(key))) add(key, `${key}:${issues.map((i) => i.code).join(',')};`);
    }
    for (const [key, text] of this._typedText) if (key.startsWith(prefix)) add(key, `${key}=${text};`);
    return sigs;
  }

  /** A whole number. */
  protected numberField(path: Path, label: string, o: FieldOptions = {}): TemplateResult {
    const id = this.record(path, label);
    const value = this.at(path);
    // Text that is not a number (八十) is kept and shown as typed, with the core's error.
    const text = typeof value === 'number' ? String(value) : this.textAt(path);
    if (this.isReadonly || o.locked) return this.readonlyValue(id, label, text, o);
    const m = this.messages(path, id);
    return this.frame(id, label, o, o.hint, m, html`<input id=${id} type="text" inputmode="numeric" class="narrow" .value=${text} ?disabled=${this.isDisabled}
          aria-invalid=${m.invalid ? 'true' : nothing}
          aria-describedby=${this.describedBy(o.hint ? `${id}-hint` : '', m.ids)}
          @input=${(e: Event) => {
            const raw = halfWidthDigits((e.target as HTMLInputElement).value).trim();
            // Not a number: keep the text so nothing typed is lost; the core reports it.
            this.edit(path, raw === '' ? undefined : /^\d+$/.test(raw) ? Number(raw) : raw);
          }}
          @blur=${() => this.touch(path)}
        />`);
  }

  /**
   * A date typed as a person writes it: 2025-04-01, 2025/4/1, 令和7年4月1日,
   * R7.4.1. Stored as ISO; shown in the municipality's style once the field is
   * left. Unreadable text is kept as typed and reported by the core.
   */
  protected dateField(path: Path, label: string, o: FieldOptions = {}): TemplateResult {
    const id = this.record(path, label);
    const key = path.join('.');
    const stored = this.textAt(path) || undefined;
    const style = this.policy.dateDisplay === 'wareki' ? 'wareki' : 'western';
    const shown = this._typedText.get(key) ?? (stored ? formatDate(stored, style) : '');
    if (this.isReadonly || o.locked) return this.readonlyValue(id, label, stored ? formatDate(stored, style) : '', o);
    const m = this.messages(path, id);
    const hint = o.hint ?? this.t.dateHint;
    return this.frame(id, label, o, hint, m, html`<input id=${id} type="text" class="narrow" .value=${shown} ?disabled=${this.isDisabled} autocomplete="off"
          aria-required=${o.required ? 'true' : nothing}
          aria-invalid=${m.invalid ? 'true' : nothing}
          aria-describedby=${this.describedBy(`${id}-hint`, m.ids)}
          @input=${(e: Event) => {
            const text = (e.target as HTMLInputElement).value;
            this._typedText.set(key, text);
            const parsed = parseDateInput(text);
            this.edit(path, parsed.ok ? parsed.value : text.trim() === '' ? undefined : text);
          }}
          @blur=${() => {
            const v = this.at(path);
            if (typeof v === 'string' && parseDateInput(v).ok) this._typedText.delete(key);
            this.touch(path);
          }}
        />`);
  }

  /** A select from a code list. */
  protected selectField(path: Path, label: string, list: Vocabulary, o: FieldOptions = {}): TemplateResult {
    const id = this.record(path, label);
    const value = this.textAt(path);
    const loc = this.locale;
    const entry = list.find((e) => e.code === value);
    if (this.isReadonly || o.locked) return this.readonlyValue(id, label, entry ? entry[loc] : value, o);
    const m = this.messages(path, id);
    return this.frame(id, label, o, o.hint, m, html`<select id=${id} class=${o.narrow ? 'narrow' : ''} ?disabled=${this.isDisabled}
          aria-required=${o.required ? 'true' : nothing}
          aria-invalid=${m.invalid ? 'true' : nothing}
          aria-describedby=${this.describedBy(o.hint ? `${id}-hint` : '', m.ids)}
          @change=${(e: Event) => { this.edit(path, (e.target as HTMLSelectElement).value || undefined); this.touch(path); }}
        >
          <option value="" ?selected=${value === ''}>${this.t.choose}</option>
          ${list.map((e) => html`<option value=${e.code} ?selected=${e.code === value}>${e[loc]}</option>`)}
          ${value && !entry ? html`<option value=${value} selected>${value}</option>` : nothing}
        </select>`);
  }

  /** Radio buttons from a code list, in a fieldset with a legend. */
  protected radioGroup(path: Path, label: string, list: Vocabulary, o: FieldOptions = {}): TemplateResult {
    const id = this.record(path, label);
    const value = this.textAt(path) || undefined;
    const loc = this.locale;
    if (this.isReadonly || o.locked) return this.paperChoices(id, label, list, value ? [value] : [], '◉', '○');
    const m = this.messages(path, id);
    return html`<fieldset id=${id} part="field"
        aria-invalid=${m.invalid ? 'true' : nothing}
        aria-describedby=${this.describedBy(o.hint ? `${id}-hint` : '', m.ids)}>
      <legend>${label}${this.marks(o)}</legend>
      ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
      <div class="choices">
        ${list.map((e) => html`<label class="choice">
          <input type="radio" name=${id} value=${e.code} .checked=${e.code === value} ?disabled=${this.isDisabled}
            @change=${() => { this.edit(path, e.code); this.touch(path); }} />
          <span>${e[loc]}</span>
        </label>`)}
      </div>
      ${m.tpl}
    </fieldset>`;
  }

  /** Checkboxes from a code list; the value is the list of checked codes. */
  protected checkboxGroup(path: Path, label: string, list: Vocabulary, o: FieldOptions = {}): TemplateResult {
    const id = this.record(path, label);
    const value = this.listAt<unknown>(path).filter((c): c is string => typeof c === 'string');
    const loc = this.locale;
    if (this.isReadonly || o.locked) return this.paperChoices(id, label, list, value, '☑', '☐');
    const m = this.messages(path, id);
    const toggle = (code: string, on: boolean) => {
      const next = on ? [...value.filter((c) => c !== code), code] : value.filter((c) => c !== code);
      // Keep the list's order, then unknown codes as they were.
      const ordered = [...list.map((e) => e.code).filter((c) => next.includes(c)), ...next.filter((c) => !list.some((e) => e.code === c))];
      this.edit(path, ordered.length ? ordered : undefined);
      this.touch(path);
    };
    return html`<fieldset id=${id} part="field"
        aria-invalid=${m.invalid ? 'true' : nothing}
        aria-describedby=${this.describedBy(o.hint ? `${id}-hint` : '', m.ids)}>
      <legend>${label}${this.marks(o)}</legend>
      ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
      <div class="choices">
        ${list.map((e) => html`<label class="choice">
          <input type="checkbox" value=${e.code} .checked=${value.includes(e.code)} ?disabled=${this.isDisabled}
            @change=${(ev: Event) => toggle(e.code, (ev.target as HTMLInputElement).checked)} />
          <span>${e[loc]}</span>
        </label>`)}
      </div>
      ${m.tpl}
    </fieldset>`;
  }

  /** A single yes/no checkbox. */
  protected checkbox(path: Path, label: string, o: FieldOptions = {}): TemplateResult {
    const id = this.record(path, label);
    const value = this.at(path) === true;
    if (this.isReadonly || o.locked) return this.readonlyValue(id, label, value ? this.t.yes : this.t.no, o);
    const m = this.messages(path, id);
    return html`<div class="field" part="field">
      <label class="choice" for=${id}>
        <input id=${id} type="checkbox" .checked=${value} ?disabled=${this.isDisabled}
          aria-invalid=${m.invalid ? 'true' : nothing}
          aria-describedby=${this.describedBy(m.ids)}
          @change=${(e: Event) => { this.edit(path, (e.target as HTMLInputElement).checked); this.touch(path); }} />
        <span>${label}${this.marks(o)}</span>
      </label>
      ${m.tpl}
    </div>`;
  }

  /** Choices printed like a paper form: ☑ checked ☐ not. */
  private paperChoices(id: string, label: string, list: Vocabulary, checked: readonly string[], on: string, off: string): TemplateResult {
    const loc = this.locale;
    const unknown = checked.filter((c) => !list.some((e) => e.code === c));
    return html`<div class="field" part="field" id=${id} role="group" aria-labelledby="${id}-label">
      <span class="label" id="${id}-label">${label}</span>
      <ul class="paper-choices">
        ${list.map((e) => {
          const yes = checked.includes(e.code);
          return html`<li class=${yes ? 'checked' : 'unchecked'}><span aria-hidden="true">${yes ? on : off} </span>${e[loc]}<span class="visually-hidden">${yes ? this.t.checked : this.t.unchecked}</span></li>`;
        })}
        ${unknown.map((c) => html`<li class="checked"><span aria-hidden="true">${on} </span>${c}<span class="visually-hidden">${this.t.checked}</span></li>`)}
      </ul>
    </div>`;
  }

  /** A repeatable group of rows: add, remove and reorder, all with buttons, announced to screen readers. */
  protected rows<R>(path: Path, o: RowsOptions<R>): TemplateResult {
    const id = this.record(path, o.label);
    const items = this.listAt<R>(path);
    const editable = !this.isReadonly && !o.locked;
    const m = this.messages(path, id);
    const announce = (text: string) => {
      this._announcement = '';
      // Let the live region see a change even for the same text twice.
      queueMicrotask(() => (this._announcement = text));
    };
    const signatures = this.rowSignatures(path);
    const context = this.renderContext;
    // Handlers read the rows when they run: a row kept by guard() keeps its old handlers.
    const current = () => this.listAt<R>(path);
    const add = () => {
      const rows = current();
      this.edit(path, [...rows, o.create()]);
      announce(fillMessage(this.t.rowAdded, { item: o.itemLabel(rows.length) }));
      this._focusAfterRender = `${id}-${rows.length}`;
    };
    const remove = (i: number) => {
      const rows = current();
      this.edit(path, rows.filter((_, k) => k !== i));
      announce(fillMessage(this.t.rowRemoved, { item: o.itemLabel(i) }));
      this._focusAfterRender = rows.length > 1 ? `${id}-${Math.min(i, rows.length - 2)}` : `${id}-add`;
    };
    const move = (i: number, to: number) => {
      const next = [...current()];
      const [row] = next.splice(i, 1);
      next.splice(to, 0, row as R);
      this.edit(path, next);
      announce(fillMessage(this.t.rowMoved, { item: o.itemLabel(i), position: to + 1 }));
      this._focusAfterRender = `${id}-${to}`;
    };
    return html`<div class="rows" id=${id} role="group" aria-labelledby="${id}-label">
      <h3 id="${id}-label">${o.label}</h3>
      ${m.tpl}
      ${items.map((item, i) => {
        const title = o.itemLabel(i);
        const signature = signatures.get(i) ?? '';
        // A row re-renders only when something it shows changed: a 200-action plan stays smooth.
        return guard([item, i, title, signature, context, this.policy, editable, i === items.length - 1, ...(o.deps ?? [])], () => html`<div class="row" part="row" role="group" aria-labelledby="${id}-${i}">
        <p class="row-title" id="${id}-${i}" tabindex="-1">${title}</p>
        ${o.renderRow([...path, i], i)}
        ${editable
          ? html`<div class="row-actions no-print">
              <button type="button" part="button" ?disabled=${this.isDisabled || i === 0} @click=${() => move(i, i - 1)} aria-label="${o.itemLabel(i)}：${this.t.moveUp}">${this.t.moveUp}</button>
              <button type="button" part="button" ?disabled=${this.isDisabled || i === items.length - 1} @click=${() => move(i, i + 1)} aria-label="${o.itemLabel(i)}：${this.t.moveDown}">${this.t.moveDown}</button>
              <button type="button" part="button" ?disabled=${this.isDisabled} @click=${() => remove(i)} aria-label="${o.itemLabel(i)}：${this.t.remove}">${this.t.remove}</button>
            </div>`
          : nothing}
      </div>`);
      })}
      ${editable
        ? html`<button type="button" part="button" id="${id}-add" class="no-print" ?disabled=${this.isDisabled || (o.max !== undefined && items.length >= o.max)} @click=${add}>${o.addLabel}</button>`
        : nothing}
    </div>`;
  }

  /**
   * A section whose body is collapsed until opened (or filled); always
   * expanded when printed or read-only.
   */
  protected collapsible(key: string, title: string, filled: boolean, body: TemplateResult): TemplateResult {
    const open = this.isReadonly || filled || this._open.has(key);
    const id = `c-${key}`;
    return html`<section part="section">
      <h3 id="${id}-title">${title}</h3>
      ${this.isReadonly
        ? nothing
        : html`<button type="button" class="link no-print" part="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id}
            @click=${() => { if (this._open.has(key)) this._open.delete(key); else this._open.add(key); this.requestUpdate(); }}>
            ${open ? this.t.hideDetails : this.t.showDetails}
          </button>`}
      <div id=${id} class="collapsible-body" data-key=${key} ?hidden=${!open}>${body}</div>
    </section>`;
  }
}
