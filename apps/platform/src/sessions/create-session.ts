import type { ApiCaller } from "../operators/credentials.ts";
import { getOperator } from "../operators/operators.ts";
import { canLaunchGames } from "../operators/status.ts";
import { BUILT_IN_STUDIO_ID } from "../studios/studios.ts";
import type { GamePlayDeps } from "./game-play-deps.ts";
import { sessionFail, type SessionFailure } from "./problems.ts";
import { newLaunchToken, tokenHash } from "./sessions.ts";
import type { SessionRow } from "./tables.ts";

export interface CreateSessionInput {
  readonly caller: ApiCaller;
  readonly playerId: string;
  readonly currency: string;
  readonly gameId: string;
  readonly language: string;
  readonly returnUrl: string;
  readonly cashierUrl: string;
  readonly demo: boolean;
}

export type CreateSessionResult =
  | {
      readonly ok: true;
      readonly session: SessionRow;
      /** Goes into the launch URL; returned here only (its hash is stored). */
      readonly launchToken: string;
    }
  | SessionFailure<
      | "GAME_NOT_AVAILABLE"
      | "CURRENCY_NOT_SUPPORTED"
      | "DEMO_NOT_AVAILABLE"
      | "STUDIO_NOT_AVAILABLE"
      | "WALLET_NOT_CONFIGURED"
      | "INVALID_URL"
      | "CREDIT_EXHAUSTED"
    >
  | { readonly ok: false; readonly code: "LAUNCH_NOT_ALLOWED"; readonly message: string };

/** Why `text` is not a URL a player may be sent to, or undefined. */
function urlProblem(name: string, text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `${name} is not an absolute URL`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `${name} must be an http(s) URL`;
  if (url.username !== "" || url.password !== "") return `${name} must not carry credentials`;
  return undefined;
}

/**
 * Starts a game session (a launch): checks the operator may launch, the currency, the game and
 * its studio, and for real play that the operator's wallet is configured; then stores the
 * session with the hash of a single-use launch token valid for `settings.launchTokenTtlMs`.
 * Nothing is asked of the wallet yet: the balance call happens when the player opens the URL.
 *
 * @example
 * const created = await createSession(deps, { caller, playerId: "p-42", currency: "EUR",
 *   gameId: "fruit-fiesta", language: "en", returnUrl, cashierUrl, demo: false });
 * if (created.ok) respond(`${base}/launch/${created.launchToken}`);
 */
export async function createSession(
  deps: GamePlayDeps,
  input: CreateSessionInput,
): Promise<CreateSessionResult> {
  const { caller } = input;
  if (!canLaunchGames({ status: caller.operatorStatus }, caller.environment)) {
    return {
      ok: false,
      code: "LAUNCH_NOT_ALLOWED",
      message: `The operator is ${caller.operatorStatus}: no new launches.`,
    };
  }
  const badUrl = urlProblem("return_url", input.returnUrl) ?? urlProblem("cashier_url", input.cashierUrl);
  if (badUrl !== undefined) return sessionFail("INVALID_URL", `${badUrl}.`);

  const operator = await getOperator(deps, caller.operatorId);
  if (operator === undefined || !operator.currencies.includes(input.currency)) {
    return sessionFail(
      "CURRENCY_NOT_SUPPORTED",
      `${input.currency} is not one of your currencies (${operator?.currencies.join(", ") ?? "none"}).`,
    );
  }
  const game = await deps.games(deps, {
    operatorId: caller.operatorId,
    environment: caller.environment,
    gameId: input.gameId,
  });
  if (game === undefined)
    return sessionFail("GAME_NOT_AVAILABLE", `No game ${input.gameId} is available to you.`);
  if (game.currencies !== undefined && !game.currencies.includes(input.currency)) {
    return sessionFail("CURRENCY_NOT_SUPPORTED", `${input.gameId} has no bet limits in ${input.currency}.`);
  }
  if (input.demo && !game.demoAvailable) {
    return sessionFail("DEMO_NOT_AVAILABLE", `${input.gameId} has no demo mode.`);
  }
  if (game.studioId !== BUILT_IN_STUDIO_ID) {
    const studio = await deps.db
      .selectFrom("game_studios")
      .select("status")
      .where("id", "=", game.studioId)
      .executeTakeFirst();
    if (studio?.status !== "active") {
      return sessionFail("STUDIO_NOT_AVAILABLE", `The studio of ${input.gameId} is not available right now.`);
    }
  }
  if (!input.demo && (await deps.engine.lookup(caller.operatorId, caller.environment)) === undefined) {
    return sessionFail(
      "WALLET_NOT_CONFIGURED",
      `You have no callback URL in ${caller.environment}; real-money sessions need one.`,
    );
  }

  // Live play is charged against prepaid credit: at or below zero no new live launch starts (rounds
  // already running complete and are charged, so the balance may go below zero by their fees).
  if (!input.demo && caller.environment === "live" && deps.prepaidCredit !== undefined) {
    const balanceMinor = await deps.prepaidCredit(caller.operatorId);
    if (balanceMinor <= 0) {
      return sessionFail(
        "CREDIT_EXHAUSTED",
        `Your prepaid credit is ${balanceMinor} (minor units): no new live launches until it is topped up. Running rounds complete.`,
      );
    }
  }

  const now = deps.clock();
  const launchToken = newLaunchToken();
  const session: SessionRow = {
    id: deps.ids("ses"),
    operator_id: caller.operatorId,
    environment: caller.environment,
    player_id: input.playerId,
    currency: input.currency,
    game_id: game.gameId,
    studio_id: game.studioId,
    language: input.language,
    return_url: input.returnUrl,
    cashier_url: input.cashierUrl,
    demo: input.demo ? 1 : 0,
    demo_balance_minor: input.demo ? deps.settings.demoBalanceMinor : null,
    last_balance_minor: null,
    status: "created",
    launch_token_hash: tokenHash(launchToken),
    launch_expires_at_ms: now + deps.settings.launchTokenTtlMs,
    launched_at_ms: null,
    studio_token_hash: null,
    created_at_ms: now,
    last_activity_at_ms: now,
    ended_at_ms: null,
    end_reason: null,
    round_id_form: "studio_ref",
  };
  await deps.db.insertInto("game_sessions").values(session).execute();
  deps.logger.info(
    { session_id: session.id, operator_id: caller.operatorId, game_id: game.gameId, demo: input.demo },
    "game session created",
  );
  return { ok: true, session, launchToken };
}
