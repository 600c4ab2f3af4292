// Publishing the directory as open data (Node, or a CMS's build step): checked, then written as HSDS 3.1 JSON and as
// CSV in the columns of 自治体標準オープンデータセット 「公共施設一覧」. Both start from `publicDirectory`: no
// individual, no private entry and no private field is ever in them.
import { directoryToHsds, directoryToOpenDataCsv, parseDirectory, type DirectoryIssue } from '@tsunagu/core/directory';

/** The two open-data files of a directory, or why it cannot be published (codes and paths, no values). */
export function publishDirectory(
  input: unknown,
  publisher: { code: string; name: string },
): { ok: true; hsdsJson: string; csv: string } | { ok: false; issues: readonly DirectoryIssue[] } {
  const checked = parseDirectory(input);
  if (!checked.ok) return { ok: false, issues: checked.issues };
  return {
    ok: true,
    hsdsJson: JSON.stringify(directoryToHsds(checked.directory), null, 2),
    csv: directoryToOpenDataCsv(checked.directory, publisher), // UTF-8 with a BOM, CRLF: opens in Excel as it is
  };
}
