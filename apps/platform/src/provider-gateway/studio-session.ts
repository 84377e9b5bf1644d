import { createHash } from "node:crypto";
import { canLaunchGames, type OperatorStatus } from "../operators/status.ts";
import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { findStudioSession } from "../sessions/sessions.ts";
import type { SessionRow, SessionStatus } from "../sessions/tables.ts";
import { refusal, type GatewayAnswer } from "./answers.ts";

/** The studio an authenticated gateway request comes from. */
export interface StudioCaller {
  readonly studioId: string;
  readonly keyId: string;
}

/**
 * The platform round of a studio round: derived, not looked up, so that every request of the
 * round (any process, any retry) names the same one without a mapping table. A studio's round
 * ids are its own; prefixing the studio keeps two studios' ids apart.
 */
export function platformRoundId(studioId: string, roundRef: string): string {
  return `gr_${createHash("sha256").update(`${studioId}\n${roundRef}`, "utf8").digest("hex").slice(0, 40)}`;
}

export type SessionLookup =
  | { readonly ok: true; readonly session: SessionRow }
  | { readonly ok: false; readonly answer: GatewayAnswer };

/** The session of a studio token, with the request's currency checked against it. */
export async function studioSession(
  deps: GamePlayDeps,
  caller: StudioCaller,
  sessionToken: string,
  currency?: string,
): Promise<SessionLookup> {
  const session = await findStudioSession(deps, caller.studioId, sessionToken);
  if (session === undefined) {
    return { ok: false, answer: refusal("SESSION_NOT_FOUND", "No session has this token for your studio.") };
  }
  if (currency !== undefined && currency !== session.currency) {
    return {
      ok: false,
      answer: refusal("CURRENCY_MISMATCH", `The session plays in ${session.currency}, not ${currency}.`),
    };
  }
  return { ok: true, session };
}

/**
 * Why this session may not take a new bet now, or undefined. `status` is the session's status
 * as of now (an idle active session counts as expired); `db` is the caller's connection or
 * transaction.
 */
export async function betRefusal(
  db: Kysely<Database>,
  session: SessionRow,
  status: SessionStatus,
  opensRound: boolean,
): Promise<GatewayAnswer | undefined> {
  if (status === "expired")
    return refusal("SESSION_EXPIRED", "The session expired: no new bets. Open rounds still settle.");
  if (status === "ended")
    return refusal("SESSION_ENDED", "The session was ended: no new bets. Open rounds still settle.");
  if (status !== "active") return refusal("SESSION_NOT_FOUND", "The session was never opened.");
  if (opensRound) {
    const operator = await db
      .selectFrom("operators")
      .select("status")
      .where("id", "=", session.operator_id)
      .executeTakeFirst();
    const operatorStatus: OperatorStatus = operator?.status ?? "suspended";
    if (!canLaunchGames({ status: operatorStatus }, session.environment)) {
      return refusal("OPERATOR_SUSPENDED", "The operator may not start new rounds now.");
    }
  }
  return undefined;
}
