/**
 * @tsunagu/core/directory — the region's resources (地域資源) as a directory that every sheet picks from: a profile of
 * Open Referral's HSDS 3.1 for Japanese municipalities (organizations, services, places, 圏域, 分野, 対象, formal or
 * informal, hours, capacity, when last confirmed), with individuals (民生委員, a neighbour) private by construction.
 * Search by kana or kanji, HSDS JSON both ways, open data (HSDS JSON, CSV as 「公共施設一覧」) that never holds a
 * private entry or field, and the 地域課題 register that gathers what the meetings found missing. Pure; its own entry
 * point, so no sheet pays for it.
 * @packageDocumentation
 */
export {
  Directory,
  DirectoryOrganization,
  DirectoryService,
  DirectoryLocation,
  DirectoryIndividual,
  DirectoryArea,
  DirectoryAddress,
  DirectoryContact,
  OpeningHours,
  Capacity,
  type Weekday,
} from './model';
export { parseDirectory, type DirectoryIssue, type DirectoryIssueCode, type DirectoryResult } from './parse';
export { publicDirectory } from './public';
export { directoryToHsds, directoryFromHsds, stableUuid, type HsdsDirectory, type HsdsObject, type HsdsValue } from './hsds';
export { directoryToOpenDataCsv, OPEN_DATA_COLUMNS, type OpenDataPublisher } from './open-data';
export { indexDirectory, searchKey, isOpenAt, isStale, type DirectoryIndex, type DirectoryQuery, type DirectoryResource } from './search';
export { communityIssueRegister, type RegisterOptions, type RegisterRow } from './register';
