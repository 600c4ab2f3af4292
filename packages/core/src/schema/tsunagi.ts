import * as z from 'zod/mini';
import { CONSENT_STATUSES, TSUNAGI_SIDES, codesOf } from '../vocab';
import { code, isoDate, list, localId, longText, personal, reported, shortText } from './common';

/**
 * One step of a つなぎ: its status from that date (TSUNAGI_STATUSES: 依頼, 受理, 辞退, 利用開始, つながった,
 * つながらなかった, 取消), who set it, and for 辞退 and つながらなかった the reason (TSUNAGI_REASONS, extensible).
 */
export const TsunagiStep = z.object({
  status: reported(code(), 'Status of the つなぎ from this date (TSUNAGI_STATUSES)'),
  date: reported(isoDate(), 'When the status was set'),
  /** Who set it, when the portal knows: the rule `tsunagi.wrongSide` checks it. */
  by: z.optional(z.enum(TSUNAGI_SIDES)),
  /** Why it was declined or did not connect (TSUNAGI_REASONS). */
  reason: z.optional(reported(code(), 'Why it was declined or did not connect (TSUNAGI_REASONS)')),
  note: z.optional(personal(longText(), 'About the step')),
});
/** A step of a つなぎ. @public */
export type TsunagiStep = z.infer<typeof TsunagiStep>;

/**
 * A つなぎ: the case handed on to an agency or a service — 「関係機関につなぐ」 (高島 C票) or a plan's action of kind
 * つなぎ — followed to its outcome: taken up or declined (and why), and whether the person got there (氷見's CSW
 * flow ends in 申請 and 利用, seed 003 l.758–799). Its steps are what each side recorded, with their dates; the
 * status is the latest (`tsunagiStatus`). FHIR's closed-loop referral (a Task the receiver updates) maps to it
 * through `TSUNAGI_FHIR_TASK`.
 */
export const Tsunagi = z.object({
  id: localId(),
  /** The plan (a version's id) and its action of kind つなぎ that made it. */
  planId: z.optional(localId()),
  actionId: z.optional(localId()),
  /** The referral whose C票 response made it. */
  referralId: z.optional(localId()),
  /** Who asks: the agency, and the person. */
  requester: z.object({ organization: shortText(), name: z.optional(personal(shortText(), 'Who asks')) }),
  /** Who receives: an agency or a service, its 分野 (FIELDS) for the report, and the person when known. */
  receiver: z.object({
    organization: shortText(),
    field: z.optional(reported(code(), '分野 of the receiving agency')),
    name: z.optional(personal(shortText(), 'Who receives')),
  }),
  /** For whom: household members by id (the person's included). */
  memberIds: z.optional(list(localId())),
  /** Why: what the person needs from the receiver. */
  purpose: z.optional(personal(longText(), 'Why the case is handed on')),
  /** What was shared with the receiver. */
  shared: z.optional(personal(longText(), 'What was shared')),
  /** The consent in force when it was shared (CONSENT_STATUSES). */
  consentStatus: z.optional(z.enum(codesOf(CONSENT_STATUSES))),
  /** Its steps in date order; the first is the 依頼. */
  steps: list(TsunagiStep).check(z.minLength(1)),
});
/** A つなぎ, followed to its outcome. @public */
export type Tsunagi = z.infer<typeof Tsunagi>;
