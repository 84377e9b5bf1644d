/**
 * The one `Database` type: the intersection of every domain's tables. Each domain declares
 * its tables in its own folder (`<domain>/tables.ts`) and adds them here, so a newcomer
 * finds a table beside the code that owns it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}
