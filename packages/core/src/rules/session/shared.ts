import type { Case } from '../../schema/case';
import type { MeetingSession } from '../../schema/session';
import type { SupportSharing } from '../../schema/support-sharing';
import type { RuleContext } from '../engine';

/** Each agenda item with its case and its discussion's support-sharing document, when the caller gave the cases. */
export function* agendaCases(
  s: MeetingSession,
  ctx: RuleContext,
): Generator<{ index: number; c: Case; discussion: SupportSharing | undefined }> {
  if (!ctx.cases) return;
  for (const [index, item] of (s.agenda ?? []).entries()) {
    const c = ctx.cases.find((x) => x.id === item.caseId);
    if (!c) continue;
    const discussion = item.supportSharingId === undefined ? undefined : (c.meetings ?? []).find((m) => m.id === item.supportSharingId);
    yield { index, c, discussion };
  }
}
