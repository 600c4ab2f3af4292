// The catalogue of rules: the code list, the national defaults and (in i18n/) the message catalogs
// derive from RULE_METAS, which `pnpm codegen` generates from the rule folders (catalog.generated.ts).
import type { RuleSetting } from './engine';
import { RULE_METAS } from './catalog.generated';

export { RULE_METAS };

/** The code of a rule. @public */
export type RuleCode = (typeof RULE_METAS)[number]['code'];

/** Every rule code, in catalogue order. @public */
export const RULE_CODES: readonly RuleCode[] = /* @__PURE__ */ RULE_METAS.map((m) => m.code);

/**
 * Every rule with its national default (DOMAIN §5). A municipal policy can set
 * any of them to `error`, `warning` or `off`.
 * @public
 */
export const RULE_DEFAULTS = /* @__PURE__ */ Object.fromEntries(RULE_METAS.map((m) => [m.code, m.severity])) as Readonly<
  Record<RuleCode, RuleSetting>
>;
