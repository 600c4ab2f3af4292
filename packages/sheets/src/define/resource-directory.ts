/**
 * Registers `<tsunagu-resource-directory>`, guarded against a second definition.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguResourceDirectory } from '../resource-directory/resource-directory';
import type { TsunaguResourcePickEvent } from '../kit/events';

export const RESOURCE_DIRECTORY_TAG = 'tsunagu-resource-directory';

defineOnce(RESOURCE_DIRECTORY_TAG, TsunaguResourceDirectory);

export { TsunaguResourceDirectory };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-resource-directory': TsunaguResourceDirectory;
  }
  // Said here too: the element's class does not name its event, so the types of this entry alone would not carry it.
  interface HTMLElementEventMap {
    'tsunagu-resource-pick': TsunaguResourcePickEvent;
  }
}
