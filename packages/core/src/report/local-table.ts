// The rows of the table `localItems`: the answers to a municipality's reportable questions, by year.
import type { LocalQuestion } from '../local/types';
import type { ReportCounts } from './measures';
import { own } from './counts';

type Cell = string | number | null;

/** The table's own words. */
export const LOCAL_WORDS = {
  question: { ja: '設問', en: 'Question' },
  answer: { ja: '回答', en: 'Answer' },
  yes: { ja: 'はい', en: 'Yes' },
  no: { ja: 'いいえ', en: 'No' },
  sum: { ja: '合計', en: 'Sum' },
  answered: { ja: '回答数', en: 'Answered' },
} as const;

/**
 * A row per answer of each reportable question, in the policy's order: a choice's options in order (then codes no
 * longer offered), はい and いいえ, a number's sum, and how many answered; a column per year.
 */
export function localItemRows(
  years: readonly (ReportCounts & { readonly fiscalYear: number })[],
  questions: readonly LocalQuestion[],
  locale: 'ja' | 'en',
): Cell[][] {
  const rows: Cell[][] = [];
  for (const q of questions) {
    if (!q.reportable || typeof q.id !== 'string') continue;
    const prefix = `${q.id}|`;
    const found = new Set(
      years.flatMap((y) =>
        Object.keys(y.localAnswers)
          .filter((k) => k.startsWith(prefix))
          .map((k) => k.slice(prefix.length)),
      ),
    );
    const offered = q.options ?? [];
    const answers: [string, string][] = [];
    if (q.type === 'choice' || q.type === 'choices') {
      for (const o of offered) answers.push([o.code, o[locale]]);
      for (const c of [...found].sort()) if (!c.startsWith('=') && !offered.some((o) => o.code === c)) answers.push([c, c]);
    } else if (q.type === 'yesNo') answers.push(['yes', LOCAL_WORDS.yes[locale]], ['no', LOCAL_WORDS.no[locale]]);
    else if (q.type === 'number') answers.push(['=sum', LOCAL_WORDS.sum[locale]]);
    answers.push(['=answered', LOCAL_WORDS.answered[locale]]);
    const label = q.label?.[locale] ?? q.id;
    for (const [code, text] of answers) rows.push([q.id, label, code, text, ...years.map((y) => own(y.localAnswers, prefix + code))]);
  }
  return rows;
}
