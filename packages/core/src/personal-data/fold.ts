import { fullSizeKana } from '../text/kana';

// Text folded for finding personal data, with a map back to the text as written: widths as NFKC makes them
// (full-width digits ASCII, half-width katakana full-width, voiced marks joined), hiragana as katakana, small kana
// full-size, dashes between digits as '-', 丁目・番地・番・号・の after a digit as '-', and no white space or name
// dots. Each folded character remembers where its source began and ended, so a match in the folded text is a span
// of the text as written.

/** Folded text and, for each of its characters, the span of the source it came from. */
export interface Folded {
  readonly text: string;
  readonly from: readonly number[];
  readonly to: readonly number[];
}

/** Dots between the parts of a name (モリタ・オサム) are left out, as spaces are. */
const DOTS = new Set(['・', '･', '．']);
const DASHES = new Set(['-', '‐', '‑', '–', '—', '−', '－', 'ｰ', '―']);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const ADDRESS_WORDS = ['丁目', '番地', '番', '号', 'の'];

/**
 * One character as folded: Unicode's compatibility mapping for widths (full-width letters and digits, half-width
 * kana: NFKC, as `toKatakanaReading` does), hiragana as katakana (0x60 below), small kana full-size, lower case.
 * May be more than one character (㍻ → 平成). Not `toKatakanaReading` itself: the finder loads on demand, and
 * sharing the sheets' input module would split a chunk off every entry that loads it.
 */
function foldChar(c: string): string {
  const wide = c.normalize('NFKC').replace(/[\u3041-\u3096]/gu, (h) => String.fromCharCode(h.charCodeAt(0) + 0x60));
  return fullSizeKana(wide).toLowerCase();
}

/** Folds a text for matching (see the module comment). */
export function fold(source: string): Folded {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  const push = (c: string, start: number, end: number) => {
    text += c;
    from.push(start);
    to.push(end);
  };
  for (let i = 0; i < source.length;) {
    const c = source[i]!;
    if (/\s/u.test(c) || DOTS.has(c)) {
      i++;
      continue;
    }
    const prev = text.at(-1);
    // 丁目・番地・番・号・の after a digit, as an address is also written: 本町1丁目2番3号 → 本町1-2-3; before no
    // digit (3号, 2番地) the word is dropped.
    const word = isDigit(prev) ? ADDRESS_WORDS.find((w) => source.startsWith(w, i)) : undefined;
    const next = word && source.slice(i + word.length).trimStart()[0];
    const numberFollows = next !== undefined && isDigit(foldChar(next));
    if (word && (numberFollows || word !== 'の')) {
      if (numberFollows) push('-', i, i + word.length);
      else to[to.length - 1] = i + word.length; // 3号: the number's span ends after 号
      i += word.length;
      continue;
    }
    let f = foldChar(c);
    // A voiced or semi-voiced mark joins the kana before it (ｶﾞ → ガ).
    if ((c === 'ﾞ' || c === 'ﾟ' || c === '゛' || c === '゜') && prev) {
      const joined = (prev + (c === 'ﾞ' || c === '゛' ? '\u3099' : '\u309a')).normalize('NFC');
      if (joined.length === 1) {
        text = text.slice(0, -1) + joined;
        to[to.length - 1] = i + 1;
        i++;
        continue;
      }
    }
    if ((DASHES.has(c) || (c === 'ー' && isDigit(prev))) && isDigit(prev)) f = '-';
    for (let k = 0; k < f.length; k++) push(f[k]!, i, i + 1); // ㍻ → 平成: both from the one character
    i++;
  }
  return { text, from, to };
}
