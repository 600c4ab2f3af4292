// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, mutate } from '../testing';

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
