import * as z from 'zod/mini';
import { AREA_KINDS, RESOURCE_TYPES, codesOf } from '../vocab';
import { code, isoDate, list, localId, longText, personal, shortText, timeOfDay } from '../schema/common';

/*
 * The directory of local resources (地域資源) as a profile of Open Referral's HSDS 3.1 for Japanese municipalities:
 * organizations, their services and the places they are held, plus the people a case worker calls on who are no
 * organization (民生委員, a neighbour, a volunteer) — those are private by construction and never published.
 * Identifiers of organizations, services and locations are UUIDs, as HSDS requires; an individual's is a local id.
 */

/** The days of the week, as HSDS's schedules write them (iCalendar BYDAY). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** A day of the week (iCalendar BYDAY). @public */
export type Weekday = (typeof WEEKDAYS)[number];

/** A service's state, as HSDS names it. */
export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

const uuid = () => z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/));
/** A web address: what HSDS's `uri` format takes. */
const webAddress = () => z.string().check(z.maxLength(2000), z.regex(/^https?:\/\/[^\s]+$/));
const email = () => z.string().check(z.maxLength(254), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/));

/** An area a resource serves: its kind (AREA_KINDS) and its name (「北部圏域」「南中学校区」「女良地区」). */
export const DirectoryArea = z.object({
  kind: z.enum(codesOf(AREA_KINDS)),
  name: shortText(),
});
/** An area a resource serves. @public */
export type DirectoryArea = z.infer<typeof DirectoryArea>;

/** Opening hours on some days of the week: 「月・水 10:00〜15:00」. */
export const OpeningHours = z.object({
  days: list(z.enum(WEEKDAYS), 7).check(z.minLength(1)),
  opens: timeOfDay(),
  closes: timeOfDay(),
  /** What the times leave out: 「第2・第4のみ」「祝日は休み」. */
  note: z.optional(shortText()),
});
/** Opening hours. @public */
export type OpeningHours = z.infer<typeof OpeningHours>;

/** How many places are free (HSDS 3.1 `service_capacity`): 「定員10名・空き2名」, as of when. */
export const Capacity = z.object({
  available: z.int().check(z.minimum(0), z.maximum(100_000)),
  maximum: z.optional(z.int().check(z.minimum(0), z.maximum(100_000))),
  /** What is counted: 名, 席, 枠, 床. */
  unit: shortText(),
  /** When the count was last updated (ISO date-time with offset). */
  updated: z.iso.datetime({ offset: true }),
});
/** How many places are free. @public */
export type Capacity = z.infer<typeof Capacity>;

/** How to reach a resource. The person's name is a private field: kept for the case workers, never published. */
export const DirectoryContact = z.object({
  phone: z.optional(shortText()),
  email: z.optional(email()),
  url: z.optional(webAddress()),
  /** 担当者: a private field. */
  personName: z.optional(personal(shortText(), 'Contact person at a resource (private field)')),
});
/** How to reach a resource. @public */
export type DirectoryContact = z.infer<typeof DirectoryContact>;

/** An address in Japan, as 自治体標準オープンデータセット splits it. */
export const DirectoryAddress = z.object({
  postalCode: z.optional(shortText()),
  prefecture: shortText(),
  city: shortText(),
  /** 町字 and 番地. */
  street: shortText(),
  /** 建物名等（方書）. */
  building: z.optional(shortText()),
});
/** An address. @public */
export type DirectoryAddress = z.infer<typeof DirectoryAddress>;

/** An organization: an agency, a 社協, an NPO, a 自治会 or a group of neighbours that runs a サロン. */
export const DirectoryOrganization = z.object({
  id: uuid(),
  name: shortText(),
  /** Reading in kana (名称_カナ): what search by kana reads. */
  nameKana: z.optional(shortText()),
  description: z.optional(longText()),
  formality: z.enum(codesOf(RESOURCE_TYPES)),
  url: z.optional(webAddress()),
  email: z.optional(email()),
  phone: z.optional(shortText()),
  /** Never published: a group that meets in someone's home, or one that asked not to be listed. */
  private: z.optional(z.boolean()),
});
/** An organization. @public */
export type DirectoryOrganization = z.infer<typeof DirectoryOrganization>;

/** A place where services are held (a 公民館, a 集会所, an office). */
export const DirectoryLocation = z.object({
  id: uuid(),
  name: z.optional(shortText()),
  address: z.optional(DirectoryAddress),
  latitude: z.optional(z.number().check(z.minimum(-90), z.maximum(90))),
  longitude: z.optional(z.number().check(z.minimum(-180), z.maximum(180))),
  /** Never published: someone's home. */
  private: z.optional(z.boolean()),
});
/** A place. @public */
export type DirectoryLocation = z.infer<typeof DirectoryLocation>;

/** A service: what a case worker connects a person to (a サロン, 就労準備支援, 配食, 学習支援…). */
export const DirectoryService = z.object({
  id: uuid(),
  organizationId: uuid(),
  name: shortText(),
  nameKana: z.optional(shortText()),
  description: z.optional(longText()),
  /** 分野 (FIELDS, or the municipality's own). */
  fields: list(code(), 20),
  /** 対象 (RESOURCE_TARGETS, or the municipality's own). */
  targets: z.optional(list(code(), 20)),
  /** Formal (制度) or informal (住民・ボランティア): the organization's when absent. */
  formality: z.optional(z.enum(codesOf(RESOURCE_TYPES))),
  areas: list(DirectoryArea, 50),
  locationIds: z.optional(list(uuid(), 50)),
  contact: z.optional(DirectoryContact),
  hours: z.optional(list(OpeningHours, 14)),
  capacity: z.optional(Capacity),
  status: z.enum(SERVICE_STATUSES),
  /** When someone last confirmed the entry is true (HSDS `assured_date`): older than a year is shown as stale. */
  lastConfirmed: z.optional(isoDate()),
  /** Never published. */
  private: z.optional(z.boolean()),
  /** For the case workers only (「送迎あり。担当の○○さんに直接」): a private field. */
  internalNote: z.optional(personal(longText(), 'Note for case workers on a resource (private field)')),
});
/** A service. @public */
export type DirectoryService = z.infer<typeof DirectoryService>;

/** Someone a case worker calls on who is no organization: a 民生委員, a neighbour, a volunteer. Always private. */
export const DirectoryIndividual = z.object({
  id: localId(),
  name: personal(shortText(), 'Name of an individual in the resource directory'),
  nameKana: z.optional(personal(shortText(), 'Reading of the name of an individual in the directory')),
  /** 民生委員・児童委員, 近所の方, ボランティア, 主任児童委員 … */
  role: shortText(),
  fields: z.optional(list(code(), 20)),
  areas: list(DirectoryArea, 50),
  phone: z.optional(personal(shortText(), 'Phone of an individual in the directory')),
  note: z.optional(personal(longText(), 'Note on an individual in the directory')),
  lastConfirmed: z.optional(isoDate()),
});
/** Someone who is no organization. Always private. @public */
export type DirectoryIndividual = z.infer<typeof DirectoryIndividual>;

/** A municipality's directory of local resources. */
export const Directory = z.object({
  organizations: list(DirectoryOrganization, 20_000),
  services: list(DirectoryService, 50_000),
  locations: z.optional(list(DirectoryLocation, 20_000)),
  individuals: z.optional(list(DirectoryIndividual, 20_000)),
});
/** A municipality's directory of local resources. @public */
export type Directory = z.infer<typeof Directory>;
