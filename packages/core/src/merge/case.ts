import type { Case } from '../schema/case';
import { CASE_STATUS_NEXT } from '../case-work';
import { mergeDocuments, type MergeResult } from './three-way';

/** {@link mergeDocuments} for a case: two workers' saves of one case, both contacts kept. @public */
export function mergeCase(base: Case, mine: Case, theirs: Case): MergeResult<Case> {
  return mergeDocuments(base, mine, theirs, { statusMoves: CASE_STATUS_NEXT });
}
