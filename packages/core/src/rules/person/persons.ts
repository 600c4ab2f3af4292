import type { HouseholdMember, Person } from '../../schema/common';
import { forEachAt, type IssuePath } from '../engine';

/** The persons of a document with their paths (the person, household members), and the path patterns they are read at. */
export type PersonsOf<D> = ((doc: D) => Iterable<readonly [Person | HouseholdMember, IssuePath]>) & {
  readonly patterns?: readonly (readonly (string | number)[])[];
};

/**
 * The persons at these path patterns of a document (`['person']`, `['members', '*']`),
 * read with the rules' own path walker.
 */
export function personsAt<D>(...patterns: readonly (readonly (string | number)[])[]): PersonsOf<D> {
  const read = (doc: D) => {
    const found: (readonly [Person | HouseholdMember, IssuePath])[] = [];
    for (const pattern of patterns)
      forEachAt(doc, pattern, (value, path) => {
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) found.push([value, [...path]]);
      });
    return found;
  };
  return Object.assign(read, { patterns });
}
