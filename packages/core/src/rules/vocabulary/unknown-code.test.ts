// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, mutate } from '../testing';

ruleCases('vocabulary.unknownCode', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.content.tags = ['dv', 'no-such-tag'])), path: 'content.tags.1' },
  // A municipality's own code is known under its policy, and unknown without it.
  {
    kind: 'referral',
    pass: mutate(R, (d) => (d.content.tags = ['x-pets'])),
    options: {
      policy: {
        id: 't',
        name: { ja: 't', en: 't' },
        vocabularies: { issueTags: [{ code: 'x-pets', ja: '多頭飼育', en: 'Animal hoarding' }] },
      },
    },
    fail: mutate(R, (d) => (d.content.tags = ['x-pets'])),
    failOptions: {},
    path: 'content.tags.0',
  },
]);
