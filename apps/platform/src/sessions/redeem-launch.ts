import { getBalance } from "../round-engine/get-balance.ts";
import { renderLaunchUrl } from "../studios/launch-template.ts";
import { BUILT_IN_STUDIO_ID } from "../studios/studios.ts";
import type { GamePlayDeps } from "./game-play-deps.ts";
import { gameSessionOf, newStudioToken, tokenHash } from "./sessions.ts";
import type { SessionRow } from "./tables.ts";

/** Wallet refusals that say this player cannot play at all: the session ends. */
const PLAYER_REFUSALS: ReadonlySet<string> = new Set([
  "PLAYER_NOT_FOUND",
  "PLAYER_BLOCKED",
  "CURRENCY_MISMATCH",
]);

export type RedeemFailure =
  /** Unknown, already used, or past its time: the same answer for all three, so tokens cannot be probed. */
  | "link_expired_or_used"
  /** The wallet refused the player (not found, blocked, other currency). */
  | "player_refused"
  /** The wallet did not answer usefully, or the studio is unavailable: try launching again. */
  | "unavailable";

export type RedeemResult =
  | {
      readonly ok: true;
      readonly session: SessionRow;
      /** Where the player goes: the studio's launch URL, or `/play/<token>` (relative) for the built-in studio. */
      readonly location: string;
    }
  | { readonly ok: false; readonly failure: RedeemFailure; readonly message: string };

/**
 * Opens a launch URL, once: the token is consumed and the session made `active` in one
 * conditional update (a second use, or a use after expiry, matches nothing). Then, for real
 * play, the `balance` call at session start: a definite refusal of the player ends the session;
 * so does an unusable answer (the player launches again). Last, the studio session token is
 * minted — only its hash is stored — and the player is sent to the studio with it.
 *
 * @example
 * const opened = await redeemLaunch(deps, token);
 * if (opened.ok) reply.redirect(opened.location);
 */
export async function redeemLaunch(deps: GamePlayDeps, launchToken: string): Promise<RedeemResult> {
  const now = deps.clock();
  const studioToken = newStudioToken();
  const claimed = await deps.db
    .updateTable("game_sessions")
    .set({
      status: "active",
      launched_at_ms: now,
      last_activity_at_ms: now,
      studio_token_hash: tokenHash(studioToken),
    })
    .where("launch_token_hash", "=", tokenHash(launchToken))
    .where("status", "=", "created")
    .where("launched_at_ms", "is", null)
    .where("launch_expires_at_ms", ">", now)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) {
    return {
      ok: false,
      failure: "link_expired_or_used",
      message: "This game link has expired or was already used.",
    };
  }
  let session = await deps.db
    .selectFrom("game_sessions")
    .selectAll()
    .where("launch_token_hash", "=", tokenHash(launchToken))
    .executeTakeFirstOrThrow();
  const log = deps.logger.child({ session_id: session.id, operator_id: session.operator_id });

  let location: string;
  if (session.studio_id === BUILT_IN_STUDIO_ID) {
    location = `/play/${encodeURIComponent(studioToken)}`;
  } else {
    const studio = await deps.db
      .selectFrom("game_studios")
      .select(["status", "launch_url_template"])
      .where("id", "=", session.studio_id)
      .executeTakeFirst();
    if (studio?.status !== "active") {
      await end(deps, session, "studio_unavailable");
      return {
        ok: false,
        failure: "unavailable",
        message: "This game is not available right now. Please try again later.",
      };
    }
    location = renderLaunchUrl(studio.launch_url_template, {
      token: studioToken,
      session_id: session.id,
      game_id: session.game_id,
      language: session.language,
      currency: session.currency,
      demo: session.demo === 1 ? "1" : "0",
      return_url: session.return_url,
      cashier_url: session.cashier_url,
    });
  }

  if (session.demo === 0) {
    const balance = await getBalance(deps.engine, gameSessionOf(session));
    if (!balance.ok) {
      const refused = balance.walletCode !== undefined && PLAYER_REFUSALS.has(balance.walletCode);
      await end(
        deps,
        session,
        refused ? `wallet:${balance.walletCode}` : `wallet_unavailable:${balance.code}`,
      );
      log.warn(
        { code: balance.code, wallet_code: balance.walletCode },
        "balance at session start failed; session ended",
      );
      return refused
        ? {
            ok: false,
            failure: "player_refused",
            message: "Your casino account cannot play this game right now.",
          }
        : {
            ok: false,
            failure: "unavailable",
            message: "The casino could not confirm your balance. Please go back and launch the game again.",
          };
    }
    await deps.db
      .updateTable("game_sessions")
      .set({ last_balance_minor: balance.balanceMinor })
      .where("id", "=", session.id)
      .execute();
    session = { ...session, last_balance_minor: balance.balanceMinor };
  }
  log.info({ studio_id: session.studio_id }, "game session launched");
  return { ok: true, session, location };
}

async function end(deps: GamePlayDeps, session: SessionRow, reason: string): Promise<void> {
  await deps.db
    .updateTable("game_sessions")
    .set({ status: "ended", ended_at_ms: deps.clock(), end_reason: reason })
    .where("id", "=", session.id)
    .where("status", "=", "active")
    .execute();
}
