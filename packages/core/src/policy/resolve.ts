// The national defaults, and a policy with every rule's setting filled in from them.
import { RULE_DEFAULTS } from '../rules/codes';
import { NATIONAL_SHEET_NAMES } from './names';
import type { MunicipalPolicy, ResolvedPolicy } from './types';

/** The national defaults of DOMAIN §5. @public */
export const DEFAULT_POLICY: MunicipalPolicy = {
  id: 'national-default',
  name: { ja: '国の標準', en: 'National defaults' },
  source: 'DOMAIN §5 and seed 001 (重層的支援体制整備事業 ガイドブック, 令和5年3月): what the guidebook says of every municipality',
};

/** Fills in a policy's unset rules from the national defaults. @public */
export function resolvePolicy(policy: MunicipalPolicy = DEFAULT_POLICY): ResolvedPolicy {
  return {
    id: policy.id,
    name: policy.name,
    rules: { ...RULE_DEFAULTS, ...(policy.rules ?? {}) },
    vocabularies: policy.vocabularies ?? {},
    dateDisplay: policy.dateDisplay ?? 'western',
    meetingNames: policy.meetingNames ?? {},
    sheetNames: { ...NATIONAL_SHEET_NAMES, ...(policy.sheetNames ?? {}) },
  };
}
