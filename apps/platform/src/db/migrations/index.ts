import type { Migration } from "kysely/migration";

/**
 * Every migration, by name. Names sort in the order they run (`NNNN-domain-what`), and a
 * migration is frozen once merged: change the schema with a new one. Migrations take
 * `Kysely<any>` so they never depend on today's types.
 */
export const migrations: Record<string, Migration> = {};
