/**
 * A person's full name as Japanese forms write it: family name, a space, given name; either alone when
 * the other is missing; `''` when both are.
 *
 * @example
 * ```ts
 * fullName({ familyName: '山田', givenName: '花子' }) // '山田 花子'
 * fullName({ givenName: '誠' }) // '誠'
 * ```
 * @public
 */
export function fullName(p: { readonly familyName?: string | undefined; readonly givenName?: string | undefined } | undefined): string {
  if (!p) return '';
  const { familyName, givenName } = p;
  return familyName && givenName ? `${familyName} ${givenName}` : familyName || givenName || '';
}
