import { defineRule } from '../define';
import type { Referral } from '../../schema/referral';
import { rule } from '../engine';

/**
 * `referral.mainTroubleNotListed`: The main trouble (◎) is one of the troubles ticked (○), as on the 自立相談支援 forms.
 * @public
 */
export const referralMainTroubleNotListedMeta = defineRule({
  code: 'referral.mainTroubleNotListed',
  severity: 'warning',
  messages: {
    ja: '主なお困りごと（◎）は、チェックしたお困りごとの中から選んでください。',
    en: 'Choose the main trouble from the troubles you ticked.',
  },
});

const META = referralMainTroubleNotListedMeta;

export const referralMainTroubleNotListed = rule<Referral>(META, function* (d) {
  const main = d.content?.mainTrouble;
  if (main && !(d.content.troubles ?? []).includes(main)) yield { path: ['content', 'mainTrouble'] };
});
