import * as z from 'zod/mini';
import { GOAL_ACHIEVEMENTS, NEXT_DECISIONS, codesOf } from '../vocab';
import { LIMITS, code, documentHeader, isoDate, list, localId, longText, personal, reported, shortText } from './common';

/**
 * One answer of the assessment: what was written, and the item of a national form it corresponds to (the
 * 自立相談支援 standard forms' item, when the municipality keeps one), so that an answer stays comparable when the
 * form that asked it changes (the UK social-care data standard's shape: the stored answer carries the national id).
 */
export const AssessmentAnswer = z.object({
  text: personal(longText(), 'What was found, as written'),
  nationalItemId: z.optional(code()),
});
/** An answer of the assessment. @public */
export type AssessmentAnswer = z.infer<typeof AssessmentAnswer>;

const answer = () => z.optional(AssessmentAnswer);

/** The objective facts of one household member, by domain (ASSESSMENT_DOMAINS). */
export const MemberAssessment = z.object({
  /** The person's or a member's id in the case's household. */
  memberId: localId(),
  health: answer(),
  disability: answer(),
  care: answer(),
  money: answer(),
  housing: answer(),
  workSchool: answer(),
  relationships: answer(),
  safety: answer(),
});
/** A member's part of the assessment. @public */
export type MemberAssessment = z.infer<typeof MemberAssessment>;

/**
 * The household assessment (アセスメント), dated: the whole household now and its past, the person's own view, the
 * supporters' view and what is still unknown — 「過去の経緯や背景も含めたアセスメント」 (seed 001 l.128), objective
 * facts and 「本人の価値観やこれまでの生活史」 (l.750–757), redone over time (氷見 「改めてアセスメントしている」, l.1510).
 * A revision is a new document naming the one it revises (`previousId`); with an `evaluation`, it is also the
 * 評価 of the plan in force.
 */
export const Assessment = z.object({
  ...documentHeader('assessment'),
  assessedOn: reported(isoDate(), 'Date of the assessment'),
  /** The assessment this one revises. */
  previousId: z.optional(localId()),
  by: z.optional(z.object({ organization: shortText(), name: z.optional(personal(shortText(), 'Who assessed')) })),
  /** Objective facts, member by member (the person first). */
  members: list(MemberAssessment, LIMITS.members + 1),
  /** 過去の経緯・背景: how the household came to be where it is. */
  history: answer(),
  /** The person's own view (本人の思い), values, life story and strengths. */
  person: z.optional(z.object({ view: answer(), values: answer(), lifeStory: answer(), strengths: answer() })),
  /** 支援者の見立て, and what is still unknown. */
  supporters: z.optional(z.object({ view: answer(), unknowns: answer() })),
  /** 評価: the plan's goals reached, what changed, and what comes next. */
  evaluation: z.optional(
    z.object({
      /** The plan (version) evaluated. */
      planId: z.optional(localId()),
      /** Required once the 評価 is begun (a rule, so that an unanswered choice reads 「入力してください」). */
      achievement: z.optional(z.enum(codesOf(GOAL_ACHIEVEMENTS))),
      changes: answer(),
      /** Required once the 評価 is begun. */
      decision: z.optional(z.enum(codesOf(NEXT_DECISIONS))),
    }),
  ),
});
/** The household assessment (アセスメント) and, with an evaluation, the 評価 of the plan. @public */
export type Assessment = z.infer<typeof Assessment>;
