import { afterEach } from 'vitest';
import '@tsunagu/sheets/referral-sheet';
import '@tsunagu/sheets/support-sharing-sheet';
import '@tsunagu/sheets/action-plan-sheet';
import '@tsunagu/sheets/case-record';
import '../../docs/examples/intake-sheet';
import { case8050, dvFamilyMeeting, dvFamilyPlan, dvFamilyReferral } from '../fixtures/households';
import { cleanup } from './helpers';
import { conformance } from './conformance';

afterEach(cleanup);

conformance({
  tag: 'tsunagu-referral-sheet',
  filled: dvFamilyReferral,
  textLabel: /^課題認識/,
  textPath: ['content', 'problemView'],
  title: { ja: '紹介シート（多機関協働事業へのつなぎ）', en: 'Referral sheet' },
  today: '2025-04-09',
  keyboardPath: [
    { tabTo: /^紹介者 氏名/ },
    { type: '水野 さくら' },
    { tabTo: /^紹介者 所属機関/ },
    { type: '架空市役所' },
    { tabTo: /^氏$/ },
    { type: '森田' },
    { tabTo: /^未確認/ },
    { key: '{ArrowLeft}' }, // Tab enters the group at the checked radio; arrows choose 同意なし
    { tabTo: /^確認した日/ },
    { type: '令和7年4月8日' },
    { tabTo: /^課題認識/ },
    { type: '玄関先までごみがある。' },
    { tabTo: /^送信する$/ },
    { key: '{Enter}' },
  ],
});

conformance({
  tag: 'tsunagu-support-sharing-sheet',
  filled: dvFamilyMeeting,
  textLabel: /^会議の目的/,
  textPath: ['purpose'],
  title: { ja: '支援共有シート', en: 'Support-sharing sheet' },
  today: '2025-04-09',
  keyboardPath: [
    { tabTo: /^会議の目的/ },
    { type: '世帯の状況を共有する。' },
    { tabTo: /^未確認/ },
    { key: '{ArrowLeft}' },
    { tabTo: /^送信する$/ },
    { key: '{Enter}' },
  ],
});

conformance({
  tag: 'tsunagu-action-plan-sheet',
  filled: dvFamilyPlan,
  textLabel: /^本人が望む暮らし/,
  textPath: ['direction', 'desiredLife'],
  title: { ja: '行動連携計画シート', en: 'Action plan sheet' },
  today: '2025-04-09',
  keyboardPath: [{ tabTo: /^次回モニタリング日/ }, { type: 'R7.5.13' }, { tabTo: /^送信する$/ }, { key: '{Enter}' }],
});

// The case record: the same form-associated element, its value the whole case.
conformance({
  tag: 'tsunagu-case-record',
  filled: case8050,
  textLabel: /^本人 氏/,
  textPath: ['household', 'person', 'familyName'],
  title: { ja: '支援経過記録', en: 'Case record' },
  today: '2026-04-01',
  keyboardPath: [{ tabTo: /^本人 氏/ }, { type: '高橋' }, { tabTo: /^送信する$/ }, { key: '{Enter}' }],
});

// A sheet a municipality composes from the kit (docs/sheet-kit.md) passes the same suite.
conformance({
  tag: 'city-intake-sheet',
  filled: dvFamilyReferral,
  textLabel: /^課題認識/,
  textPath: ['content', 'problemView'],
  title: { ja: '相談受付票', en: 'Intake' },
  today: '2025-04-09',
  keyboardPath: [
    { tabTo: /^受付者 氏名/ },
    { type: '水野 さくら' },
    { tabTo: /^受付者 所属/ },
    { type: '架空市役所 福祉総合相談窓口' },
    { tabTo: /^氏$/ },
    { type: '森田' },
    { tabTo: /^未確認/ },
    { key: '{ArrowLeft}' },
    { tabTo: /^課題認識/ },
    { type: '母の介護と長男の就労が重なっている。' },
    { tabTo: /^送信する$/ },
    { key: '{Enter}' },
  ],
});
