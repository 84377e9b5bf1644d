import type { ServiceDeps } from "../deps.ts";
import type { PrepaidCreditReader } from "../go-live/prepaid-credit.ts";
import type { RoundDeps } from "../round-engine/round-deps.ts";
import type { GameLookup } from "./game-lookup.ts";
import type { SessionSettings } from "./settings.ts";

/**
 * What sessions, launch and the provider gateway need: the platform's services deps, the round
 * engine (outbox, callback client, wallet endpoints), the game lookup and the session settings.
 */
export interface GamePlayDeps extends Pick<
  ServiceDeps,
  "db" | "dialect" | "clock" | "ids" | "logger" | "secretBox"
> {
  readonly engine: RoundDeps;
  readonly games: GameLookup;
  readonly settings: SessionSettings;
  /** Prepaid credit: at or below zero, no new live real-money launches. Absent: not checked. */
  readonly prepaidCredit?: PrepaidCreditReader;
}
