// Municipal policies: what a policy is (types.ts), the names it gives (names.ts), the national defaults
// and resolution (resolve.ts), and the example policies, one file per municipality (examples/).
export type { RuleSetting, LocalizedText, SheetName, MunicipalPolicy, DraftPolicy, ResolvedPolicy } from './types';
export { definePolicy } from './types';
export { NATIONAL_SHEET_NAMES, sheetNameOf, meetingNameOf, meetingKindsOf, legalBasisOf, legalBasesFor } from './names';
export { legalBasisFits } from '../model/meeting';
export { DEFAULT_POLICY, resolvePolicy } from './resolve';
export {
  TAKASHIMA_EXAMPLE_POLICY,
  MORIOKA_EXAMPLE_POLICY,
  SAKAI_EXAMPLE_POLICY,
  YONAGO_EXAMPLE_POLICY,
  ONOMICHI_EXAMPLE_POLICY,
  EXAMPLE_POLICIES,
} from './examples';
