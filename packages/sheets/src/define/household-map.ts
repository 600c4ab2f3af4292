/**
 * Registers `<tsunagu-household-map>`, guarded against a second definition.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguHouseholdMap } from '../household-map/household-map';

export const HOUSEHOLD_MAP_TAG = 'tsunagu-household-map';

defineOnce(HOUSEHOLD_MAP_TAG, TsunaguHouseholdMap);

export { TsunaguHouseholdMap };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-household-map': TsunaguHouseholdMap;
  }
}
