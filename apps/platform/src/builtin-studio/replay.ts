import { isDeepStrictEqual } from "node:util";
import type { BlackjackState, PlayRequest } from "@croupier/games";
import type { MovementSchema, ReplayAnswer } from "@croupier/game-client/studio-api-schema";
import { replayRound } from "@croupier/games";
import { currencyExponent } from "@croupier/protocol";
import type { Static } from "typebox";
import type { ServiceDeps } from "../deps.ts";
import { followPlatformRound } from "./follow-platform-round.ts";
import { displayOf } from "./blackjack-display.ts";
import { BUILT_IN_CALLER } from "./studio-deps.ts";
import type { StudioRoundRow } from "./tables.ts";
import { titleOfRound } from "./title-versions.ts";
import type { StudioTitle } from "./titles.ts";

/** One money request of the round, as the gateway recorded it (the player API's movement). */
export type MoneyMovement = Static<typeof MovementSchema>;

/** A round rebuilt by its engine from the stored request and draws, with its money: the replay answer. */
export type RoundReplay = Static<typeof ReplayAnswer>;

export type ReplayResult =
  | { readonly ok: true; readonly replay: RoundReplay }
  | {
      readonly ok: false;
      /** TITLE_VERSION_UNKNOWN: the maths the round was played with is not held; else a damaged record. */
      readonly code: "TITLE_VERSION_UNKNOWN" | "REPLAY_FAILED";
      readonly message: string;
    };

/** Replays the engine's display of a round from its request and draws, with the title it was played with. */
function replayDisplay(
  title: StudioTitle,
  row: StudioRoundRow,
): { ok: true; display: unknown } | { ok: false; message: string } {
  const request = JSON.parse(row.request) as PlayRequest;
  if (title.game.kind === "multi-step") {
    if (row.state === null) return { ok: false, message: "blackjack round without a state" };
    const state = JSON.parse(row.state) as BlackjackState;
    const replayed = title.game.replay(request, state.actions, state.draws);
    if (!replayed.ok) return { ok: false, message: replayed.message };
    return { ok: true, display: displayOf(title.game, replayed.state) };
  }
  const replayed = replayRound(title.game, request, JSON.parse(row.draws) as number[]);
  if (!replayed.ok) return { ok: false, message: replayed.message };
  // Through JSON, as stored, so that the comparison sees exactly what the client saw.
  return { ok: true, display: JSON.parse(JSON.stringify(replayed.display)) as unknown };
}

/** The money requests of a round, in order. */
export async function movementsOf(
  deps: Pick<ServiceDeps, "db">,
  row: Pick<StudioRoundRow, "session_id" | "round_ref">,
): Promise<MoneyMovement[]> {
  const rows = await deps.db
    .selectFrom("gateway_transactions_all")
    .select(["tx_id", "kind", "amount_minor", "result_code", "rollback_of", "created_at_ms"])
    .where("studio_id", "=", BUILT_IN_CALLER.studioId)
    .where("session_id", "=", row.session_id)
    .where("round_ref", "=", row.round_ref)
    .orderBy("created_at_ms")
    .orderBy("tx_id")
    .execute();
  return rows.map((r) => ({
    transaction_id: r.tx_id,
    kind: r.kind,
    amount_minor: r.amount_minor === null ? null : Number(r.amount_minor),
    result: r.result_code ?? "pending",
    rollback_of: r.rollback_of,
    at_ms: Number(r.created_at_ms),
  }));
}

/**
 * A round as the player saw it, rebuilt by the engine from its stored draws (never from the
 * stored display, which it is checked against), with the round's money movements. A round the
 * platform closed as abandoned is settled first, so it shows what the platform paid.
 *
 * @example
 * const r = await replayStudioRound(deps, row);
 * if (r.ok && !r.replay.matches_original) alert("round record damaged");
 */
export async function replayStudioRound(
  deps: Pick<ServiceDeps, "db" | "clock" | "logger">,
  stored: StudioRoundRow,
): Promise<ReplayResult> {
  const row = (await followPlatformRound(deps, stored)) ?? stored;
  const played = await titleOfRound(deps, row);
  if (!played.ok) {
    return {
      ok: false,
      code: played.code === "TITLE_VERSION_UNKNOWN" ? "TITLE_VERSION_UNKNOWN" : "REPLAY_FAILED",
      message: played.message,
    };
  }
  const { title } = played;
  const replayed = replayDisplay(title, row);
  if (!replayed.ok) return { ok: false, code: "REPLAY_FAILED", message: replayed.message };
  return {
    ok: true,
    replay: {
      round_id: row.round_ref,
      platform_round_id: row.platform_round_id,
      game_id: row.game_id,
      game_name: title.name,
      engine: row.engine,
      title_version: row.title_version,
      currency: row.currency,
      currency_exponent: currencyExponent(row.currency) ?? 0,
      demo: row.demo === 1,
      status: row.status,
      created_at_ms: Number(row.created_at_ms),
      settled_at_ms: row.settled_at_ms === null ? null : Number(row.settled_at_ms),
      bet_minor: Number(row.bet_minor),
      win_minor: row.win_minor === null ? null : Number(row.win_minor),
      config: title.config,
      request: JSON.parse(row.request) as unknown,
      display: replayed.display,
      matches_original: isDeepStrictEqual(replayed.display, JSON.parse(row.display)),
      abandoned: row.abandoned === 1,
      movements: await movementsOf(deps, row),
    },
  };
}
