/**
 * One entry of a code list: a stable code stored in documents, and its labels.
 * @public
 */
export interface VocabularyEntry {
  /** Stable code stored in documents (ASCII, never translated). */
  readonly code: string;
  /** Japanese label, as printed on the sheets. */
  readonly ja: string;
  /** English label. */
  readonly en: string;
  /** For termination reasons: the reason hands the case to no one, so no accompanier is asked (転出, 死亡, 一定期間関与がない). */
  readonly noSuccessor?: boolean;
  /** For situations: a 地域生活課題 (the report counts households where several people have one). */
  readonly lifeProblem?: boolean;
}

/** A code list: entries in display order. @public */
export type Vocabulary = readonly VocabularyEntry[];

/** The union of the codes of a code list. @public */
export type CodeOf<V extends Vocabulary> = V[number]['code'];

/** Returns the codes of a code list as a tuple, for zod enums and loops. @public */
export function codesOf<const V extends Vocabulary>(v: V): [CodeOf<V>, ...CodeOf<V>[]] {
  return v.map((e) => e.code) as [CodeOf<V>, ...CodeOf<V>[]];
}
