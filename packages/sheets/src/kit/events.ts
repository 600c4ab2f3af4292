import type { Issue } from '@tsunagu/core';

/**
 * Fired (debounced) when the document changes as the user edits. `detail.value`
 * is the whole document — the only place personal data travels.
 * @public
 */
export class TsunaguChangeEvent<D = unknown> extends CustomEvent<{ value: D }> {
  static readonly type = 'tsunagu-change';
  constructor(value: D) {
    super(TsunaguChangeEvent.type, { detail: { value }, bubbles: true, composed: true });
  }
}

/** Fired when the user submits a valid document. @public */
export class TsunaguSubmitEvent<D = unknown> extends CustomEvent<{ value: D }> {
  static readonly type = 'tsunagu-submit';
  constructor(value: D) {
    super(TsunaguSubmitEvent.type, { detail: { value }, bubbles: true, composed: true });
  }
}

/**
 * Fired when a submit is refused. `detail.issues` carry codes, paths and
 * messages — never a value from the document.
 * @public
 */
export class TsunaguInvalidEvent extends CustomEvent<{ issues: readonly Issue[] }> {
  static readonly type = 'tsunagu-invalid';
  constructor(issues: readonly Issue[]) {
    super(TsunaguInvalidEvent.type, { detail: { issues }, bubbles: true, composed: true });
  }
}

/** A document of a case, as the case record names it when it is opened. @public */
export interface CaseDocumentRef {
  /** `referral`, `meeting` (support-sharing), `plan` (a plan version) or `assessment` (a household assessment). */
  readonly kind: 'referral' | 'meeting' | 'plan' | 'assessment';
  /** The document's id, when it has one. */
  readonly id?: string;
  /** Its place in the case's list (`referrals`, `meetings`, `plans`, `assessments`). */
  readonly index: number;
}

/**
 * Fired when the user asks to open a document of the case. Call
 * `preventDefault()` to open it in the portal (its own page, a dialog); left
 * alone, the case record shows it read-only in place when its sheet is defined
 * on the page. `detail` names the document — never its content.
 * @public
 */
export class TsunaguOpenDocumentEvent extends CustomEvent<CaseDocumentRef> {
  static readonly type = 'tsunagu-open-document';
  constructor(ref: CaseDocumentRef) {
    super(TsunaguOpenDocumentEvent.type, { detail: ref, bubbles: true, composed: true, cancelable: true });
  }
}

/** A plan's action of kind つなぎ, named by the plan version and the action. @public */
export interface TsunagiActionRef {
  /** The plan version's id, when it has one. */
  readonly planId?: string;
  readonly actionId: string;
}

/**
 * Fired by the action-plan sheet when the user asks to record the つなぎ of an action of kind つなぎ. The case record
 * showing the plan adds it to its case (`tsunagiFromAction`) and moves to its receiver; a portal showing the plan on
 * its own does the same in its store. `detail` names the action — never its content.
 * @public
 */
export class TsunaguStartTsunagiEvent extends CustomEvent<TsunagiActionRef> {
  static readonly type = 'tsunagu-start-tsunagi';
  constructor(ref: TsunagiActionRef) {
    super(TsunaguStartTsunagiEvent.type, { detail: ref, bubbles: true, composed: true });
  }
}

/**
 * Fired by the referral sheet when the worker says the person is one the portal already holds: `detail.index` is
 * their place in the sheet's `candidates`. The portal adds the referral to that person's case instead of opening a
 * new one. `detail` holds the index only — never a name.
 * @public
 */
export class TsunaguSamePersonEvent extends CustomEvent<{ index: number }> {
  static readonly type = 'tsunagu-same-person';
  constructor(index: number) {
    super(TsunaguSamePersonEvent.type, { detail: { index }, bubbles: true, composed: true });
  }
}

/**
 * Fired by `<tsunagu-resource-directory mode="pick">` when the worker picks a resource: `detail.id` is its id in the
 * directory. The sheets that embed the picker read the rest from the directory they were given. `detail` holds the
 * id only — never a name (an individual's is personal data).
 * @public
 */
export class TsunaguResourcePickEvent extends CustomEvent<{ id: string }> {
  static readonly type = 'tsunagu-resource-pick';
  constructor(id: string) {
    super(TsunaguResourcePickEvent.type, { detail: { id }, bubbles: true, composed: true });
  }
}

/** A 地域課題 raised from the register: its theme, area and field, and a summary of counts and resource names. @public */
export interface RaisedTheme {
  readonly theme: string;
  readonly area?: string;
  readonly field?: string;
  readonly summary: string;
}

/**
 * Fired by `<tsunagu-community-issues>` when a line is raised to a meeting. The portal adds it to a session
 * (`<tsunagu-meeting-session>.raiseTheme(e.detail)`). Counts and resource names only, masked for personal data.
 * @public
 */
export class TsunaguRaiseThemeEvent extends CustomEvent<RaisedTheme> {
  static readonly type = 'tsunagu-raise-theme';
  constructor(detail: RaisedTheme) {
    super(TsunaguRaiseThemeEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'tsunagu-raise-theme': TsunaguRaiseThemeEvent;
    'tsunagu-resource-pick': TsunaguResourcePickEvent;
    'tsunagu-same-person': TsunaguSamePersonEvent;
    'tsunagu-start-tsunagi': TsunaguStartTsunagiEvent;
    'tsunagu-change': TsunaguChangeEvent;
    'tsunagu-submit': TsunaguSubmitEvent;
    'tsunagu-invalid': TsunaguInvalidEvent;
    'tsunagu-open-document': TsunaguOpenDocumentEvent;
    'tsunagu-export': TsunaguExportEvent;
  }
}

/** What an export of the report view produced: the file, its name and format. @public */
export interface ReportExport {
  readonly format: 'csv' | 'xlsx';
  readonly filename: string;
  readonly file: Blob;
}

/**
 * Fired by the report view when an export button has made its file. Cancel it
 * (`preventDefault()`) to save or send the file yourself; otherwise the
 * browser downloads it. The file holds counts only: the report carries no
 * personal data.
 * @public
 */
export class TsunaguExportEvent extends CustomEvent<ReportExport> {
  static readonly type = 'tsunagu-export';
  constructor(detail: ReportExport) {
    super(TsunaguExportEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}
