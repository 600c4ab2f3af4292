import type { Locale, VocabularyEntry } from '@tsunagu/core';

/** A code's label in a language, the code itself when the list does not have it (a municipality's own). */
export const vocabLabel = (list: readonly VocabularyEntry[], code: string, locale: Locale): string =>
  list.find((e) => e.code === code)?.[locale] ?? code;
