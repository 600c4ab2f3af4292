import { defineRule } from '../engine';
import type { Referral } from '../../schema/referral';

/**
 * `referral.mainTroubleNotListed`: The main trouble (◎) is one of the troubles ticked (○), as on the 自立相談支援 forms.
 * @public
 */
export const referralMainTroubleNotListed = defineRule({
  code: 'referral.mainTroubleNotListed',
  severity: 'warning',
  messages: {
    ja: '主なお困りごと（◎）は、チェックしたお困りごとの中から選んでください。',
    en: 'Choose the main trouble from the troubles you ticked.',
  },
  check: function* (d: Referral) {
    const main = d.content?.mainTrouble;
    if (main && !(d.content.troubles ?? []).includes(main)) yield { path: ['content', 'mainTrouble'] };
  },
});
