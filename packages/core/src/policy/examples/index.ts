// The example policies: one file per municipality, each setting citing its seed passage.
import { TAKASHIMA_EXAMPLE_POLICY } from './takashima';
import { MORIOKA_EXAMPLE_POLICY } from './morioka';
import { SAKAI_EXAMPLE_POLICY } from './sakai';
import { YONAGO_EXAMPLE_POLICY } from './yonago';
import { ONOMICHI_EXAMPLE_POLICY } from './onomichi';

export { TAKASHIMA_EXAMPLE_POLICY, MORIOKA_EXAMPLE_POLICY, SAKAI_EXAMPLE_POLICY, YONAGO_EXAMPLE_POLICY, ONOMICHI_EXAMPLE_POLICY };

/** The example policies shipped with tsunagu. @public */
export const EXAMPLE_POLICIES = [
  TAKASHIMA_EXAMPLE_POLICY,
  MORIOKA_EXAMPLE_POLICY,
  SAKAI_EXAMPLE_POLICY,
  YONAGO_EXAMPLE_POLICY,
  ONOMICHI_EXAMPLE_POLICY,
] as const;
