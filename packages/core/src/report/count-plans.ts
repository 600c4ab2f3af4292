// Plans and their actions: plans made and revised, plans after a 支援会議, participation support and outreach.
import type { Case } from '../schema/case';
import type { Bucket } from './bucket';
import { migrateActionPlan } from '../model/plan';
import { add } from './counts';

/** Counts a case's plans (by consent and meeting kind) and the participation-support and outreach actions they start. */
export function countPlans(c: Case, bucket: Bucket): void {
  let firstShien: string | undefined;
  for (const m of c.meetings)
    if (m.meeting.legalKind === 'shien' && (firstShien === undefined || m.meeting.date < firstShien)) firstShien = m.meeting.date;
  // Action ids are kept across plan versions; one plan has no id twice (document.duplicateId), so only several plans need the set.
  const several = c.plans.length > 1;
  let seenActions: Set<string> | undefined;
  const plans =
    c.plans.length < 2
      ? c.plans
      : [...c.plans].sort((a, b) => (a.planDate < b.planDate ? -1 : a.planDate > b.planDate ? 1 : a.version - b.version));
  for (const p of plans) {
    const b = bucket(p.planDate);
    if (b) {
      if (p.version === 1) {
        b.plansMade++;
        const kind = p.meetingId === undefined ? undefined : c.meetings.find((m) => m.id === p.meetingId)?.meeting.legalKind;
        add(b.plansByConsentKind, bucket.pair(p.consentStatus ?? 'unknown', kind ?? 'unknown'));
      } else b.plansRevised++;
      if (firstShien !== undefined && firstShien <= p.planDate) {
        b.plansAfterShien++;
        // 福山's check reads who acts, not who follows progress; a plan written with one lead for both is read so.
        if (migrateActionPlan(p).team?.mainSupporterIsCoordinator) b.coordinatorLeadAfterShien++;
      }
    }
    for (const a of p.actions) {
      if (a.kind !== 'participation' && a.kind !== 'outreach') continue;
      // Action ids are kept across plan versions, so a revised plan does not count an action twice.
      if (several) {
        if (seenActions?.has(a.id)) continue;
        (seenActions ??= new Set()).add(a.id);
      }
      if (!b) continue;
      if (a.kind === 'participation') b.participationSupport++;
      else b.outreach++;
    }
  }
}
