// Checking a municipality's policy itself: it comes from configuration (JSON, a CMS field) and is read by every
// sheet, so what is wrong in it is told once, with a code and a path, in the documented words.
import type { Locale } from '../i18n';
import { fillMessage } from '../i18n';
import { RULE_DEFAULTS } from '../rules/codes';
import { localItemFaults, type LocalItemFaultCode } from '../local/faults';
import type { MunicipalPolicy } from './types';
import { isObj } from '../validate/structure';

/** What can be wrong with a policy: its id, name or rule settings, or one of its local questions. @public */
export type PolicyIssueCode =
  'policy.type' | 'policy.id' | 'policy.name' | 'policy.rules.unknown' | 'policy.rules.setting' | LocalItemFaultCode;

/** One thing wrong with a policy: a stable code, where in the policy, and a message in the requested locale. @public */
export interface PolicyIssue {
  readonly code: PolicyIssueCode;
  readonly path: readonly (string | number)[];
  readonly severity: 'error';
  readonly message: string;
}

/** The outcome of {@link validatePolicy}: `ok` when nothing is wrong. @public */
export type PolicyValidationResult =
  | { readonly ok: true; readonly value: MunicipalPolicy; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly PolicyIssue[] };

/** The messages of {@link PolicyIssueCode}, in Japanese and English. @public */
export const POLICY_MESSAGES: { readonly [L in Locale]: { readonly [C in PolicyIssueCode]: string } } = {
  ja: {
    'policy.type': 'ポリシーはオブジェクトで指定してください。',
    'policy.id': 'ポリシーの id は半角英数字（. _ - を含む）で指定してください。',
    'policy.name': 'ポリシーの名称を日本語と英語で指定してください。',
    'policy.rules.unknown': '存在しないルールコードです：{key}',
    'policy.rules.setting': 'ルールの設定は error、warning、off のいずれかです：{key}',
    'policy.localItems.list': '独自項目（localItems）は配列で指定してください。',
    'policy.localItems.id': '独自項目の id は英字で始まる半角英数字（- _ を含む、64字以内）で指定してください。',
    'policy.localItems.duplicateId': '独自項目の id が重複しています：{id}',
    'policy.localItems.place':
      '独自項目の場所は referral、supportSharing、actionPlan、meetingSession、caseContact、assessment のいずれかです。',
    'policy.localItems.type': '独自項目の種類は text、longText、choice、choices、date、number、yesNo のいずれかです。',
    'policy.localItems.label': '独自項目の見出しと説明は日本語と英語の両方で指定してください。',
    'policy.localItems.noOptions': '選択式の独自項目に選択肢がありません。',
    'policy.localItems.option': '選択肢のコードが不正か重複しているか、見出しが日本語と英語で揃っていません。',
    'policy.localItems.unknownCondition': '必須の条件が、同じ場所の別の独自項目とその回答を指していません。',
    'policy.localItems.range': '最小値・最大値は数値の独自項目にだけ整数で指定し、最小値は最大値以下にしてください。',
  },
  en: {
    'policy.type': 'A policy must be an object.',
    'policy.id': "A policy's id must be ASCII letters and digits (with . _ -).",
    'policy.name': "Give the policy's name in Japanese and English.",
    'policy.rules.unknown': 'No rule has this code: {key}',
    'policy.rules.setting': 'A rule is set to error, warning or off: {key}',
    'policy.localItems.list': 'Local questions (localItems) must be a list.',
    'policy.localItems.id': "A local question's id starts with a letter, then letters, digits, - and _ (64 at most).",
    'policy.localItems.duplicateId': 'Two local questions have the id {id}.',
    'policy.localItems.place':
      'A local question is asked in referral, supportSharing, actionPlan, meetingSession, caseContact or assessment.',
    'policy.localItems.type': "A local question's type is text, longText, choice, choices, date, number or yesNo.",
    'policy.localItems.label': "Give a local question's label and hint in both Japanese and English.",
    'policy.localItems.noOptions': 'A choice question has no options.',
    'policy.localItems.option': "An option's code is malformed or repeated, or its label is not given in Japanese and English.",
    'policy.localItems.unknownCondition':
      "The condition of 'required' does not name another local question of the same place and an answer.",
    'policy.localItems.range': 'Set min and max only on a number question, as whole numbers, with min at most max.',
  },
};

const SETTINGS: ReadonlySet<unknown> = new Set(['error', 'warning', 'off']);
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Checks a municipal policy: its id and name, that every rule setting names a rule and says `error`, `warning`
 * or `off`, and its local questions (ids, places, types, labels, options, conditions). A sheet given a faulty
 * policy still works: it leaves the faulty questions out. Run this where the policy is written (a test, the
 * portal's settings page), to hear what is wrong. Never throws on plain data.
 *
 * @example
 * ```ts
 * const result = validatePolicy(JSON.parse(settings), { locale: 'en' });
 * if (!result.ok) for (const i of result.issues) console.log(i.code, i.path.join('.'), i.message);
 * ```
 * @public
 */
export function validatePolicy(policy: unknown, options: { readonly locale?: Locale } = {}): PolicyValidationResult {
  const messages = POLICY_MESSAGES[options.locale === 'en' ? 'en' : 'ja'];
  const issues: PolicyIssue[] = [];
  const push = (code: PolicyIssueCode, path: readonly (string | number)[], params?: Record<string, string>) =>
    issues.push({ code, path, severity: 'error', message: params ? fillMessage(messages[code], params) : messages[code] });
  if (!isObj(policy)) {
    push('policy.type', []);
    return { ok: false, issues };
  }
  if (typeof policy['id'] !== 'string' || !ID.test(policy['id'])) push('policy.id', ['id']);
  const name = policy['name'];
  if (!isObj(name) || typeof name['ja'] !== 'string' || typeof name['en'] !== 'string') push('policy.name', ['name']);
  const rules = policy['rules'];
  if (rules !== undefined && !isObj(rules)) push('policy.rules.setting', ['rules'], { key: '' });
  else
    for (const [key, setting] of Object.entries(rules ?? {})) {
      if (!Object.hasOwn(RULE_DEFAULTS, key)) push('policy.rules.unknown', ['rules', key], { key });
      else if (!SETTINGS.has(setting)) push('policy.rules.setting', ['rules', key], { key });
    }
  const items = policy['localItems'];
  for (const f of localItemFaults(items)) {
    const id =
      Array.isArray(items) && isObj(items[f.path[1] as number]) ? (items[f.path[1] as number] as Record<string, unknown>)['id'] : undefined;
    push(f.code, f.path, { id: typeof id === 'string' ? id : '' });
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: policy as unknown as MunicipalPolicy, issues: [] };
}
