/** Platform-wide switch on a provider or game, set by an admin (compliance, commercial reasons). */
export type CatalogueStatus = "active" | "disabled";

export interface CatalogueProvidersTable {
  /** Stable slug (`pragmatic-play`); what feeds and operators use. */
  id: string;
  name: string;
  /** Set by admins only; a feed never changes it. */
  status: CatalogueStatus;
  created_at_ms: number;
  updated_at_ms: number;
}

/**
 * One row per game. The list-valued fields live twice: as JSON on this row (what the APIs
 * present, read in the same query) and in the child tables below (what filters use, indexed).
 * Both are written in the same transaction by the import, the only writer of feed fields.
 */
export interface CatalogueGamesTable {
  /** Stable slug (`sweet-bonanza`), unique across providers; the `game_id` of the wire protocol. */
  id: string;
  provider_id: string;
  name: string;
  /** `normaliseName(name)`: lower case, accents stripped, spaces collapsed. Search and name sort use it. */
  name_lower: string;
  type: string;
  /** Return to player in basis points of the stake: 9648 = 96.48 %. Exact, never a float. */
  rtp_bp: number;
  volatility: string | null;
  /** JSON `{ "EUR": { "minMinor": 10, "maxMinor": 10000 } }`, currencies sorted. */
  bet_limits: string;
  /** JSON array of feature slugs, sorted. */
  features: string;
  /** JSON array of jurisdiction codes where the game may NOT be offered, sorted. */
  blocked_jurisdictions: string;
  thumbnail_url: string | null;
  banner_url: string | null;
  /** `YYYY-MM-DD`; sorts as text. */
  release_date: string;
  /** 0 or 1 (SQLite has no boolean). */
  demo_available: number;
  /** The provider's word, from the feed (a withdrawn game comes as `disabled`). */
  feed_status: CatalogueStatus;
  /** The platform's word, from an admin; a re-import never overrides it. */
  admin_status: CatalogueStatus;
  /** Placeholder for a play-count based ranking; 0 until rounds feed it. */
  popularity: number;
  created_at_ms: number;
  updated_at_ms: number;
  /** The import that last added or changed the row. */
  last_import_id: string | null;
}

export interface CatalogueGameFeaturesTable {
  game_id: string;
  feature: string;
}

export interface CatalogueGameBetLimitsTable {
  game_id: string;
  currency: string;
  min_minor: number;
  max_minor: number;
}

export interface CatalogueGameBlockedJurisdictionsTable {
  game_id: string;
  jurisdiction: string;
}

/** An operator's own choice about a provider; no row means the default (enabled). */
export interface CatalogueOperatorProvidersTable {
  operator_id: string;
  provider_id: string;
  /** 0 or 1. */
  enabled: number;
  updated_at_ms: number;
  updated_by: string;
}

/** An operator's own choice about one game; it wins over the operator's provider choice. */
export interface CatalogueOperatorGamesTable {
  operator_id: string;
  game_id: string;
  /** 0 or 1. */
  enabled: number;
  updated_at_ms: number;
  updated_by: string;
}

export interface CatalogueLobbySettingsTable {
  operator_id: string;
  /** Where a tile sends the player's browser (`?game_id=` is added); the operator's backend launches. */
  launch_url: string | null;
  /** JSON array of origins allowed to frame the lobby; empty: the operator's website. */
  frame_ancestors: string;
  updated_at_ms: number;
}

export type ImportFormat = "json" | "csv";

/** One applied feed import (dry runs are not recorded: they change nothing). */
export interface CatalogueImportsTable {
  id: string;
  created_at_ms: number;
  actor_kind: string;
  actor_id: string;
  format: ImportFormat;
  /** Free label from the uploader (file name, feed URL). */
  source: string | null;
  /** sha256 of the feed bytes: the same feed imported twice shows the same hash. */
  feed_sha256: string;
  rows_total: number;
  added: number;
  changed: number;
  unchanged: number;
  refused: number;
  /** The full report, JSON. */
  report: string;
}

export interface CatalogueTables {
  catalogue_providers: CatalogueProvidersTable;
  catalogue_games: CatalogueGamesTable;
  catalogue_game_features: CatalogueGameFeaturesTable;
  catalogue_game_bet_limits: CatalogueGameBetLimitsTable;
  catalogue_game_blocked_jurisdictions: CatalogueGameBlockedJurisdictionsTable;
  catalogue_operator_providers: CatalogueOperatorProvidersTable;
  catalogue_operator_games: CatalogueOperatorGamesTable;
  catalogue_lobby_settings: CatalogueLobbySettingsTable;
  catalogue_imports: CatalogueImportsTable;
}
