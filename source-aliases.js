// Tests and Storybook use the packages' sources directly, so no build is needed first.
import { fileURLToPath } from 'node:url';

/** @param {string} p */
const src = (p) => fileURLToPath(new URL(p, import.meta.url));

/** @type {{ find: RegExp; replacement: string }[]} */
export const sourceAliases = [
  { find: /^@tsunagu\/core$/, replacement: src('./packages/core/src/index.ts') },
  { find: /^@tsunagu\/core\/export$/, replacement: src('./packages/core/src/export/index.ts') },
  { find: /^@tsunagu\/core\/match$/, replacement: src('./packages/core/src/match/index.ts') },
  { find: /^@tsunagu\/core\/merge$/, replacement: src('./packages/core/src/merge/index.ts') },
  { find: /^@tsunagu\/core\/personal-data$/, replacement: src('./packages/core/src/personal-data/index.ts') },
  { find: /^@tsunagu\/core\/directory$/, replacement: src('./packages/core/src/directory/index.ts') },
  { find: /^@tsunagu\/sheets$/, replacement: src('./packages/sheets/src/index.ts') },
  { find: /^@tsunagu\/sheets\/(.*)$/, replacement: src('./packages/sheets/src/define/$1.ts') },
];
