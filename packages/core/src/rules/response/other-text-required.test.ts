// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, R, mutate } from '../../../../../test/core/rule-cases';

ruleCases('response.otherTextRequired', [
  {
    kind: 'referral',
    pass: mutate(R, (d) => {
      d.response!.options = ['other'];
      d.response!.otherText = '母子生活支援施設に相談する';
    }),
    fail: mutate(R, (d) => (d.response!.options = ['other'])),
    path: 'response.otherText',
  },
]);
