// The rule's passing and failing documents (rules/testing.ts runs them).
import { changeSituations } from '../../model/person';
import { ruleCases, mutate, case8050 } from '../testing';

// The mother's 要介護 was known from the start; her dementia became known in June 2025, and the son's
// unemployment ended in October (changeSituations keeps the log).
const logged = mutate(case8050, (c) => {
  const mother = c.household.person;
  c.household.person = changeSituations(mother, [...(mother.situations ?? []), 'dementia'], '2025-06-01');
});

ruleCases('case.situationLog', [
  // A period that ends before it began.
  {
    kind: 'case',
    pass: logged,
    fail: mutate(logged, (c) => {
      const log = c.household.person.situationLog!;
      log[log.length - 1] = { code: 'dementia', from: '2025-06-01', to: '2025-05-01' };
    }),
    path: 'household.person.situationLog.0.to',
  },
  // An open period of a situation the person no longer has (removed from the list without the log).
  {
    kind: 'case',
    pass: logged,
    fail: mutate(logged, (c) => {
      c.household.person.situations = c.household.person.situations!.filter((s) => s !== 'dementia');
    }),
    path: 'household.person.situationLog.0.code',
  },
]);
