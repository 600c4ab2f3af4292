/** How a rule applies under a policy. @public */
export type RuleSetting = 'error' | 'warning' | 'off';

/**
 * What every rule is, apart from its check: a stable code, the national
 * default severity, and its messages in Japanese and English. Each rule module
 * defines one; the code list, the defaults and the message catalogs are
 * derived from them (catalog.ts).
 * @public
 */
export interface RuleMeta<C extends string = string> {
  readonly code: C;
  /** The national default; a municipal policy may change it. */
  readonly severity: RuleSetting;
  /** The message for people; `{name}` stands for a parameter. Never a value from the document. */
  readonly messages: { readonly ja: string; readonly en: string };
}

/** Defines a rule's code, default severity and messages (identity; keeps the literal code). */
export function defineRule<const C extends string>(meta: RuleMeta<C>): RuleMeta<C> {
  return meta;
}
