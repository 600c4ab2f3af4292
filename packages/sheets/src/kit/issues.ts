import type { Issue, IssueCode, IssuePath } from '@tsunagu/core';
import { fieldId } from './paths';

const keyOf = (path: IssuePath): string => path.join('.');

/**
 * What the form shows of the core's issues: an issue appears at its field after
 * the user has left that field (touched) or tried to submit, never on first
 * paint. Also keeps the labels fields record, for the error summary, and text
 * typed but not stored as such (a date being typed), so nothing typed is lost.
 * @public
 */
export class IssueVisibility {
  #issues: readonly Issue[] = [];
  #local: readonly Issue[] = [];
  #server: readonly Issue[] = [];
  #byPath = new Map<string, Issue[]>();
  #touched = new Set<string>();
  #typedText = new Map<string, string>();
  #labels = new Map<string, string>();
  /** A submit was attempted: every issue is shown. */
  submitted = false;

  /** Takes the issues of a new validation. */
  set(issues: readonly Issue[]): void {
    this.#local = issues;
    this.#index();
  }

  /**
   * Takes the issues a server returned (see `TsunaguSheet.sendFailed`): shown with the local ones,
   * each until its field (or a field under it) is edited.
   */
  setServer(issues: readonly Issue[]): void {
    this.#server = issues;
    this.#index();
  }

  /** Forgets the server's issues at, above or under an edited path (and those about no field). */
  editedAt(path: IssuePath): void {
    if (this.#server.length === 0) return;
    const n = this.#server.length;
    const key = keyOf(path);
    this.#server = this.#server.filter((i) => {
      const at = keyOf(i.path);
      return !(at === key || key.startsWith(`${at}.`) || at.startsWith(`${key}.`) || i.path.length === 0);
    });
    if (this.#server.length !== n) this.#index();
  }

  /** The errors the core found in the document, which make it invalid (the server's do not block a new submit). */
  get localErrors(): Issue[] {
    return this.#local.filter((i) => i.severity === 'error');
  }

  #index(): void {
    const issues = this.#server.length ? [...this.#local, ...this.#server] : this.#local;
    this.#issues = issues;
    this.#byPath = new Map();
    for (const issue of issues) {
      const key = keyOf(issue.path);
      const list = this.#byPath.get(key);
      if (list) list.push(issue);
      else this.#byPath.set(key, [issue]);
    }
  }

  /** What is shown, as text: it changes exactly when a field's or the summary's messages change. */
  shownKey(): string {
    let key = this.submitted ? '!' : '';
    for (const [path, issues] of this.#byPath)
      if (this.submitted || this.#touched.has(path)) for (const i of issues) key += `${i.code}@${path}|`;
    return key;
  }

  /** Every issue of the last validation. */
  get all(): readonly Issue[] {
    return this.#issues;
  }

  /** The errors (they block a submit). */
  get errors(): Issue[] {
    return this.#issues.filter((i) => i.severity === 'error');
  }

  /** The issues with a code, shown or not yet. */
  withCode(code: IssueCode): Issue[] {
    return this.#issues.filter((i) => i.code === code);
  }

  /** The issues to show at a path: after the user left the field, or after a submit. */
  shownAt(path: IssuePath): readonly Issue[] {
    const key = keyOf(path);
    if (!this.submitted && !this.#touched.has(key)) return [];
    return this.#byPath.get(key) ?? [];
  }

  /**
   * Marks a field as left by the user; true when this changes what is shown (the field has messages
   * not shown yet). Leaving a field with nothing to say renders nothing again: in a 200-action plan
   * that took ~20 ms each time a field was first left.
   */
  touch(path: IssuePath): boolean {
    const key = keyOf(path);
    if (this.#touched.has(key)) return false;
    this.#touched.add(key);
    return !this.submitted && this.#byPath.has(key);
  }

  /** Text as typed at a path, where it differs from what is stored. */
  typed(path: IssuePath): string | undefined {
    return this.#typedText.get(keyOf(path));
  }

  /** Keeps (or, with `undefined`, forgets) text as typed at a path. */
  type(path: IssuePath, text: string | undefined): void {
    if (text === undefined) this.#typedText.delete(keyOf(path));
    else this.#typedText.set(keyOf(path), text);
  }

  /** Forgets what the user reached and typed (a new document), and the server's issues. */
  clear(): void {
    this.#server = [];
    this.#index();
    this.#touched.clear();
    this.#typedText.clear();
    this.submitted = false;
  }

  /** Records the label of the field at a path; returns the field's element id. */
  label(path: IssuePath, label: string): string {
    this.#labels.set(keyOf(path), label);
    return fieldId(path);
  }

  /** The nearest labelled path at or above a path (issues on a list point at the list's group). */
  #labelled(path: IssuePath): IssuePath {
    for (let n = path.length; n >= 0; n--) if (this.#labels.has(keyOf(path.slice(0, n)))) return path.slice(0, n);
    return path;
  }

  /** The label of the field at a path, or of the nearest labelled one above it. */
  labelOf(path: IssuePath): string | undefined {
    return this.#labels.get(keyOf(this.#labelled(path)));
  }

  /** The element id an issue links to. */
  anchor(path: IssuePath): string {
    return fieldId(this.#labelled(path));
  }

  /**
   * The summary line of an issue, in one format for every item: the field's
   * label, then the message (「紹介者 氏名：入力してください。」, "Referrer: name: Enter this field.").
   */
  summaryText(issue: Issue, separator = '：'): string {
    const label = this.labelOf(issue.path);
    // A message that already names its field (「課題認識（紹介者から見た課題）を入力してください。」) is not prefixed again.
    return label && !issue.message.includes(label) ? `${label}${separator}${issue.message}` : issue.message;
  }
}

/** The issues in a server's answer, as the core makes them (code, message, severity, path): anything else is ignored. */
export function serverIssues(answer: unknown): Issue[] {
  return Array.isArray(answer) ? answer.filter(isIssue) : [];
}

function isIssue(x: unknown): x is Issue {
  if (typeof x !== 'object' || x === null) return false;
  const i = x as Record<string, unknown>;
  return (
    typeof i['code'] === 'string' &&
    typeof i['message'] === 'string' &&
    (i['severity'] === 'error' || i['severity'] === 'warning') &&
    Array.isArray(i['path']) &&
    (i['path'] as unknown[]).every((p) => typeof p === 'string' || (typeof p === 'number' && Number.isInteger(p) && p >= 0))
  );
}
