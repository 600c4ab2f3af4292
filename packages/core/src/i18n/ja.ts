import type { StructureMessages } from './types';

/** Japanese messages of the structure codes (default); the rules carry their own. Plain sentences; never a value the user typed. */
export const jaStructure: StructureMessages = {
  'structure.type': '値の種類が正しくありません。',
  'structure.value': '選択肢にない値です。一覧から選んでください。',
  'structure.date': '正しい日付を入力してください。',
  'structure.time': '時刻は「14:30」「14時30分」「午後2時」のように入力してください。',
  'structure.code': '選択肢の形式が正しくありません。一覧から選び直してください。',
  'structure.number': '数値が範囲外です。',
  'structure.tooLong': '{max}文字以内で入力してください。',
  'structure.tooMany': '{max}件以内にしてください。',
  'structure.tooFew': '{min}件以上必要です。',
  'structure.kind': '文書の種類が違います。',
  'structure.schemaVersion': 'この文書の版には対応していません。',
  'structure.unreadable': '文書を読み取れませんでした。',
};
