import {
  anonymizeCase,
  checkReidentification,
  recordDisclosure,
  type AnonymizedCaseSummary,
  type Case,
  type MunicipalPolicy,
} from '@tsunagu/core';

/** The worker's decision to send although the summary describes too few households: who, why, to whom. */
export interface Override {
  readonly by: { readonly organization: string; readonly name?: string };
  readonly reason: string;
  readonly to?: string;
}

/** What to mail, or why not yet. */
export type SummaryMail =
  | { readonly status: 'ready'; readonly summary: AnonymizedCaseSummary; readonly case: Case }
  | { readonly status: 'needsOverride'; readonly groupSize: number; readonly k: number };

/**
 * Before a portal mails a case to many departments (米子's 一斉メール): the summary, with the worker's outline
 * masked where it holds personal data, and the re-identification check against the municipality's cases. Below
 * the policy's k it sends nothing until the worker gives a reason; the override is recorded in the case (save the
 * returned case with the mail).
 */
export function prepareSummaryMail(
  c: Case,
  cases: readonly Case[],
  options: { readonly outline: string; readonly today: string; readonly policy?: MunicipalPolicy; readonly override?: Override },
): SummaryMail {
  const check = checkReidentification(c, cases, { onDate: options.today, policy: options.policy });
  let kept = c;
  if (!check.ok) {
    if (!options.override?.reason.trim()) return { status: 'needsOverride', groupSize: check.groupSize, k: check.k };
    kept = recordDisclosure(c, { date: options.today, ...options.override, groupSize: check.groupSize, k: check.k });
  }
  return { status: 'ready', summary: anonymizeCase(kept, { today: options.today, outline: options.outline }), case: kept };
}
