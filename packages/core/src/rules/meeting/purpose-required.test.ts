// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, M, mutate } from '../../../../../test/core/rule-cases';

ruleCases('meeting.purposeRequired', [{ kind: 'supportSharing', pass: M, fail: mutate(M, (d) => delete d.purpose), path: 'purpose' }]);
