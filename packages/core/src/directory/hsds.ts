import { AREA_KINDS, FIELDS, RESOURCE_TARGETS, RESOURCE_TYPES } from '../vocab';
import type { VocabularyEntry } from '../vocab';
import type { Directory, DirectoryArea, DirectoryLocation, DirectoryOrganization, DirectoryService, OpeningHours, Weekday } from './model';
import { publicDirectory } from './public';

/*
 * HSDS 3.1 JSON, both ways. Published objects carry no private entry and no private field (`publicDirectory` first);
 * what HSDS has no field for (分野, 対象, formal or informal, the kind of 圏域, the reading in kana) travels as
 * attributes with taxonomy terms of tsunagu's own taxonomies, which HSDS provides for exactly this.
 * Sub-objects need UUIDs of their own: they are derived from their owner's id, so that the same directory always
 * gives the same file and a published file diffs line by line.
 */

/** A JSON object as HSDS writes it. @public */
export type HsdsObject = { readonly [key: string]: HsdsValue };
/** A JSON value. @public */
export type HsdsValue = string | number | boolean | null | HsdsObject | readonly HsdsValue[];

/** A directory in HSDS 3.1 JSON: the three lists of its core objects, each valid against HSDS's own schema. @public */
export interface HsdsDirectory {
  readonly organizations: readonly HsdsObject[];
  readonly services: readonly HsdsObject[];
  readonly locations: readonly HsdsObject[];
}

/** The taxonomies tsunagu's attributes use, by the name written in `taxonomy_term.taxonomy`. */
const TAXONOMIES = {
  field: { name: 'tsunagu:fields', list: FIELDS },
  target: { name: 'tsunagu:targets', list: RESOURCE_TARGETS },
  formality: { name: 'tsunagu:formality', list: RESOURCE_TYPES },
  areaKind: { name: 'tsunagu:area-kinds', list: AREA_KINDS },
  reading: { name: 'tsunagu:reading', list: [] },
} as const;
type Taxonomy = keyof typeof TAXONOMIES;

