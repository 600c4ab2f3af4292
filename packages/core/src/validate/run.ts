import type { ActionPlan } from '../schema/action-plan';
import type { Case } from '../schema/case';
import type { Referral } from '../schema/referral';
import type { SupportSharing } from '../schema/support-sharing';
import type { MeetingSession } from '../schema/session';
import type { Assessment } from '../schema/assessment';
import { todayIso } from '../dates';
import { STRUCTURE_MESSAGES, fillMessage, type Locale } from '../i18n';
import { DEFAULT_POLICY, type MunicipalPolicy } from '../policy';
import type { RuleMeta } from '../rules/engine';
import type { IssueCode, RuleCode, StructureCode } from '../rules/codes';
import { fieldRequiredMeta } from '../rules/field/required';
import { severityOf, type IssuePath, type Rule, type RuleContext, type RulePolicy } from '../rules/engine';
import type { Found } from './structure';

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
  { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Options of {@link validate}. @public */
export interface ValidateOptions {
  /** Locale of the messages: `'ja'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** The municipal policy; the national defaults when absent. */
  readonly policy?: MunicipalPolicy;
  /** The reference date for date rules (ISO date or a Date); today when absent. */
  readonly today?: string | Date;
  /**
   * For a meeting session: the cases on its agenda. With them, the session's
   * rules that read the cases run (consent on the session date, the attendees of
   * each discussion); without them, those rules stay silent.
   */
  readonly cases?: readonly Case[];
}

/** The document kinds and their types. @public */
export interface DocumentKinds {
  referral: Referral;
  supportSharing: SupportSharing;
  actionPlan: ActionPlan;
  case: Case;
  meetingSession: MeetingSession;
  assessment: Assessment;
}

/** A document kind. @public */
export type DocumentKind = keyof DocumentKinds;

/** A generated structure check (structure.generated.ts): records issues, returns the parsed value. */
export type StructureCheck = (input: unknown, found: Found[]) => unknown;

/** The document's own `kind` and `schemaVersion` have their own codes (a different document, a different version). */
function rootCode(f: Found): IssueCode {
  if (f.path.length === 1 && f.code === 'structure.value') {
    if (f.path[0] === 'kind') return 'structure.kind';
    if (f.path[0] === 'schemaVersion') return 'structure.schemaVersion';
  }
  return f.code;
}

/** What the rules read of a policy. */
export function rulePolicy(policy: MunicipalPolicy = DEFAULT_POLICY): RulePolicy {
  return {
    rules: policy.rules ?? {},
    vocabularies: policy.vocabularies ?? {},
    ...(policy.tsunagi?.replyDays !== undefined ? { tsunagiReplyDays: policy.tsunagi.replyDays } : {}),
    ...(policy.localItems?.length ? { localItems: policy.localItems } : {}),
  };
}

function referenceDate(today: ValidateOptions['today']): string {
  if (typeof today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(today)) return today;
  if (today instanceof Date && !Number.isNaN(today.getTime())) return todayIso(today);
  return todayIso();
}

/** Validates against a schema and a rule set; `kind` is the document kind, undefined for a part validated alone. Never throws. */
export function run<T>(
  check: StructureCheck,
  rules: readonly Rule<T>[],
  kind: DocumentKind | undefined,
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<T> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'ja';
  const issues: Issue[] = [];
  // Structure messages from the structure catalog; a rule's from the rule itself, so a page pays only for its rules.
  const push = (code: IssueCode, path: IssuePath, severity: Severity, params?: Record<string, string | number>, meta?: RuleMeta) => {
    // The structure check reports a missing value as field.required, with that rule's message.
    const rule = meta ?? (code === fieldRequiredMeta.code ? fieldRequiredMeta : undefined);
    const template = rule ? rule.messages[locale] : (STRUCTURE_MESSAGES[locale][code as StructureCode] ?? code);
    const message = params ? fillMessage(template, params) : template;
    issues.push(params ? { code, path, severity, message, params } : { code, path, severity, message });
  };
  // Each path is reported once per code. The structure check reports a path at
  // most once, and so does each rule (test/core/robustness.test.ts), so only a
  // code that an earlier source already reported (`field.required` from both
  // the structure and a rule) needs the set of its paths — built when needed.
  // `reported` holds the codes with an issue so far; a valid document adds none.
  const reported = new Map<IssueCode, Set<string> | null>();
  const pathsOf = (code: IssueCode): Set<string> => {
    let set = reported.get(code);
    if (!set) reported.set(code, (set = new Set(issues.filter((i) => i.code === code).map((i) => i.path.join('\u0000')))));
    return set;
  };

  const found: Found[] = [];
  let value: unknown;
  try {
    value = check(input, found);
  } catch {
    // A getter that throws, a revoked proxy: nothing in it can be read safely.
    push('structure.unreadable', [], 'error');
    return { ok: false, issues };
  }
  for (const f of found) {
    const code = rootCode(f);
    push(code, f.path, 'error', f.params);
    if (!reported.has(code)) reported.set(code, null);
  }
  const structured = found.length === 0;

  // Rules run on valid documents, and — best effort — on documents of the right
  // kind whose structure failed, so that the person sees every finding at once.
  const doc = structured ? value : input;
  // A part validated alone (a つなぎ, `kind` undefined) has no kind of its own: any object is taken for one.
  const sameKind = doc !== null && typeof doc === 'object' && (kind === undefined || (doc as { kind?: unknown }).kind === kind);
  if (structured || sameKind) {
    const policy = rulePolicy(options.policy);
    const ctx: RuleContext = { policy, today: referenceDate(options.today), ...(options.cases ? { cases: options.cases } : {}) };
    for (const r of rules) {
      // The rule sets are built from the catalogue's rules (rules/catalog.test.ts), so every code is a RuleCode.
      const code = r.meta.code as RuleCode;
      const setting = severityOf(r.meta, policy);
      if (setting === 'off') continue;
      const seen = reported.has(code) ? pathsOf(code) : undefined;
      const before = issues.length;
      try {
        for (const f of r.check(doc as T, ctx)) {
          if (seen) {
            const key = f.path.join('\u0000');
            if (seen.has(key)) continue;
            seen.add(key);
          }
          push(code, f.path, setting, f.params, r.meta);
        }
      } catch {
        // A rule cannot read a malformed part; the structure issues already say why.
        if (structured && !issues.some((i) => i.code === 'structure.unreadable')) push('structure.unreadable', [], 'error');
      }
      if (issues.length > before && !reported.has(code)) reported.set(code, null);
    }
  }

  const ok = structured && !issues.some((i) => i.severity === 'error');
  return ok ? { ok: true, value: value as T, issues } : { ok: false, issues };
}
