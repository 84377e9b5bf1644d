import type { BetLimit } from "../game-input.ts";
import type { CatalogueStatus } from "../tables.ts";
import { formatRtp } from "../vocabulary.ts";

/** A game row as the catalogue queries return it (see `selectGameColumns`). */
export interface GameRow {
  id: string;
  name: string;
  provider_id: string;
  provider_name: string;
  provider_status: CatalogueStatus;
  type: string;
  rtp_bp: number;
  volatility: string | null;
  bet_limits: string;
  features: string;
  blocked_jurisdictions: string;
  thumbnail_url: string | null;
  banner_url: string | null;
  release_date: string;
  demo_available: number;
  feed_status: CatalogueStatus;
  admin_status: CatalogueStatus;
  popularity: number;
  created_at_ms: number;
  updated_at_ms: number;
  last_import_id: string | null;
  provider_setting: number | null;
  game_setting: number | null;
}

/** A game as operators see it. */
export interface Game {
  readonly id: string;
  readonly name: string;
  readonly provider: { readonly id: string; readonly name: string };
  readonly type: string;
  /** Percent with two decimals, exact: "96.48". */
  readonly rtp: string;
  /** The same RTP as integer basis points: 9648. */
  readonly rtpBasisPoints: number;
  readonly volatility: string | null;
  /** Integer minor units per ISO 4217 currency. */
  readonly betLimits: Record<string, BetLimit>;
  readonly features: string[];
  readonly images: { readonly thumbnail: string | null; readonly banner: string | null };
  readonly blockedJurisdictions: string[];
  readonly releaseDate: string;
  readonly demoAvailable: boolean;
  /** Placeholder ranking (0 until play counts feed it). */
  readonly popularity: number;
}

export function presentGame(row: GameRow): Game {
  return {
    id: row.id,
    name: row.name,
    provider: { id: row.provider_id, name: row.provider_name },
    type: row.type,
    rtp: formatRtp(row.rtp_bp),
    rtpBasisPoints: row.rtp_bp,
    volatility: row.volatility,
    betLimits: JSON.parse(row.bet_limits) as Record<string, BetLimit>,
    features: JSON.parse(row.features) as string[],
    images: { thumbnail: row.thumbnail_url, banner: row.banner_url },
    blockedJurisdictions: JSON.parse(row.blocked_jurisdictions) as string[],
    releaseDate: row.release_date,
    demoAvailable: row.demo_available === 1,
    popularity: row.popularity,
  };
}

/** Admins see why a game is or is not offered. */
export interface AdminGame extends Game {
  /** `active` only when the feed, the admin and the provider all say so. */
  readonly status: CatalogueStatus;
  readonly feedStatus: CatalogueStatus;
  readonly adminStatus: CatalogueStatus;
  readonly providerStatus: CatalogueStatus;
  readonly createdAtMs: number;
  readonly updatedAtMs: number;
  readonly lastImportId: string | null;
}

export function presentAdminGame(row: GameRow): AdminGame {
  const active =
    row.feed_status === "active" && row.admin_status === "active" && row.provider_status === "active";
  return {
    ...presentGame(row),
    status: active ? "active" : "disabled",
    feedStatus: row.feed_status,
    adminStatus: row.admin_status,
    providerStatus: row.provider_status,
    createdAtMs: row.created_at_ms,
    updatedAtMs: row.updated_at_ms,
    lastImportId: row.last_import_id,
  };
}

/** The operator's choice about one thing: explicit on or off, or the default (on). */
export type OperatorSetting = "enabled" | "disabled" | "default";

export function settingOf(value: number | null): OperatorSetting {
  return value === null ? "default" : value === 1 ? "enabled" : "disabled";
}

/** The backoffice view: the game, whether the operator offers it, and why. */
export interface OperatorSettingsGame extends Game {
  readonly enabled: boolean;
  readonly gameSetting: OperatorSetting;
  readonly providerSetting: OperatorSetting;
}

export function presentSettingsGame(row: GameRow): OperatorSettingsGame {
  return {
    ...presentGame(row),
    enabled: (row.game_setting ?? row.provider_setting ?? 1) === 1,
    gameSetting: settingOf(row.game_setting),
    providerSetting: settingOf(row.provider_setting),
  };
}
