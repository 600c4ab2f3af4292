import type { HouseholdMember, Person } from '../../schema/common';
import type { IssuePath } from '../engine';

/** The persons of a document with their paths (the person, household members). */
export type PersonsOf<D> = (doc: D) => Iterable<readonly [Person | HouseholdMember, IssuePath]>;

/** The persons at these places of a document: a single person, or each member of a list. */
export function personsAt<D>(...places: readonly (readonly ['one' | 'each', ...string[]])[]): PersonsOf<D> {
  return function* (doc) {
    for (const [how, ...path] of places) {
      let node: unknown = doc;
      for (const key of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
      if (how === 'one') {
        if (node && typeof node === 'object') yield [node, path];
      } else if (Array.isArray(node)) {
        for (const [i, m] of node.entries()) if (m && typeof m === 'object') yield [m as HouseholdMember, [...path, i]];
      }
    }
  };
}
