/**
 * A path into a document: object keys and array indexes, as issues report it
 * (`['members', 0, 'relationship']`). The one path type of core and sheets.
 * @public
 */
export type IssuePath = readonly (string | number)[];

/**
 * The value at a path, or `undefined` when a step is missing.
 *
 * @example
 * ```ts
 * valueAt(referral, ['members', 0, 'relationship']); // 'mother'
 * ```
 * @public
 */
export function valueAt(root: unknown, path: IssuePath): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
