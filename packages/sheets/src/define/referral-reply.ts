/**
 * Registers `<tsunagu-referral-reply>`, guarded against a second definition.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent } from '../kit/events';
import { TsunaguReferralReply } from '../referral-reply/referral-reply';

export const REFERRAL_REPLY_TAG = 'tsunagu-referral-reply';

defineOnce(REFERRAL_REPLY_TAG, TsunaguReferralReply);

// The events it fires, re-exported so that this entry's types carry them (and their
// HTMLElementEventMap entries) to an app that imports only this path.
export { TsunaguReferralReply, TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent };
export type { ReplySide } from '../referral-reply/referral-reply';

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-referral-reply': TsunaguReferralReply;
  }
}
