import { validate, type DocumentKind, type DocumentKinds, type Issue, type ValidateOptions } from '@tsunagu/core';

/** A deep copy of a document with a change applied. */
export function mutate<T>(doc: T, change: (d: T) => void): T {
  const copy = structuredClone(doc);
  change(copy);
  return copy;
}

/** Issue codes found in a document, with their paths. */
export function findings<K extends DocumentKind>(kind: K, doc: DocumentKinds[K] | unknown, options?: ValidateOptions): Issue[] {
  return [...validate(kind, doc, { today: '2025-04-09', ...options }).issues];
}

export const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);