/** A version-8 UUID (RFC 9562) derived from a text: four FNV-1a hashes, so the same owner gives the same ids. @public */
export function stableUuid(seed: string): string {
  let hex = '';
  for (let round = 0; round < 4; round++) {
    let h = (0x811c9dc5 ^ Math.imul(round + 1, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function term(taxonomy: Taxonomy, code: string): HsdsObject {
  const { name, list } = TAXONOMIES[taxonomy];
  const entry = (list as readonly VocabularyEntry[]).find((e) => e.code === code);
  return {
    id: stableUuid(`${name}:${code}`),
    code,
    name: entry?.ja ?? code,
    description: entry?.en ?? code,
    taxonomy: name,
    language: 'ja',
  };
}

function attribute(ownerId: string, linkEntity: string, taxonomy: Taxonomy, code: string, value?: string): HsdsObject {
  const t = term(taxonomy, code);
  const a: Record<string, HsdsValue> = {
    id: stableUuid(`${ownerId}:attr:${t.taxonomy as string}:${code}`),
    link_id: ownerId,
    link_type: linkEntity,
    link_entity: linkEntity,
  };
  a.taxonomy_term_id = t.id as string;
  a.taxonomy_term = t;
  if (value !== undefined) a.value = value;
  return a;
}

const compact = (o: Record<string, HsdsValue | undefined>): HsdsObject =>
  Object.fromEntries(
    Object.entries(o).filter((e): e is [string, HsdsValue] => e[1] !== undefined && !(Array.isArray(e[1]) && e[1].length === 0)),
  );

function organizationToHsds(o: DirectoryOrganization): HsdsObject {
  return compact({
    id: o.id,
    name: o.name,
    // HSDS requires a description; a group with none is described by its name.
    description: o.description ?? o.name,
    email: o.email,
    website: o.url,
    phones: o.phone ? [{ id: stableUuid(`${o.id}:phone`), organization_id: o.id, number: o.phone }] : undefined,
    attributes: [
      attribute(o.id, 'organization', 'formality', o.formality),
      ...(o.nameKana ? [attribute(o.id, 'organization', 'reading', 'nameKana', o.nameKana)] : []),
    ],
  });
}

function locationToHsds(l: DirectoryLocation): HsdsObject {
  const a = l.address;
  return compact({
    id: l.id,
    location_type: 'physical',
    name: l.name,
    latitude: l.latitude,
    longitude: l.longitude,
    addresses: a
      ? [
          compact({
            id: stableUuid(`${l.id}:address`),
            location_id: l.id,
            address_1: a.street,
            address_2: a.building,
            city: a.city,
            state_province: a.prefecture,
            postal_code: a.postalCode ?? '',
            country: 'JP',
            address_type: 'physical',
          }),
        ]
      : undefined,
  });
}

function areaToHsds(serviceId: string, area: DirectoryArea, i: number): HsdsObject {
  const id = stableUuid(`${serviceId}:area:${i}`);
  return {
    id,
    service_id: serviceId,
    name: area.name,
    extent_type: 'text',
    attributes: [attribute(id, 'service_area', 'areaKind', area.kind)],
  };
}

function hoursToHsds(serviceId: string, h: OpeningHours, i: number): HsdsObject {
  return compact({
    id: stableUuid(`${serviceId}:schedule:${i}`),
    service_id: serviceId,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: h.days.join(','),
    opens_at: h.opens,
    closes_at: h.closes,
    timezone: 9,
    notes: h.note,
  });
}

function serviceToHsds(s: DirectoryService, locations: ReadonlySet<string>): HsdsObject {
  const c = s.contact;
  return compact({
    id: s.id,
    organization_id: s.organizationId,
    name: s.name,
    description: s.description,
    url: c?.url,
    email: c?.email,
    status: s.status,
    assured_date: s.lastConfirmed,
    phones: c?.phone ? [{ id: stableUuid(`${s.id}:phone`), service_id: s.id, number: c.phone }] : undefined,
    schedules: s.hours?.map((h, i) => hoursToHsds(s.id, h, i)),
    service_areas: s.areas.map((a, i) => areaToHsds(s.id, a, i)),
    service_at_locations: (s.locationIds ?? [])
      .filter((id) => locations.has(id))
      .map((id) => ({ id: stableUuid(`${s.id}:at:${id}`), service_id: s.id, location_id: id })),
    capacities: s.capacity
      ? [
          compact({
            id: stableUuid(`${s.id}:capacity`),
            service_id: s.id,
            unit: { id: stableUuid(`unit:${s.capacity.unit}`), name: s.capacity.unit },
            available: s.capacity.available,
            maximum: s.capacity.maximum,
            updated: s.capacity.updated,
          }),
        ]
      : undefined,
    attributes: [
      ...s.fields.map((f) => attribute(s.id, 'service', 'field', f)),
      ...(s.targets ?? []).map((t) => attribute(s.id, 'service', 'target', t)),
      ...(s.formality ? [attribute(s.id, 'service', 'formality', s.formality)] : []),
      ...(s.nameKana ? [attribute(s.id, 'service', 'reading', 'nameKana', s.nameKana)] : []),
    ],
  });
}

/**
 * The directory as HSDS 3.1 JSON for open data: organizations, services (with their phones, schedules, service
 * areas, capacities and links to locations) and locations. Private entries, services of private organizations,
 * private places, individuals and private fields are never in it.
 *
 * @example
 * ```ts
 * const json = JSON.stringify(directoryToHsds(directory), null, 2);
 * ```
 * @public
 */
export function directoryToHsds(directory: Directory): HsdsDirectory {
  const open = publicDirectory(directory);
  const locations = (open.locations ?? []).map(locationToHsds);
  const locationIds = new Set((open.locations ?? []).map((l) => l.id));
  return {
    organizations: open.organizations.map(organizationToHsds),
    services: open.services.map((s) => serviceToHsds(s, locationIds)),
    locations,
  };
}

/* ---------- reading ---------- */

const str = (v: HsdsValue | undefined): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: HsdsValue | undefined): number | undefined => (typeof v === 'number' ? v : undefined);
const arr = (v: HsdsValue | undefined): readonly HsdsObject[] =>
  Array.isArray(v) ? v.filter((x): x is HsdsObject => typeof x === 'object' && x !== null && !Array.isArray(x)) : [];
const obj = (v: HsdsValue | undefined): HsdsObject | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as HsdsObject) : undefined;

/** The codes of one of tsunagu's taxonomies among an object's attributes, with their values. */
function codesIn(o: HsdsObject, taxonomy: Taxonomy): { code: string; value: string | undefined }[] {
  const name = TAXONOMIES[taxonomy].name;
  return arr(o.attributes).flatMap((a) => {
    const t = obj(a.taxonomy_term);
    const code = str(t?.code);
    return t && str(t.taxonomy) === name && code ? [{ code, value: str(a.value) }] : [];
  });
}
const firstCode = (o: HsdsObject, taxonomy: Taxonomy) => codesIn(o, taxonomy)[0]?.code;
const reading = (o: HsdsObject) => codesIn(o, 'reading')[0]?.value;
const isCode = <T extends string>(list: readonly { code: T }[], c: string | undefined): c is T => list.some((e) => e.code === c);

function organizationFromHsds(o: HsdsObject): DirectoryOrganization {
  const formality = firstCode(o, 'formality');
  const description = str(o.description);
  const name = str(o.name) ?? '';
  return compact({
    id: str(o.id) ?? '',
    name,
    nameKana: reading(o),
    // The description HSDS required of a group with none is its name: read back as none.
    description: description === name ? undefined : description,
    formality: isCode(RESOURCE_TYPES, formality) ? formality : 'formal',
    url: str(o.website),
    email: str(o.email),
    phone: str(arr(o.phones)[0]?.number),
  }) as DirectoryOrganization;
}

function locationFromHsds(l: HsdsObject): DirectoryLocation {
  const a = arr(l.addresses)[0];
  return compact({
    id: str(l.id) ?? '',
    name: str(l.name),
    latitude: num(l.latitude),
    longitude: num(l.longitude),
    address: a
      ? compact({
          postalCode: str(a.postal_code),
          prefecture: str(a.state_province) ?? '',
          city: str(a.city) ?? '',
          street: str(a.address_1) ?? '',
          building: str(a.address_2),
        })
      : undefined,
  }) as DirectoryLocation;
}

function hoursFromHsds(h: HsdsObject): OpeningHours | undefined {
  const days = (str(h.byday) ?? '').split(',').map((d) => d.trim().slice(-2)) as Weekday[];
  const opens = str(h.opens_at)?.slice(0, 5);
  const closes = str(h.closes_at)?.slice(0, 5);
  if (!opens || !closes || days.length === 0 || days[0] === ('' as Weekday)) return undefined;
  return compact({ days, opens, closes, note: str(h.notes) }) as OpeningHours;
}

function serviceFromHsds(s: HsdsObject): DirectoryService {
  const nested = obj(s.organization);
  const capacity = arr(s.capacities)[0];
  const formality = firstCode(s, 'formality');
  const contact = compact({ phone: str(arr(s.phones)[0]?.number), email: str(s.email), url: str(s.url) });
  const status = str(s.status);
  const service = compact({
    id: str(s.id) ?? '',
    organizationId: str(s.organization_id) ?? str(nested?.id) ?? '',
    name: str(s.name) ?? '',
    nameKana: reading(s),
    description: str(s.description),
    targets: codesIn(s, 'target').map((c) => c.code),
    formality: isCode(RESOURCE_TYPES, formality) ? formality : undefined,
    areas: arr(s.service_areas).map((a) => {
      const kind = firstCode(a, 'areaKind');
      return { kind: isCode(AREA_KINDS, kind) ? kind : 'district', name: str(a.name) ?? '' };
    }),
    locationIds: arr(s.service_at_locations).flatMap((at) => str(at.location_id) ?? str(obj(at.location)?.id) ?? []),
    contact: Object.keys(contact).length ? contact : undefined,
    hours: arr(s.schedules).flatMap((h) => hoursFromHsds(h) ?? []),
    capacity: capacity
      ? compact({
          available: num(capacity.available) ?? 0,
          maximum: num(capacity.maximum),
          unit: str(obj(capacity.unit)?.name) ?? '',
          updated: str(capacity.updated) ?? '',
        })
      : undefined,
    status: status === 'inactive' || status === 'defunct' || status === 'temporarily closed' ? status : 'active',
    lastConfirmed: str(s.assured_date)?.slice(0, 10),
  });
  // Fields and areas are required lists, empty or not.
  return { ...service, fields: codesIn(s, 'field').map((c) => c.code), areas: service.areas ?? [] } as DirectoryService;
}

/**
 * A directory read from HSDS 3.x JSON: the three lists {@link directoryToHsds} writes, or services alone with their
 * organizations and locations nested, as HSDS's API returns them (`/services?full=true`). What tsunagu's profile has
 * no place for is left out. Check the result with `parseDirectory` before it is used.
 * @public
 */
export function directoryFromHsds(hsds: {
  readonly organizations?: readonly HsdsObject[];
  readonly services?: readonly HsdsObject[];
  readonly locations?: readonly HsdsObject[];
}): Directory {
  const organizations = new Map<string, DirectoryOrganization>();
  const locations = new Map<string, DirectoryLocation>();
  for (const o of hsds.organizations ?? []) organizations.set(str(o.id) ?? '', organizationFromHsds(o));
  for (const l of hsds.locations ?? []) locations.set(str(l.id) ?? '', locationFromHsds(l));
  for (const s of hsds.services ?? []) {
    const nested = obj(s.organization);
    if (nested && !organizations.has(str(nested.id) ?? '')) organizations.set(str(nested.id) ?? '', organizationFromHsds(nested));
    for (const at of arr(s.service_at_locations)) {
      const l = obj(at.location);
      if (l && !locations.has(str(l.id) ?? '')) locations.set(str(l.id) ?? '', locationFromHsds(l));
    }
  }
  const directory: Directory = { organizations: [...organizations.values()], services: (hsds.services ?? []).map(serviceFromHsds) };
  return locations.size ? { ...directory, locations: [...locations.values()] } : directory;
}
