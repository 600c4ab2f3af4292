/**
 * The resource directory for pages with no build step, apart from the sheets' bundle (a sheet's picker uses it when
 * the page loads it; a page of the directory alone needs nothing else):
 *   <script type="module" src="…/@tsunagu/sheets/dist/tsunagu-resource-directory.js"></script>
 * It shares dist/chunks/lit.js with the other browser files.
 */
export * from './define/resource-directory';
export { RESOURCE_DIRECTORY_LABELS } from './resource-directory/labels';
export { TsunaguResourcePickEvent } from './kit/events';
export { indexDirectory, isStale, isOpenAt, searchKey } from '@tsunagu/core/directory';
