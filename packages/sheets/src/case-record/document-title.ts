// How the timeline names a document of the case: the referrer's agency, the meeting and its session, the plan
// version and its status, or the assessment's author and its 評価.
import { NEXT_DECISIONS, PLAN_STATUSES, fillMessage, sheetNameOf } from '@tsunagu/core';
import type { SheetFields } from '../kit/field-host';
import { choiceText } from '../kit/choices';
import { aside } from '../kit/ui-strings';
import { labelsOf, meetingText, type RecordContext } from './context';

/** The title of the `i`th document of a kind in the case's timeline. */
export function documentTitle(ctx: RecordContext, h: SheetFields, kind: 'referral' | 'meeting' | 'plan' | 'assessment', i: number): string {
  const l = labelsOf(ctx);
  const v = ctx.view;
  if (kind === 'referral') return v.referrals[i]!.referrer.organization;
  if (kind === 'meeting') {
    const m = v.meetings[i]!.meeting;
    return `${meetingText(ctx, m.date, m.legalKind)}${m.session ? ` ${fillMessage(l.session, { n: m.session })}` : ''}`;
  }
  if (kind === 'plan')
    return aside(
      h.locale,
      `${sheetNameOf(ctx.policy, 'actionPlan', ctx.locale)} ${fillMessage(l.planVersion, { n: v.plans[i]!.version })}`,
      choiceText(h, PLAN_STATUSES, v.plans[i]!.status),
    );
  const a = v.assessments![i]!;
  const decision = a.evaluation ? `${l.evaluation}${ctx.t.labelSeparator}${choiceText(h, NEXT_DECISIONS, a.evaluation.decision)}` : '';
  return [a.by?.organization ?? '', decision].filter(Boolean).join(h.locale === 'ja' ? '　' : ' — ');
}
