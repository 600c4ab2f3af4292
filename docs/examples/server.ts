import { validate, MORIOKA_EXAMPLE_POLICY } from '@tsunagu/core';

/** What a backend does with a posted referral. */
export function receiveReferral(body: string) {
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch {
    return { status: 400, issues: [] };
  }
  const result = validate('referral', input, { policy: MORIOKA_EXAMPLE_POLICY, locale: 'ja' });
  if (!result.ok) return { status: 422, issues: result.issues }; // codes, paths, messages: safe to log
  return { status: 201, referral: result.value };
}
