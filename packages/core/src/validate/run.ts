import type * as z from 'zod/mini';
import type { ActionPlan } from '../schema/action-plan';
import type { Case } from '../schema/case';
import type { Referral } from '../schema/referral';
import type { SupportSharing } from '../schema/support-sharing';
import { todayIso } from '../dates';
import { messageFor, type Locale } from '../i18n';
import { DEFAULT_POLICY, resolvePolicy, type MunicipalPolicy } from '../policy';
import type { IssueCode } from '../rules/codes';
import type { IssuePath, Rule, RuleContext } from '../rules/engine';

/** Severity of an issue: errors block, warnings never do. @public */
export type Severity = 'error' | 'warning';

/** One thing wrong (or worth a look) in a document. @public */
export interface Issue {
  /** Stable code; see the rules reference. */
  readonly code: IssueCode;
  /** Where in the document: object keys and array indexes. */
  readonly path: IssuePath;
  readonly severity: Severity;
  /** A message for people, in the requested locale. Never contains a value from the document. */
  readonly message: string;
  /** Values used in the message (limits, list names); never personal. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The outcome of validation. `ok` is true when no issue is an error. @public */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Options of {@link validate}. @public */
export interface ValidateOptions {
  /** Locale of the messages: `'ja'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** The municipal policy; the national defaults when absent. */
  readonly policy?: MunicipalPolicy;
  /** The reference date for date rules (ISO date or a Date); today when absent. */
  readonly today?: string | Date;
}

/** The document kinds and their types. @public */
export interface DocumentKinds {
  referral: Referral;
  supportSharing: SupportSharing;
  actionPlan: ActionPlan;
  case: Case;
}

/** A document kind. @public */
export type DocumentKind = keyof DocumentKinds;

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly input?: unknown;
  readonly origin?: string;
  readonly format?: string;
  readonly maximum?: number | bigint;
  readonly minimum?: number | bigint;
}

function structureCode(i: ZodIssueLike): { code: IssueCode; params?: Record<string, number> } {
  const last = i.path[i.path.length - 1];
  if (i.path.length === 1 && last === 'kind') return { code: 'structure.kind' };
  if (i.path.length === 1 && last === 'schemaVersion') return { code: 'structure.schemaVersion' };
  switch (i.code) {
    case 'invalid_type':
      return i.input === undefined ? { code: 'field.required' } : { code: 'structure.type' };
    case 'too_big':
      if (i.origin === 'string') return { code: 'structure.tooLong', params: { max: Number(i.maximum) } };
      if (i.origin === 'array') return { code: 'structure.tooMany', params: { max: Number(i.maximum) } };
      return { code: 'structure.number' };
    case 'too_small':
      if (i.origin === 'array') return { code: 'structure.tooFew', params: { min: Number(i.minimum) } };
      if (i.origin === 'string') return { code: 'field.required' };
      return { code: 'structure.number' };
    case 'invalid_format':
      if (i.format === 'date') return { code: 'structure.date' };
      if (typeof last === 'string' && /Time$/.test(last)) return { code: 'structure.time' };
      return { code: 'structure.code' };
    case 'invalid_value':
      return { code: 'structure.value' };
    default:
      return { code: 'structure.type' };
  }
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

function referenceDate(today: ValidateOptions['today']): string {
  if (typeof today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(today)) return today;
  if (today instanceof Date && !Number.isNaN(today.getTime())) return todayIso(today);
  return todayIso();
}

/** Validates against a schema and a rule set. Never throws. */
export function run<T>(
  schema: z.ZodMiniType<T>,
  rules: readonly Rule<T>[],
  kind: DocumentKind,
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<T> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'ja';
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const push = (code: IssueCode, path: IssuePath, severity: Severity, params?: Record<string, string | number>) => {
    const key = `${code}|${path.join('\u0000')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const message = messageFor(code, locale, params);
    issues.push(params ? { code, path, severity, message, params } : { code, path, severity, message });
  };

  let parsed: { success: true; data: T } | { success: false; error: { issues: readonly ZodIssueLike[] } };
  try {
    parsed = schema.safeParse(input, { reportInput: true }) as typeof parsed;
  } catch {
    push('structure.unreadable', [], 'error');
    return { ok: false, issues };
  }
  if (!parsed.success) {
    for (const zi of parsed.error.issues) {
      const { code, params } = structureCode(zi);
      push(code, toPath(zi.path), 'error', params);
    }
  }

  // Rules run on valid documents, and — best effort — on documents of the right
  // kind whose structure failed, so that the person sees every finding at once.
  const doc = parsed.success ? parsed.data : input;
  const sameKind = doc !== null && typeof doc === 'object' && (doc as { kind?: unknown }).kind === kind;
  if (parsed.success || sameKind) {
    const policy = resolvePolicy(options.policy ?? DEFAULT_POLICY);
    const ctx: RuleContext = { policy, today: referenceDate(options.today) };
    for (const r of rules) {
      const setting = policy.rules[r.code];
      if (setting === 'off') continue;
      try {
        for (const f of r.check(doc as T, ctx)) push(r.code, f.path, setting, f.params as Record<string, string | number>);
      } catch {
        // A rule cannot read a malformed part; the structure issues already say why.
        if (parsed.success) push('structure.unreadable', [], 'error');
      }
    }
  }

  const ok = parsed.success && !issues.some((i) => i.severity === 'error');
  return ok ? { ok: true, value: (parsed as { data: T }).data, issues } : { ok: false, issues };
}

