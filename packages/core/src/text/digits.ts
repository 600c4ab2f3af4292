/**
 * Full-width digits (０-９) as ASCII, as Japanese input methods often type them.
 *
 * @example
 * ```ts
 * halfWidthDigits('４８') // '48'
 * ```
 * @public
 */
export function halfWidthDigits(input: string): string {
  return input.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
