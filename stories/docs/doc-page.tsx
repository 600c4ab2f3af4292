// A page of docs/ in Storybook: the Markdown as on GitHub, with its links to other pages of docs/ pointing at
// those pages here (a relative "privacy.md" would load the preview frame's folder and fail). A link to a file
// Storybook does not show (the changelog, an example, an ADR) becomes its path as text, never a dead link.
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { Markdown } from '@storybook/addon-docs/blocks';

/** The pages of docs/ that Storybook shows, by their path under docs/, with their Storybook titles. */
export const DOC_TITLES: Readonly<Record<string, string>> = {
  'getting-started.md': 'Docs/Getting started',
  'server-side.md': 'Docs/Validating on the server',
  'policies.md': 'Docs/Writing a municipal policy',
  'theming-and-printing.md': 'Docs/Theming and printing',
  'accessibility.md': 'Docs/Accessibility statement',
  'privacy.md': 'Docs/Privacy notes',
  'glossary.md': 'Docs/Glossary',
  'reference/rules.md': 'Docs/Rules and policy reference',
  'reference/data-format.md': 'Docs/Data format reference',
  'status.md': 'Docs/Status',
  'reliability.md': 'Docs/Reliability',
  'performance.md': 'Docs/Performance',
  'accessibility-report.md': 'Docs/Accessibility report (axe)',
  'sheet-kit.md': 'Docs/The sheet kit',
  'case-record.md': 'Docs/The case record',
  'household-map.md': 'Docs/The household map',
  'meeting-sessions.md': 'Docs/Meeting sessions',
  'reporting.md': 'Docs/Reporting',
  'ja/README.md': '日本語ドキュメント/はじめに',
  'ja/getting-started.md': '日本語ドキュメント/使い始める',
  'ja/server-side.md': '日本語ドキュメント/サーバーでの検証と送信',
  'ja/policies.md': '日本語ドキュメント/自治体の設定（policy）',
  'ja/theming-and-printing.md': '日本語ドキュメント/見た目と印刷',
  'ja/privacy.md': '日本語ドキュメント/個人情報の保護',
  'ja/accessibility.md': '日本語ドキュメント/ウェブアクセシビリティ方針',
};

/** Storybook's id of a title (its own sanitize: lower case, punctuation and spaces to one hyphen). */
export function storybookId(title: string): string {
  return title
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Where a link of the page at `from` (a path under docs/) leads in Storybook, or undefined for a page it does not show. */
export function storybookHref(href: string, from: string): string | undefined {
  if (/^(https?:|mailto:|#)/.test(href)) return href;
  const [path = '', hash = ''] = href.split('#');
  const parts = [...from.split('/').slice(0, -1), ...path.split('/')];
  const resolved: string[] = [];
  for (const p of parts) {
    if (p === '..') resolved.pop();
    else if (p && p !== '.') resolved.push(p);
  }
  const target = resolved.join('/').replace(/^docs\//, '');
  const title = DOC_TITLES[target];
  return title ? `./?path=/docs/${storybookId(title)}--docs${hash ? `&anchor=${hash}` : ''}` : undefined;
}

/** A docs/ page (`from` is its path under docs/, for its relative links). */
export function DocPage({ text, from }: { text: string; from: string }): ReactNode {
  const Link = ({ href = '', children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) => {
    const to = storybookHref(href, from);
    if (to === undefined) return <code title={href}>{children}</code>;
    return to.startsWith('./?path=') ? (
      <a {...rest} href={to} target="_top">
        {children}
      </a>
    ) : (
      <a {...rest} href={to}>
        {children}
      </a>
    );
  };
  return <Markdown options={{ overrides: { a: { component: Link } } }}>{text}</Markdown>;
}
