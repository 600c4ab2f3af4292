// Small kana written full-size: one table for the person matcher and the personal-data finder. A module of its
// own, so that the two (each loaded on demand) share it without sharing the sheets' input helpers.

/** Small kana and their full size: a reading typed as キャ or キヤ is the same name. */
const SMALL_KANA: Readonly<Record<string, string>> = {
  ァ: 'ア',
  ィ: 'イ',
  ゥ: 'ウ',
  ェ: 'エ',
  ォ: 'オ',
  ッ: 'ツ',
  ャ: 'ヤ',
  ュ: 'ユ',
  ョ: 'ヨ',
  ヮ: 'ワ',
  ヵ: 'カ',
  ヶ: 'ケ',
};

/** Katakana with small kana written full-size (キャ → キヤ), as the matcher and the personal-data finder compare readings. */
export const fullSizeKana = (katakana: string): string => katakana.replace(/[ァィゥェォッャュョヮヵヶ]/gu, (c) => SMALL_KANA[c]!);
