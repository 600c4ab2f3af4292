// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, M, mutate } from '../testing';

ruleCases('meeting.purposeRequired', [{ kind: 'supportSharing', pass: M, fail: mutate(M, (d) => delete d.purpose), path: 'purpose' }]);
