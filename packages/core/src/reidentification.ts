// Small cells identify: 「80代・単身・○○地区・ごみ屋敷」 names a person in a small town with no name in it. Before a
// summary or a report breakdown goes to many departments, the smallest group it describes is counted among the
// municipality's cases; below the policy's k the page warns and asks for an override, recorded in the case.
import { todayIso } from './dates';
import { householdView } from './household';
import type { MunicipalPolicy } from './policy';
import { ageBand } from './privacy';
import type { ReportTable } from './report/tables';
import type { Case, Disclosure } from './schema/case';

/** The k of k-anonymity when the policy sets none: a summary must describe at least three households. @public */
export const DEFAULT_SMALLEST_GROUP = 3;

/** What a summary says that could single a household out: the person's 年代, the household's size, its 圏域, and the issue tags shown. @public */
export interface QuasiIdentifiers {
  readonly ageBand: string;
  /** 世帯構成: how many live together, 単身 as `1`, `5+` for five or more. */
  readonly composition: string;
  /** 圏域 (the person's district); empty when not recorded. */
  readonly area: string;
  /** The issue tags the summary shows, sorted; empty when it shows none. */
  readonly tags: readonly string[];
}

/** The quasi-identifiers of a case on a date, as its anonymized summary shows them. @public */
export function quasiIdentifiers(c: Case, options: { onDate?: string; tags?: boolean } = {}): QuasiIdentifiers {
  const onDate = options.onDate ?? todayIso();
  const together = householdView(c, { onDate }).filter(
    (m) => m.relationship === 'self' || !('livesTogether' in m.person) || m.person.livesTogether !== false,
  ).length;
  return {
    ageBand: ageBand(c.household.person, onDate),
    composition: together >= 5 ? '5+' : String(Math.max(1, together)),
    area: c.household.person.district ?? '',
    tags: options.tags === false ? [] : [...new Set(c.referrals.flatMap((r) => r.content.tags ?? []))].sort(),
  };
}

const keyOf = (q: QuasiIdentifiers) => JSON.stringify([q.ageBand, q.composition, q.area, q.tags]);

/** The result of a re-identification check. @public */
export interface ReidentificationCheck {
  /** How many of the municipality's cases (this one included) share what the summary shows. */
  readonly groupSize: number;
  /** The smallest group the policy allows (`policy.privacy.smallestGroup`, else 3). */
  readonly k: number;
  /** Whether the summary may go: the group is large enough, or an override is recorded for the day. */
  readonly ok: boolean;
  /** The override recorded in the case for the day, when the group is too small. */
  readonly override?: Disclosure;
}

/**
 * Counts the households an anonymized summary of `c` describes, among the municipality's cases (`population`,
 * with or without `c`): those of the same 年代, household size and 圏域, and the same issue tags when the summary
 * shows them (`tags`, default true). Below the policy's k the summary must not be exported or sent unless an
 * override — who, when, why — is recorded in the case for that day ({@link recordDisclosure}).
 *
 * @example
 * ```ts
 * const check = checkReidentification(caseDoc, allCases, { policy, onDate: '2025-10-01' });
 * if (!check.ok) showWarning(check.groupSize, check.k); // then recordDisclosure(…) if the worker overrides
 * ```
 * @public
 */
export function checkReidentification(
  c: Case,
  population: readonly Case[],
  options: { onDate?: string; policy?: MunicipalPolicy; tags?: boolean } = {},
): ReidentificationCheck {
  const onDate = options.onDate ?? todayIso();
  const k = options.policy?.privacy?.smallestGroup ?? DEFAULT_SMALLEST_GROUP;
  const key = keyOf(quasiIdentifiers(c, { onDate, tags: options.tags }));
  const others = population.filter((p) => p.id !== c.id && keyOf(quasiIdentifiers(p, { onDate, tags: options.tags })) === key);
  const groupSize = others.length + 1;
  if (groupSize >= k) return { groupSize, k, ok: true };
  const override = (c.disclosures ?? []).findLast((d) => d.date === onDate && d.reason.trim() !== '');
  return override ? { groupSize, k, ok: true, override } : { groupSize, k, ok: false };
}

/**
 * The case with an override recorded: the summary went although its group was smaller than k — who decided, on
 * which day, why, and the group's size and k then. Appended, never rewritten.
 * @public
 */
export function recordDisclosure(c: Case, disclosure: Disclosure): Case {
  return { ...c, disclosures: [...(c.disclosures ?? []), disclosure] };
}

/** A cell of a report table that counts fewer than k: where it is, and its count. @public */
export interface SmallCell {
  readonly table: ReportTable['id'];
  readonly row: number;
  readonly column: string;
  readonly count: number;
}

/**
 * The cells of report tables that count between 1 and k − 1 households or people: a breakdown by 地区 × 年代 with
 * a 1 in it can identify. The page warns before it exports or sends them (an override is the municipality's
 * decision; the report holds no case to record it in).
 * @public
 */
export function smallCells(tables: readonly ReportTable[], k: number = DEFAULT_SMALLEST_GROUP): SmallCell[] {
  const out: SmallCell[] = [];
  for (const t of tables)
    t.columns.forEach((col, j) => {
      if (col.kind !== 'count') return;
      t.rows.forEach((row, i) => {
        const n = row[j];
        if (typeof n === 'number' && n > 0 && n < k) out.push({ table: t.id, row: i, column: col.key, count: n });
      });
    });
  return out;
}
