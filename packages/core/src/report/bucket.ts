import type { ReportCounts } from './measures';

/** The counts of the month an event falls in, when the event is in the report's period; `undefined` otherwise. */
export type Bucket = (date: string | undefined) => ReportCounts | undefined;
