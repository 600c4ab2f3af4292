// The intake sheet a municipality composes from the kit (docs/examples/intake-sheet.ts, docs/sheet-kit.md):
// a sheet of one's own passes the same contract as the three sheets.
import { afterEach } from 'vitest';
import '../../docs/examples/intake-sheet';
import { dvFamilyReferral } from '../fixtures/households';
import { cleanup } from './helpers';
import { conformance } from './conformance';

afterEach(cleanup);

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
    { tabTo: /^氏(※必須)?$/ },
    { type: '森田' },
    { tabTo: /^未確認/ },
    { key: '{ArrowLeft}' },
    { tabTo: /^課題認識/ },
    { type: '母の介護と長男の就労が重なっている。' },
    { tabTo: /^送信する$/ },
    { key: '{Enter}' },
  ],
});
