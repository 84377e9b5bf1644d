import type { Insertable, Selectable } from "kysely";
import type { BetLimit, GameInput } from "./game-input.ts";
import type { CatalogueGamesTable } from "./tables.ts";
import { normaliseName, type GameType, type Volatility } from "./vocabulary.ts";

/** A stored game back as the input that would produce it (for diffs against a feed row). */
export function rowToInput(row: Selectable<CatalogueGamesTable>): GameInput {
  return {
    id: row.id,
    name: row.name,
    providerId: row.provider_id,
    providerName: undefined,
    type: row.type as GameType,
    rtpBp: row.rtp_bp,
    volatility: row.volatility as Volatility | null,
    betLimits: JSON.parse(row.bet_limits) as Record<string, BetLimit>,
    features: JSON.parse(row.features) as string[],
    thumbnailUrl: row.thumbnail_url,
    bannerUrl: row.banner_url,
    blockedJurisdictions: JSON.parse(row.blocked_jurisdictions) as string[],
    releaseDate: row.release_date,
    demoAvailable: row.demo_available === 1,
    status: row.feed_status,
  };
}

/** The feed-managed columns of a game (not its admin status, popularity or creation time). */
export function inputToColumns(game: GameInput) {
  return {
    provider_id: game.providerId,
    name: game.name,
    name_lower: normaliseName(game.name),
    type: game.type,
    rtp_bp: game.rtpBp,
    volatility: game.volatility,
    bet_limits: JSON.stringify(game.betLimits),
    features: JSON.stringify(game.features),
    blocked_jurisdictions: JSON.stringify(game.blockedJurisdictions),
    thumbnail_url: game.thumbnailUrl,
    banner_url: game.bannerUrl,
    release_date: game.releaseDate,
    demo_available: game.demoAvailable ? 1 : 0,
    feed_status: game.status,
  } satisfies Partial<Insertable<CatalogueGamesTable>>;
}

/** The filter tables' rows of a game. */
export function childRows(game: GameInput) {
  return {
    features: game.features.map((feature) => ({ game_id: game.id, feature })),
    betLimits: Object.entries(game.betLimits).map(([currency, limit]) => ({
      game_id: game.id,
      currency,
      min_minor: limit.minMinor,
      max_minor: limit.maxMinor,
    })),
    blocked: game.blockedJurisdictions.map((jurisdiction) => ({ game_id: game.id, jurisdiction })),
  };
}
