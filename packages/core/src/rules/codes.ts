/**
 * Codes of structure issues: the shape of the document. Always errors; a
 * policy cannot switch them off.
 * @public
 */
export const STRUCTURE_CODES = [
  'structure.type',
  'structure.value',
  'structure.date',
  'structure.time',
  'structure.code',
  'structure.number',
  'structure.tooLong',
  'structure.tooMany',
  'structure.tooFew',
  'structure.kind',
  'structure.schemaVersion',
  'structure.unreadable',
] as const;

export { RULE_CODES, RULE_DEFAULTS, type RuleCode } from './catalog';
import type { RuleCode } from './catalog';

/** The code of a structure issue. @public */
export type StructureCode = (typeof STRUCTURE_CODES)[number];
/** Any issue code. @public */
export type IssueCode = StructureCode | RuleCode;
