// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, case8050, mutate } from '../testing';

const reviewed = case8050.plans[1]!;

ruleCases('plan.monitoringRecordContent', [
  // The actions' results alone say what was seen; a review with neither note nor result says nothing.
  {
    kind: 'actionPlan',
    options: { today: '2026-03-31' },
    pass: mutate(reviewed, (d) => delete d.monitoring!.records![0]!.note),
    fail: mutate(reviewed, (d) => {
      delete d.monitoring!.records![0]!.note;
      d.monitoring!.records![0]!.actionResults = [{ actionId: 'y2' }];
    }),
    path: 'monitoring.records.0.note',
  },
]);
