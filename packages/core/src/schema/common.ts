import * as z from 'zod/mini';
import { AGE_BANDS, CONSENT_METHODS, CONSENT_STATUSES, RESOURCE_TYPES, SEXES, TIES, codesOf } from '../vocab';

import { LIMITS, SCHEMA_VERSION } from './limits';

export { SCHEMA_VERSION, LIMITS } from './limits';

/** Metadata tsunagu keeps about schema fields (emitted into the JSON Schemas). @public */
export interface FieldMeta {
  /** The field holds personal data: never logged, never in messages, left out of anonymized summaries. */
  personal?: boolean;
  /** The field feeds the 実績報告 counts. */
  reported?: boolean;
  /** What the field means, in English. */
  description?: string;
}

/** The registry of field metadata (personal data, reported fields). @public */
export const fieldMeta = /* @__PURE__ */ z.registry<FieldMeta>();

/** Marks a schema as personal data. */
export function personal<T extends z.core.$ZodType>(schema: T, description?: string): T {
  fieldMeta.add(schema, description ? { personal: true, description } : { personal: true });
  return schema;
}

/** Marks a schema as feeding the 実績報告 counts. */
export function reported<T extends z.core.$ZodType>(schema: T, description?: string): T {
  fieldMeta.add(schema, description ? { reported: true, description } : { reported: true });
  return schema;
}

/*
 * Text is plain text of any script. Whether a text must be filled in is a rule
 * (`field.required`), not a structure check, so that a blank field never hides
 * the other rules' findings from the person filling the sheet.
 */
/** Short text (names, organizations). */
export const shortText = () => z.string().check(z.maxLength(LIMITS.shortText));
/** Free text of any script, up to {@link LIMITS.longText} characters. */
export const longText = () => z.string().check(z.maxLength(LIMITS.longText));

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export const isoDate = () => z.iso.date();
/** A time of day, HH:MM. */
export const timeOfDay = () => z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
/** A code from a code list (national or a municipality's extension). */
export const code = () => z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/));
/** A list of codes. */
export const codeList = () => z.array(code()).check(z.maxLength(LIMITS.list));
/** A local identifier, unique within its document (rows, attendees, actions). */
export const localId = () => z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/));
/** A short list. */
export const list = <T extends z.core.$ZodType>(item: T, max: number = LIMITS.list) => z.array(item).check(z.maxLength(max));

/**
 * The portal's revision of a stored document (an ETag's value, a row version): opaque to tsunagu, which keeps it
 * as it came so that a page can save against it (`If-Match`) and a merge knows which save it builds on
 * (docs/server-side.md).
 */
export const revision = () => z.string().check(z.maxLength(200));

/** The id of a municipality's own question (`MunicipalPolicy.localItems`): a letter, then letters, digits, `-` and `_`. */
export const LOCAL_ITEM_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/**
 * The answer to one of a municipality's own questions, in the field its type stores (FHIR QuestionnaireResponse's
 * `value[x]`): `text` (text, long text), `code` (a choice), `codes` (several), `date`, `number`, `yes` (yes/no).
 * The stored shape is standard; the questions are the policy's. `nationalItemId` keeps the national item the
 * question stands for, so an answer stays comparable when the policy that asked it is gone.
 */
export const LocalAnswer = z.object({
  text: z.optional(personal(longText(), 'Answer to a local question, as written')),
  code: z.optional(code()),
  codes: z.optional(codeList()),
  date: z.optional(isoDate()),
  number: z.optional(z.int().check(z.minimum(-1_000_000_000), z.maximum(1_000_000_000))),
  yes: z.optional(z.boolean()),
  nationalItemId: z.optional(code()),
});
/** An answer to a municipality's own question. @public */
export type LocalAnswer = z.infer<typeof LocalAnswer>;

/**
 * Answers to a municipality's own questions, under the questions' ids. Answers to a question a later policy
 * dropped stay, valid and readable.
 */
export const localAnswers = () => z.record(z.string().check(z.regex(LOCAL_ITEM_ID)), LocalAnswer);

/**
 * The fields every document of a case starts with: its kind, the schema
 * version, its own id, the case it belongs to and the portal's revision.
 */
export const documentHeader = <const K extends string>(kind: K) => ({
  kind: z.literal(kind),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.optional(localId()),
  caseId: z.optional(localId()),
  /** The portal's revision of the stored document, kept as it came (opaque). */
  revision: z.optional(revision()),
  /** Answers to the municipality's own questions (`MunicipalPolicy.localItems`), by question id. */
  localItems: z.optional(localAnswers()),
});

/** Someone acting for an organization: a referrer, coordinator or confirmer. */
export const Staff = z.object({
  name: personal(shortText(), 'Name of the staff member'),
  organization: shortText(),
  department: z.optional(shortText()),
});
/** A staff member and their organization. @public */
export type Staff = z.infer<typeof Staff>;

