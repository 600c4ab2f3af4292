import * as z from 'zod/mini';
import type { Locale } from '../i18n/types';
import type { IssuePath } from '../path';
import { Directory } from './model';

/** What can be wrong in a directory: a stable code for each. @public */
export type DirectoryIssueCode =
  | 'directory.structure'
  | 'directory.duplicateId'
  | 'directory.unknownOrganization'
  | 'directory.unknownLocation'
  | 'directory.closesBeforeOpens'
  | 'directory.capacityOverMaximum';

/** One thing wrong in a directory: its code, where, and a message that never quotes a value. @public */
export interface DirectoryIssue {
  readonly code: DirectoryIssueCode;
  readonly path: IssuePath;
  readonly message: string;
}

/** The outcome of {@link parseDirectory}. @public */
export type DirectoryResult =
  { readonly ok: true; readonly directory: Directory } | { readonly ok: false; readonly issues: readonly DirectoryIssue[] };

const MESSAGES: Readonly<Record<DirectoryIssueCode, Readonly<Record<Locale, string>>>> = {
  'directory.structure': { ja: 'この項目の形式が正しくありません。', en: 'This field is not in the expected form.' },
  'directory.duplicateId': { ja: '同じIDの項目がほかにもあります。', en: 'Another entry has the same id.' },
  'directory.unknownOrganization': { ja: '運営する団体が名簿にありません。', en: 'The organization running it is not in the directory.' },
  'directory.unknownLocation': { ja: '実施場所が名簿にありません。', en: 'The place is not in the directory.' },
  'directory.closesBeforeOpens': { ja: '終了時刻が開始時刻より前です。', en: 'The closing time is before the opening time.' },
  'directory.capacityOverMaximum': { ja: '空きが定員を超えています。', en: 'More places are free than there are in all.' },
};

/**
 * Checks a directory as it comes from a portal, a file or {@link directoryFromHsds}: its structure against the
 * profile, ids unique, every service's organization and places in the directory, hours that close after they open,
 * capacity within its maximum. Messages in Japanese (default) or English, with a stable code and the path; none quotes
 * what the directory holds.
 *
 * @example
 * ```ts
 * const result = parseDirectory(await (await fetch('/directory.json')).json());
 * if (!result.ok) result.issues.forEach((i) => console.warn(i.code, i.path.join('.')));
 * ```
 * @public
 */
export function parseDirectory(input: unknown, options: { readonly locale?: Locale } = {}): DirectoryResult {
  const locale = options.locale ?? 'ja';
  const issue = (code: DirectoryIssueCode, path: IssuePath): DirectoryIssue => ({ code, path, message: MESSAGES[code][locale] });
  const parsed = z.safeParse(Directory, input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) =>
        issue(
          'directory.structure',
          i.path.filter((k): k is string | number => typeof k !== 'symbol'),
        ),
      ),
    };
  }
  const d = parsed.data;
  const issues: DirectoryIssue[] = [];
  const seen = new Set<string>();
  const unique = (id: string, path: IssuePath) => {
    if (seen.has(id)) issues.push(issue('directory.duplicateId', [...path, 'id']));
    seen.add(id);
  };
  d.organizations.forEach((o, i) => unique(o.id, ['organizations', i]));
  (d.locations ?? []).forEach((l, i) => unique(l.id, ['locations', i]));
  d.services.forEach((s, i) => unique(s.id, ['services', i]));
  (d.individuals ?? []).forEach((p, i) => unique(p.id, ['individuals', i]));
  const organizations = new Set(d.organizations.map((o) => o.id));
  const locations = new Set((d.locations ?? []).map((l) => l.id));
  d.services.forEach((s, i) => {
    if (!organizations.has(s.organizationId)) issues.push(issue('directory.unknownOrganization', ['services', i, 'organizationId']));
    s.locationIds?.forEach((id, k) => {
      if (!locations.has(id)) issues.push(issue('directory.unknownLocation', ['services', i, 'locationIds', k]));
    });
    s.hours?.forEach((h, k) => {
      if (h.closes <= h.opens) issues.push(issue('directory.closesBeforeOpens', ['services', i, 'hours', k, 'closes']));
    });
    if (s.capacity?.maximum !== undefined && s.capacity.available > s.capacity.maximum) {
      issues.push(issue('directory.capacityOverMaximum', ['services', i, 'capacity', 'available']));
    }
  });
  return issues.length ? { ok: false, issues } : { ok: true, directory: d };
}
