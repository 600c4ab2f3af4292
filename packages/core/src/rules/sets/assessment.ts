import type { Assessment } from '../../schema/assessment';
import type { Rule } from '../engine';
import { assessmentDateFuture } from '../assessment/date-future';
import { uniqueIds } from '../document/duplicate-id';
import { requiredTexts } from '../field/required';
import { localItemRules } from '../local/answers';

/** Rules of a household assessment (and its 評価). */
export const assessmentRules: readonly Rule<Assessment>[] = [
  requiredTexts<Assessment>([
    ['by', 'organization'],
    ['evaluation', 'achievement'],
    ['evaluation', 'decision'],
  ]),
  uniqueIds<Assessment>([{ together: [['members', '*', 'memberId']] }]),
  assessmentDateFuture,
  ...localItemRules<Assessment>('assessment', []),
];
