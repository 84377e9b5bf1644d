import type { CatalogueStatus } from "./tables.ts";
import { formatRtp, type GameType, type Volatility } from "./vocabulary.ts";

/** Bet limits of one currency, integer minor units. */
export interface BetLimit {
  readonly minMinor: number;
  readonly maxMinor: number;
}

/**
 * A game as a feed (or the built-in studio) describes it, validated and normalised: lists
 * sorted and de-duplicated, currencies upper case. Two inputs describing the same game are
 * deep-equal, which is what makes re-imports idempotent.
 */
export interface GameInput {
  readonly id: string;
  readonly name: string;
  readonly providerId: string;
  /** Creates or renames the provider; optional when the provider exists. */
  readonly providerName: string | undefined;
  readonly type: GameType;
  /** Basis points: 9648 = 96.48 %. */
  readonly rtpBp: number;
  readonly volatility: Volatility | null;
  /** Keyed by ISO 4217 code, keys sorted. */
  readonly betLimits: Readonly<Record<string, BetLimit>>;
  readonly features: readonly string[];
  readonly thumbnailUrl: string | null;
  readonly bannerUrl: string | null;
  readonly blockedJurisdictions: readonly string[];
  /** `YYYY-MM-DD`. */
  readonly releaseDate: string;
  readonly demoAvailable: boolean;
  /** The provider's availability flag; `disabled` withdraws the game. */
  readonly status: CatalogueStatus;
}

/** The feed-managed fields, in the order reports list them; `providerName` belongs to the provider. */
export const GAME_FIELDS = [
  "name",
  "type",
  "rtp",
  "volatility",
  "betLimits",
  "features",
  "images.thumbnail",
  "images.banner",
  "blockedJurisdictions",
  "releaseDate",
  "demoAvailable",
  "status",
] as const;
export type GameField = (typeof GAME_FIELDS)[number];

/** One field's value as reports show it (the feed's own vocabulary: RTP as a percent string). */
export function fieldValue(game: GameInput, field: GameField): unknown {
  switch (field) {
    case "name":
      return game.name;
    case "type":
      return game.type;
    case "rtp":
      return formatRtp(game.rtpBp);
    case "volatility":
      return game.volatility;
    case "betLimits":
      return game.betLimits;
    case "features":
      return game.features;
    case "images.thumbnail":
      return game.thumbnailUrl;
    case "images.banner":
      return game.bannerUrl;
    case "blockedJurisdictions":
      return game.blockedJurisdictions;
    case "releaseDate":
      return game.releaseDate;
    case "demoAvailable":
      return game.demoAvailable;
    case "status":
      return game.status;
  }
}

/** The fields whose values differ, each with its before and after. Empty when nothing changed. */
export function diffGames(
  before: GameInput,
  after: GameInput,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of GAME_FIELDS) {
    const from = fieldValue(before, field);
    const to = fieldValue(after, field);
    // Inputs are normalised (sorted lists, sorted keys), so JSON text equality is value equality.
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}
