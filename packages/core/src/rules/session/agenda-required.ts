import { defineRule } from '../engine';
import type { MeetingSession } from '../../schema/session';

/** The session is for discussing cases (the purpose unset or 個別事例の検討). */
const forCases = (s: MeetingSession): boolean => s.sessionPurpose === undefined || s.sessionPurpose === 'caseDiscussion';

/**
 * `session.agendaRequired`: A session for discussing cases has at least one case on its agenda. A session with another purpose — 盛岡's まるごと推進会議 (事業全体の評価・地域課題の共有・社会資源の開発, seed 001 l.1004, l.1062), 市原's 相談機関連絡会 (l.1180–1197), training — may have none: the guidebook names 「個別ケースの検討以外の機能」 (l.838, l.853–861), and the report counts it as a session.
 * @public
 */
export const sessionAgendaRequired = defineRule({
  code: 'session.agendaRequired',
  severity: 'error',
  messages: {
    ja: '検討する事例を1件以上追加してください。事例を検討しない会議は「会議の目的」を選んでください。',
    en: 'Add at least one case to discuss. For a session that discusses no case, choose what the session is for.',
  },
  check: function* (s: MeetingSession) {
    if (forCases(s) && (s.agenda ?? []).length === 0) yield { path: ['agenda'] };
  },
});
