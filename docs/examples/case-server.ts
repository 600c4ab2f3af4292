import { validate, type Case, type Issue, type Locale } from '@tsunagu/core';

/** The portal's cases by id, each stored with its revision (`case.revision`, the ETag's value). */
export type CaseStore = Map<string, Case>;

/** A request to `/api/cases/:id`, as any server framework gives it. */
export interface CaseRequest {
  readonly method: string;
  readonly id: string;
  /** The `If-Match` header: the revision the page read, as an ETag (`"7"`). */
  readonly ifMatch?: string | null;
  /** The `If-None-Match` header: `*` to create a case that must not exist yet. */
  readonly ifNoneMatch?: string | null;
  readonly body?: string;
  /** The sheet's locale, from `accept-language`. */
  readonly locale?: Locale;
}

/** The answer: a status, the stored revision as an ETag, and a body to send as JSON. */
export interface CaseResponse {
  readonly status: number;
  readonly etag?: string;
  readonly body?: Case | { readonly issues: readonly Issue[] };
}

const etagOf = (c: Case) => `"${c.revision ?? '0'}"`;

/**
 * No edit lost: a case is saved only against the revision it was read at.
 * GET: 200 with the case and its ETag. PUT: 428 without `If-Match` (or `If-None-Match: *` for a new case);
 * 412 with the stored case and its ETag when someone saved since — the page merges (`record.merge(theirs)`) and
 * the worker saves again; 422 with the core's issues; 200 (201 when created) with the case under a new revision.
 */
export function handleCaseRequest(store: CaseStore, req: CaseRequest): CaseResponse {
  const stored = store.get(req.id);
  if (req.method === 'GET') return stored ? { status: 200, etag: etagOf(stored), body: stored } : { status: 404 };
  if (req.method !== 'PUT') return { status: 405 };
  if (!req.ifMatch && req.ifNoneMatch !== '*') return { status: 428 };
  if (stored ? req.ifMatch !== etagOf(stored) : req.ifMatch)
    return stored ? { status: 412, etag: etagOf(stored), body: stored } : { status: 412 };
  let input: unknown;
  try {
    input = JSON.parse(req.body ?? '');
  } catch {
    return { status: 400 };
  }
  const result = validate('case', input, { locale: req.locale });
  if (!result.ok) return { status: 422, body: { issues: result.issues } };
  const saved: Case = { ...result.value, id: req.id, revision: String(Number(stored?.revision ?? 0) + 1) };
  store.set(req.id, saved);
  return { status: stored ? 200 : 201, etag: etagOf(saved), body: saved };
}
