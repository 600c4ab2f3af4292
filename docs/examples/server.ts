import { validate, MORIOKA_EXAMPLE_POLICY, type Locale } from '@tsunagu/core';

/**
 * What a backend does with a posted referral: 201 when it is saved, 422 with the core's issues (the
 * sheet shows them at their fields: send-to-server.ts), 400 for a body that is not JSON.
 * `locale` is the sheet's, from the request's accept-language header.
 */
export function receiveReferral(body: string, locale: Locale = 'ja') {
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch {
    return { status: 400, issues: [] };
  }
  const result = validate('referral', input, { policy: MORIOKA_EXAMPLE_POLICY, locale });
  if (!result.ok) return { status: 422, issues: result.issues }; // codes, paths, messages: safe to log
  return { status: 201, referral: result.value };
}
