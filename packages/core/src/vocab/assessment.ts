// The code lists of the household assessment and the 評価 of a plan (issue #36).
import type { VocabularyEntry } from './define';

/**
 * What the objective facts of a household member are about, as the guidebook's assessment asks them of the whole
 * household (「世帯全体としての生活課題を把握する」, seed 001 l.128): health, disability, care, money, housing,
 * work or school, relationships, safety.
 * @public
 */
export const ASSESSMENT_DOMAINS = [
  { code: 'health', ja: '健康', en: 'Health' },
  { code: 'disability', ja: '障害', en: 'Disability' },
  { code: 'care', ja: '介護・介助', en: 'Care' },
  { code: 'money', ja: '収入・家計', en: 'Money' },
  { code: 'housing', ja: '住まい', en: 'Housing' },
  { code: 'workSchool', ja: '就労・就学', en: 'Work or school' },
  { code: 'relationships', ja: '家族・人間関係', en: 'Relationships' },
  { code: 'safety', ja: '安全（虐待・暴力など）', en: 'Safety (abuse, violence)' },
] as const satisfies readonly VocabularyEntry[];

/** 目標の達成: how far the plan's goals were reached at its 評価. @public */
export const GOAL_ACHIEVEMENTS = [
  { code: 'achieved', ja: '達成', en: 'Achieved' },
  { code: 'partly', ja: '一部達成', en: 'Partly achieved' },
  { code: 'notAchieved', ja: '未達成', en: 'Not achieved' },
] as const satisfies readonly VocabularyEntry[];

/** 今後の方針: what the 評価 decides next — go on, plan again, close the case, or pause. @public */
export const NEXT_DECISIONS = [
  { code: 'continue', ja: '継続', en: 'Continue' },
  { code: 'replan', ja: '再プラン', en: 'Plan again' },
  { code: 'terminate', ja: '終結', en: 'Close' },
  { code: 'suspend', ja: '中断', en: 'Pause' },
] as const satisfies readonly VocabularyEntry[];
