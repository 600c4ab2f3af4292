/**
 * Registers `<tsunagu-community-issues>`, guarded against a second definition.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguCommunityIssues } from '../community-issues/community-issues';
import type { TsunaguRaiseThemeEvent } from '../kit/events';

export const COMMUNITY_ISSUES_TAG = 'tsunagu-community-issues';

defineOnce(COMMUNITY_ISSUES_TAG, TsunaguCommunityIssues);

export { TsunaguCommunityIssues };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-community-issues': TsunaguCommunityIssues;
  }
  // Said here too: the element's class does not name its event, so the types of this entry alone would not carry it.
  interface HTMLElementEventMap {
    'tsunagu-raise-theme': TsunaguRaiseThemeEvent;
  }
}