/** An agency already involved with a person. */
export const Agency = z.object({
  name: shortText(),
  /** 分野 of the agency: what an anonymized summary keeps (米子) instead of the name. */
  field: z.optional(code()),
  contact: z.optional(personal(shortText(), 'Contact person or number at the agency')),
  /** フォーマル (an agency, a service) or インフォーマル (民生委員, neighbours, a salon, family elsewhere); formal when absent. */
  type: z.optional(z.enum(codesOf(RESOURCE_TYPES))),
  /** The tie as the ecomap draws it: 強い, 普通, 弱い, ストレスのある (TIES). */
  tie: z.optional(z.enum(codesOf(TIES))),
  /** What flows along the line (SUPPORT_FLOWS: 世帯支援, 異変時連絡, 経過報告, 見守り …), as 東海村's map labels it. */
  flow: z.optional(code()),
  /** Since when it is involved (absent: since before the case's records); the map of a date before it leaves it out. */
  from: z.optional(isoDate()),
  /** Until when (absent: still involved); the map of a later date leaves it out. */
  to: z.optional(isoDate()),
});
/** An agency or informal support involved with a person. @public */
export type Agency = z.infer<typeof Agency>;

/**
 * When one of a person's situations held, as a case keeps it: from (absent: since before the case's records) to
 * (absent: it still does). A past year's report reads the situations of its own end from these, so a situation
 * added or removed later does not change it (`situationsOn`, `changeSituations`).
 */
export const SituationPeriod = z.object({
  code: reported(code(), 'A situation (SITUATIONS)'),
  from: z.optional(isoDate()),
  to: z.optional(isoDate()),
});
/** When a situation held. @public */
export type SituationPeriod = z.infer<typeof SituationPeriod>;

/** Fields shared by the person and household members. */
const personShape = {
  /** Local id, for consent records and references. */
  id: z.optional(localId()),
  familyName: z.optional(personal(shortText(), '氏')),
  givenName: z.optional(personal(shortText(), '名')),
  familyNameKana: z.optional(personal(shortText(), '氏（フリガナ）, full-width katakana')),
  givenNameKana: z.optional(personal(shortText(), '名（フリガナ）, full-width katakana')),
  birthDate: z.optional(personal(isoDate(), 'Exact birth date')),
  approximateAge: z.optional(z.int().check(z.minimum(0), z.maximum(130))),
  /** 年代 (「60代」) when neither the birth date nor a single age is known. */
  ageBand: z.optional(z.enum(codesOf(AGE_BANDS))),
  /** What is known when the name or birth date is not. */
  identityNote: z.optional(personal(shortText(), 'What identifies the person when the name is unknown')),
  sex: z.optional(z.enum(codesOf(SEXES))),
  situations: z.optional(codeList()),
  /**
   * In a case, when situations began and ended (kept by `changeSituations`). A code of `situations` with no open
   * period here is taken as known throughout: records from before the log began.
   */
  situationLog: z.optional(list(SituationPeriod)),
  situationNote: z.optional(personal(longText(), 'Situation in free text')),
  /** Conditions the household map shows beside the person (「うつ病・パニック障害」「発達の遅れ」): health information. */
  conditions: z.optional(list(personal(shortText(), 'A condition, as the map shows it'), 10)),
  agencies: z.optional(list(Agency)),
};

/** The person the case is about. */
export const Person = z.object({
  ...personShape,
  /** 郵便番号, NNN-NNNN (the sheets format it; text that is not one is kept as typed). */
  postalCode: z.optional(personal(shortText(), 'Postal code (NNN-NNNN)')),
  address: z.optional(personal(shortText(), 'Address')),
  district: z.optional(shortText()),
  phone: z.optional(personal(shortText(), 'Phone number')),
  email: z.optional(personal(shortText(), 'E-mail address')),
});
/** The person the case is about. @public */
export type Person = z.infer<typeof Person>;

/** Another member of the household, with their relationship to the person. */
export const HouseholdMember = z.object({
  ...personShape,
  relationship: code(),
  livesTogether: z.optional(z.boolean()),
  /** Deceased (the genogram's ✕): kept for the family's history. */
  deceased: z.optional(z.boolean()),
});
/** A household member. @public */
export type HouseholdMember = z.infer<typeof HouseholdMember>;

/** The result of a consent check (本人同意). */
export const Consent = z.object({
  /** Whose consent (a person's local id); the person when absent. */
  personId: z.optional(localId()),
  status: z.enum(codesOf(CONSENT_STATUSES)),
  date: z.optional(isoDate()),
  method: z.optional(z.enum(codesOf(CONSENT_METHODS))),
  /** Scope: providing information to agencies, and collecting it from them. */
  scope: z.optional(z.object({ provide: z.optional(z.boolean()), collect: z.optional(z.boolean()) })),
  confirmedBy: z.optional(Staff),
  note: z.optional(longText()),
});
/** A consent record. @public */
export type Consent = z.infer<typeof Consent>;
