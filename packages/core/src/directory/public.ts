import type { Directory, DirectoryService } from './model';

/**
 * What of a directory may be published: no individual, no private organization or any of its services, no private
 * service, no private place (and no link to one), and no private field (a contact person's name, the note for case
 * workers). Every open-data export starts here, so that none can forget a rule.
 * @public
 */
export function publicDirectory(directory: Directory): Directory {
  const organizations = directory.organizations.filter((o) => !o.private);
  const open = new Set(organizations.map((o) => o.id));
  const locations = (directory.locations ?? []).filter((l) => !l.private);
  const places = new Set(locations.map((l) => l.id));
  const services = directory.services
    .filter((s) => !s.private && open.has(s.organizationId))
    .map((s): DirectoryService => {
      const { private: _private, internalNote: _note, contact, locationIds, ...rest } = s;
      const out: { -readonly [K in keyof DirectoryService]: DirectoryService[K] } = { ...rest };
      if (contact) {
        const { personName: _person, ...reach } = contact;
        if (Object.keys(reach).length) out.contact = reach;
      }
      const kept = locationIds?.filter((id) => places.has(id));
      if (kept?.length) out.locationIds = kept;
      return out;
    });
  const result: Directory = {
    organizations: organizations.map(({ private: _p, ...o }) => o),
    services,
  };
  return locations.length ? { ...result, locations: locations.map(({ private: _p, ...l }) => l) } : result;
}
