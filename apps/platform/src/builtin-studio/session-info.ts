import { catalogueEntryOf } from "@croupier/games";
import { currencyExponent } from "@croupier/protocol";
import { builtInFigures } from "../catalogue/feed/built-in-figures.ts";
import { settleIfAbandoned } from "./abandoned-settle.ts";
import type { ClientAccess } from "./access.ts";
import { presentRound, type RoundView } from "./present.ts";
import { unfinishedRounds } from "./round-store.ts";
import type { StudioDeps } from "./studio-deps.ts";
import { betLimitsOf, type StudioTitle } from "./titles.ts";

/** What a game client needs to start: who plays what, in which currency, with which stakes. */
export interface SessionInfo {
  readonly session_id: string;
  readonly game_id: string;
  readonly game_name: string;
  readonly engine: string;
  readonly currency: string;
  readonly currency_exponent: number;
  readonly demo: boolean;
  readonly balance: number | null;
  readonly language: string;
  readonly return_url: string;
  readonly cashier_url: string;
  readonly bet_limits: {
    readonly min_minor: number;
    readonly max_minor: number;
    readonly step_minor: number;
  };
  /** From the engine's computation, for the player's pay table and rules panel. */
  readonly rtp: {
    readonly percent: string;
    readonly basis_points: number;
    readonly method: "exact" | "simulation";
  };
  readonly volatility: "low" | "medium" | "high";
  readonly max_win_multiplier: number;
  readonly config: Readonly<Record<string, unknown>>;
  readonly open_round: RoundView | null;
}

export async function sessionInfo(
  deps: StudioDeps,
  access: ClientAccess,
  title: StudioTitle,
  balanceMinor: number | undefined,
): Promise<SessionInfo> {
  const { session } = access;
  const entry = catalogueEntryOf(title.game.title.id);
  const figures = builtInFigures(title.game.title.id);
  if (entry === undefined || figures === undefined) throw new Error(`${title.game.title.id} is not bundled`);
  const limits = await betLimitsOf(deps.db, title, session);
  const [inPlay] = await unfinishedRounds(deps, session.id, ["in_play"], 1);
  // A hand the platform closed as abandoned is over, though nothing has told this row yet.
  const open =
    inPlay === undefined || (await settleIfAbandoned(deps, inPlay)) !== undefined ? undefined : inPlay;
  return {
    session_id: session.id,
    game_id: session.game_id,
    game_name: title.name,
    engine: title.engine,
    currency: session.currency,
    currency_exponent: currencyExponent(session.currency) ?? 0,
    demo: session.demo === 1,
    balance: balanceMinor ?? null,
    language: session.language,
    return_url: session.return_url,
    cashier_url: session.cashier_url,
    bet_limits: { min_minor: limits.minMinor, max_minor: limits.maxMinor, step_minor: limits.stepMinor },
    rtp: { percent: figures.rtpPercent, basis_points: figures.rtpBp, method: entry.rtp.method },
    volatility: entry.volatility,
    max_win_multiplier: entry.maxWinMultiplier,
    config: title.config,
    open_round: open === undefined ? null : presentRound(open),
  };
}
