import { afterEach } from 'vitest';
import '@tsunagu/sheets/referral-sheet';
import '@tsunagu/sheets/support-sharing-sheet';
import '@tsunagu/sheets/action-plan-sheet';
import { dvFamilyMeeting, dvFamilyPlan, dvFamilyReferral } from '../fixtures/households';
import { cleanup } from './helpers';
import { conformance } from './conformance';

afterEach(cleanup);

conformance({
  tag: 'tsunagu-referral-sheet',
  filled: dvFamilyReferral,
  textLabel: /^課題認識/,
  textPath: ['content', 'problemView'],
  title: { ja: 'つなぎシート', en: 'Referral sheet' },
  today: '2025-04-09',
});

conformance({
  tag: 'tsunagu-support-sharing-sheet',
  filled: dvFamilyMeeting,
  textLabel: /^会議の目的/,
  textPath: ['purpose'],
  title: { ja: '支援共有シート', en: 'Support-sharing sheet' },
  today: '2025-04-09',
});

conformance({
  tag: 'tsunagu-action-plan-sheet',
  filled: dvFamilyPlan,
  textLabel: /^本人が望む暮らし/,
  textPath: ['direction', 'desiredLife'],
  title: { ja: '行動連携計画シート', en: 'Action plan' },
  today: '2025-04-09',
});
