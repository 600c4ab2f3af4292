// The household assessment over time: a new one, a revision of the last, the latest of a case, and a
// support-sharing sheet that starts from it (issue #36).
import { SCHEMA_VERSION } from '../schema/limits';
import type { Assessment, AssessmentAnswer } from '../schema/assessment';
import type { Case } from '../schema/case';
import type { SupportSharing } from '../schema/support-sharing';

/**
 * A new assessment of a household dated `today`, with a row for each person of the household given (the person
 * first), or none; the agency that assesses is to be named.
 * @public
 */
export function emptyAssessment(today: string, household?: Case['household']): Assessment {
  const ids = household ? [household.person.id, ...household.members.map((m) => m.id)] : [];
  return {
    kind: 'assessment',
    schemaVersion: SCHEMA_VERSION,
    assessedOn: today,
    by: { organization: '' },
    members: ids.filter((id): id is string => id !== undefined).map((memberId) => ({ memberId })),
  };
}

/**
 * The assessment again, three months on: what was found is kept to be revised, dated `assessedOn`, naming the
 * one it revises (`previousId`); its 評価 is not carried over (a new one is made at each review).
 * @public
 */
export function reviseAssessment(previous: Assessment, assessedOn: string, newId?: string): Assessment {
  const { evaluation: _e, id, revision: _r, ...rest } = previous;
  return { ...structuredClone(rest), ...(newId ? { id: newId } : {}), ...(id ? { previousId: id } : {}), assessedOn };
}

/** A case's latest assessment on or before a date (ISO; any date when absent): the last of the latest day. @public */
export function latestAssessment(c: Pick<Case, 'assessments'>, onOrBefore?: string): Assessment | undefined {
  let latest: Assessment | undefined;
  for (const a of c.assessments ?? [])
    if ((onOrBefore === undefined || a.assessedOn <= onOrBefore) && (!latest || a.assessedOn >= latest.assessedOn)) latest = a;
  return latest;
}

const text = (a: AssessmentAnswer | undefined): string | undefined => (a?.text.trim() ? a.text : undefined);
const joined = (...parts: (string | undefined)[]): string | undefined => {
  const t = parts.filter((p): p is string => p !== undefined).join('\n');
  return t === '' ? undefined : t;
};

/**
 * A support-sharing document (a meeting on `date`) that starts from an assessment: its shared 経緯・背景 from the
 * history, 本人の思い・価値観・生活史 from the person's own view, 強み from the strengths, and what is known
 * from the supporters' view; 分からないこと from what is still unknown. Nothing else is filled.
 * @public
 */
export function supportSharingFromAssessment(assessment: Assessment, base: SupportSharing): SupportSharing {
  const p = assessment.person;
  const shared = {
    ...base.shared,
    history: base.shared?.history ?? text(assessment.history),
    wishes: base.shared?.wishes ?? joined(text(p?.view), text(p?.values), text(p?.lifeStory)),
    strengths: base.shared?.strengths ?? text(p?.strengths),
    known: base.shared?.known ?? text(assessment.supporters?.view),
  };
  const unknowns = text(assessment.supporters?.unknowns);
  if (unknowns && !base.shared?.unknown?.length) shared.unknown = [{ id: 'u1', text: unknowns }];
  for (const k of Object.keys(shared) as (keyof typeof shared)[]) if (shared[k] === undefined) delete shared[k];
  return { ...base, shared };
}
