import type { Resource } from '../schema/support-sharing';

/**
 * Whether a meeting's resource is a candidate entry for the resource directory: in use or considered, named, and typed
 * freely (no directory id) — the directory lacks it. The sheets mark it; the 地域課題 register counts it.
 * @public
 */
export function isCandidateEntry(resource: Resource): boolean {
  return resource.state !== 'missing' && !resource.directoryId && resource.name.trim() !== '';
}
