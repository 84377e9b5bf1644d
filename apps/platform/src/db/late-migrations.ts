/**
 * Migrations that were merged after migrations named later than them, so a database migrated in
 * between has the later ones applied but not these. The runner refuses such an out-of-order
 * migration (it would run in another order there than on a fresh database), except the ones
 * listed here: each was checked to be independent of the migrations it now runs after, so both
 * orders give the same schema. The list is history, closed: a new migration gets a name that sorts
 * after every merged one (the numbers are per domain, see migrations/index.ts), never an entry here.
 */
export const LATE_MIGRATIONS: Readonly<Record<string, string>> = {
  // Merged after 0300-game-studios, 0301-game-sessions and 0302-gateway-transactions (November
  // 2026). It creates only the catalogue_* tables, which reference operators (0001) alone; none
  // of 0300-0302 references a catalogue table, and none of them is referenced by it.
  "0200-catalogue": "merged after 0300-0302; independent of them",
};
