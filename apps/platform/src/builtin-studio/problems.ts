import { commonProblems } from "../http/common-problems.ts";
import { problemFactory, type ProblemCatalogue } from "../http/problem.ts";
import type { GatewayCode } from "../provider-gateway/problems.ts";

/**
 * Every code the game clients' API (`/studio/api/…`) answers, in problem+json. The codes are
 * what the browser shows the player, so each says plainly what happened and whether money
 * moved. Extension: `balance` (minor units) where known.
 */
export const studioProblems = {
  ...commonProblems,
  ACCESS_EXPIRED: {
    status: 401,
    title: "Access expired",
    doc: "The client's access token is past its time: exchange the play token of `/play/<token>` again (POST /studio/api/session).",
  },
  SESSION_NOT_FOUND: {
    status: 404,
    title: "Game session not found",
    doc: "No game session of the built-in studio has this play token; launch the game again from the casino.",
  },
  SESSION_OPENED_ELSEWHERE: {
    status: 403,
    title: "Game opened in another browser",
    doc: "The play token was first exchanged in another browser; a play token works only in the browser that opened it (a reload there works). Launch the game again from the casino.",
  },
  SESSION_EXPIRED: {
    status: 403,
    title: "Session expired",
    doc: "The game session was idle too long: no new rounds. Launch the game again from the casino.",
  },
  SESSION_ENDED: {
    status: 403,
    title: "Session ended",
    doc: "The casino ended the game session: no new rounds.",
  },
  GAME_UNAVAILABLE: {
    status: 403,
    title: "Game unavailable",
    doc: "The casino may not start new rounds of this game now, or the title is not one of the built-in studio's.",
  },
  INSUFFICIENT_FUNDS: {
    status: 402,
    title: "Insufficient funds",
    doc: "The stake is larger than the player's balance (`balance`). Nothing was debited.",
  },
  PLAYER_BLOCKED: {
    status: 403,
    title: "Player blocked",
    doc: "The casino does not let this player play now (limits, self-exclusion). Nothing was debited.",
  },
  BET_REFUSED: {
    status: 422,
    title: "Bet refused",
    doc: "The casino's wallet refused the stake for another reason. Nothing was debited.",
  },
  WALLET_UNAVAILABLE: {
    status: 503,
    title: "Wallet unavailable",
    doc: "The casino's wallet did not answer; the stake does not stand (any debit is being returned). Try again later.",
  },
  TRY_AGAIN: {
    status: 503,
    title: "Busy, try again",
    doc: "The platform or the wallet is busy; the stake does not stand (any debit is being returned). Try again.",
  },
  INVALID_BET: {
    status: 400,
    title: "Invalid bet",
    doc: "The stake is outside the game's limits or not a multiple of its step (`bet_limits` of the session).",
  },
  INVALID_OPTIONS: {
    status: 400,
    title: "Invalid bet options",
    doc: "The game's options are malformed: a roulette bet on a position not on the table, keno picks of the wrong count.",
  },
  INVALID_ACTION: {
    status: 409,
    title: "Action not allowed",
    doc: "This blackjack decision is not allowed for the active hand now (`legalActions` lists the allowed ones).",
  },
  ROUND_IN_PROGRESS: {
    status: 409,
    title: "Round in progress",
    doc: "A blackjack hand of this session is still in play: finish it before dealing again.",
  },
  ROUND_BUSY: {
    status: 409,
    title: "Round busy",
    doc: "Another decision on this hand is being processed; reload the round and decide again.",
  },
  ROUND_NOT_FOUND: {
    status: 404,
    title: "Round not found",
    doc: "No round with this id belongs to this game session.",
  },
  TITLE_VERSION_UNKNOWN: {
    status: 409,
    title: "Title version unknown",
    doc: "The round was played with a version of the game's maths that is no longer held, so it cannot be replayed faithfully.",
  },
} as const satisfies ProblemCatalogue;

export type StudioCode = keyof typeof studioProblems;

export const studioProblem = problemFactory(studioProblems);

/** A refusal of a studio service: a code of the catalogue, a message for the player, and extras. */
export interface StudioFailure {
  readonly ok: false;
  readonly code: StudioCode;
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

export function studioFail(
  code: StudioCode,
  message: string,
  details?: Record<string, unknown>,
): StudioFailure {
  return details === undefined ? { ok: false, code, message } : { ok: false, code, message, details };
}

/**
 * The gateway's refusals in the player's words. Codes the built-in studio can only meet through
 * its own bug (a conflicting transaction id, a round of another session) map to undefined: the
 * caller logs them and answers INTERNAL_ERROR.
 */
export function clientCodeOf(code: GatewayCode): StudioCode | undefined {
  switch (code) {
    case "SESSION_NOT_FOUND":
    case "SESSION_EXPIRED":
    case "SESSION_ENDED":
    case "INSUFFICIENT_FUNDS":
    case "PLAYER_BLOCKED":
    case "BET_REFUSED":
    case "WALLET_UNAVAILABLE":
      return code;
    case "OPERATOR_SUSPENDED":
      return "GAME_UNAVAILABLE";
    case "BET_FAILED":
    case "BALANCE_UNAVAILABLE":
      return "WALLET_UNAVAILABLE";
    case "OVERLOADED":
    case "TRANSACTION_IN_PROGRESS":
      return "TRY_AGAIN";
    default:
      return undefined;
  }
}

/** Messages the player reads, per client code (the gateway's own messages speak to studios). */
export const PLAYER_MESSAGES: Partial<Record<StudioCode, string>> = {
  SESSION_NOT_FOUND: "This game session does not exist. Please launch the game again from the casino.",
  SESSION_EXPIRED: "Your game session has expired. Please launch the game again from the casino.",
  SESSION_OPENED_ELSEWHERE:
    "This game is already open in another browser. Please launch the game again from the casino.",
  SESSION_ENDED: "Your game session has ended. Please launch the game again from the casino.",
  GAME_UNAVAILABLE: "This game is not available right now.",
  INSUFFICIENT_FUNDS: "Insufficient funds: your balance is too low for this bet. Nothing was debited.",
  PLAYER_BLOCKED: "The casino does not allow you to play right now. Nothing was debited.",
  BET_REFUSED: "The casino refused this bet. Nothing was debited.",
  WALLET_UNAVAILABLE:
    "The casino's wallet is not answering. Your bet was not placed (anything debited is returned). Please try again later.",
  TRY_AGAIN: "The game is busy. Your bet was not placed (anything debited is returned). Please try again.",
};
