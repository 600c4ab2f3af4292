// The law a meeting is held under, by kind (LEGAL_BASES).
import type { LegalBasis, MeetingKind } from '../vocab';

/** The kinds each legal basis may hold: a 支援会議 under either of its two laws, a 重層的支援会議 under the 事業's. */
const BASIS_KINDS: Readonly<Record<LegalBasis, MeetingKind>> = {
  'welfare106-4': 'juusou',
  'welfare106-6': 'shien',
  selfReliance9: 'shien',
};
/** The national default law of each kind. */
export const DEFAULT_BASES: Readonly<Partial<Record<MeetingKind, LegalBasis>>> = { juusou: 'welfare106-4', shien: 'welfare106-6' };

/** Whether a legal basis is one a meeting of `kind` may be held under (`meeting.legalBasis`). @public */
export function legalBasisFits(basis: LegalBasis, kind: MeetingKind): boolean {
  return BASIS_KINDS[basis] === kind;
}
