import type { IssueCode, StructureCode } from '../rules/codes';

/** A supported locale. @public */
export type Locale = 'ja' | 'en';

/** A message catalog: one message per issue code; `{name}` stands for a parameter. @public */
export type Messages = Readonly<Record<IssueCode, string>>;

/** The messages of the structure codes in one locale. */
export type StructureMessages = Readonly<Record<StructureCode, string>>;
