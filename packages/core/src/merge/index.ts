/**
 * No edit lost when two people save one case: a three-way merge of documents.
 *
 * The portal keeps the document a worker opened (the base). When the worker saves and the server answers that
 * someone else saved first (412, docs/server-side.md), the page merges the base, the worker's document (mine)
 * and the server's (theirs): what either side changed is kept; a field both changed differently is a conflict
 * that the worker decides.
 * @packageDocumentation
 */
export { mergeDocuments, resolveMerge, type MergeChoice, type MergeConflict, type MergeOptions, type MergeResult } from './three-way';
export { mergeCase } from './case';
