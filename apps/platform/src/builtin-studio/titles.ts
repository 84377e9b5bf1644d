import {
  catalogueEntryOf,
  loadTitle,
  titleVersion,
  type EngineId,
  type Game,
  type StakeLimits,
} from "@croupier/games";
import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { stakeRangeOf } from "../provider-gateway/limits/bet-limits.ts";
import type { SessionRow } from "../sessions/tables.ts";

/** A built-in title as the studio plays it: the engine's game plus what a client needs to draw it. */
export interface StudioTitle {
  readonly game: Game;
  readonly engine: EngineId;
  readonly name: string;
  /** `titleVersion` of its definition: what a round records, so its replay uses the same maths. */
  readonly version: string;
  /** Stakes are multiples of this (a slot's coins per spin, 2 for a 3:2 blackjack, 1 otherwise). */
  readonly stepMinor: number;
  /** What the client renders: layout, symbols, paylines, pay tables, table rules. No reel strips. */
  readonly config: Readonly<Record<string, unknown>>;
}

interface SlotFile {
  layout: { reels: number; rows: number };
  symbols: { id: string; name?: string; kind?: string }[];
  lines?: number[][];
  betCoins?: number;
  pays: Record<string, Record<string, number>>;
  scatterPays?: Record<string, number>;
  freeSpins?: { awards: Record<string, number>; multiplier: number; retrigger: boolean; maxSpins: number };
}

const bundled = new Map<string, StudioTitle>();

/** The bundled title of `gameId` (its current version), or undefined when it is not one of the built-in studio's. */
export function studioTitle(gameId: string): StudioTitle | undefined {
  const cached = bundled.get(gameId);
  if (cached !== undefined) return cached;
  const loaded = loadTitle(gameId);
  if (!loaded.ok) return undefined;
  const title = studioTitleOf(loaded.game);
  bundled.set(gameId, title);
  return title;
}

/** A loaded game (the bundled version, or an older one kept by version) as the studio plays it. */
export function studioTitleOf(game: Game): StudioTitle {
  const version = titleVersion(game.title);
  // Title files are validated by their engine on load; the fields read here are part of each
  // engine's schema (the title object is the file itself).
  const file = game.title as unknown as Record<string, unknown>;
  const engine = game.title.engine;
  const name = game.title.name;
  switch (engine) {
    case "line-slot":
    case "ways-slot": {
      const slot = file as unknown as SlotFile;
      const betCoins = engine === "line-slot" ? (slot.lines?.length ?? 1) : (slot.betCoins ?? 1);
      return {
        game,
        engine,
        name,
        version,
        stepMinor: betCoins,
        config: {
          reels: slot.layout.reels,
          rows: slot.layout.rows,
          symbols: slot.symbols.map((s) => ({ id: s.id, kind: s.kind ?? "regular" })),
          ...(slot.lines === undefined ? {} : { lines: slot.lines }),
          betCoins,
          pays: slot.pays,
          scatterPays: slot.scatterPays ?? {},
          freeSpins:
            slot.freeSpins === undefined
              ? null
              : {
                  awards: slot.freeSpins.awards,
                  multiplier: slot.freeSpins.multiplier,
                  retrigger: slot.freeSpins.retrigger,
                  maxSpins: slot.freeSpins.maxSpins,
                },
        },
      };
    }
    case "roulette": {
      const rules = file.rules as { laPartage: boolean };
      return { game, engine, name, version, stepMinor: 1, config: { laPartage: rules.laPartage } };
    }
    case "keno":
      return {
        game,
        engine,
        name,
        version,
        stepMinor: 1,
        config: { spots: file.spots, pool: 80, drawn: 20, pays: file.pays },
      };
    case "blackjack": {
      const rules = file.rules as { blackjackPays: [number, number] } & Record<string, unknown>;
      const [num, den] = rules.blackjackPays;
      const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
      return { game, engine, name, version, stepMinor: den / gcd(num, den), config: { rules } };
    }
  }
}

export interface BetLimits extends StakeLimits {
  readonly stepMinor: number;
}

/**
 * The stakes a session may play, in its currency's minor units: the catalogue's limits of the
 * game in that currency (narrowed by the operator's own, the same range the gateway enforces),
 * which replace the title's single default range rather than narrow it (a KWD maximum of
 * 100,000 is 100 KWD, whatever the title's default of 10,000 minor units). A bound nobody set
 * falls back to the title's. The maximum stays where the title's largest win is an exact
 * integer, and both are rounded inwards to whole steps. Rounds pass these limits to the engine
 * (`PlayRequest.limits`), stored with the request, so a replay checks the same range.
 */
export async function betLimitsOf(
  db: Kysely<Database>,
  title: StudioTitle,
  session: Pick<SessionRow, "game_id" | "operator_id" | "currency">,
): Promise<BetLimits> {
  const range = await stakeRangeOf(db, session);
  const minMinor = range.minMinor ?? title.game.title.betLimits.minMinor;
  let maxMinor = range.maxMinor ?? title.game.title.betLimits.maxMinor;
  const multiple = catalogueEntryOf(title.game.title.id)?.maxWinMultiplier;
  if (multiple !== undefined)
    maxMinor = Math.min(maxMinor, Math.floor(Number.MAX_SAFE_INTEGER / Math.ceil(multiple)));
  const step = title.stepMinor;
  return {
    minMinor: Math.max(step, Math.ceil(minMinor / step) * step),
    maxMinor: Math.floor(maxMinor / step) * step,
    stepMinor: step,
  };
}
