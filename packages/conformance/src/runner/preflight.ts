import type { WalletClient } from "../client/wallet-client.ts";
import { MIN_PLAYER_BALANCE_MINOR, type ResolvedOptions } from "../options.ts";
import { readAnswer } from "./answers.ts";
import type { CallFactory } from "./calls.ts";
import { signCall } from "@croupier/protocol";
import type { Exchange, RunAbort } from "./types.ts";

/** What the run learns before its first check. */
export interface Preflight {
  /** Each test player's starting balance; undefined when the answer was not an integer. */
  readonly startBalances: ReadonlyMap<string, number | undefined>;
  /** Operator clock minus ours in whole seconds, from the `Date` header; undefined without one. */
  readonly clockSkewSeconds?: number;
}

export type PreflightResult = { ok: true; preflight: Preflight } | { ok: false; abort: RunAbort };

/**
 * Asks each test player's balance once. Stops the run (exit 2) only for what is certainly a
 * setup problem: nobody answers, the salt or the players or the currency are wrong, the clocks
 * disagree, or a player has too little money. A wallet that answers badly is not a setup
 * problem: the checks then show what is wrong.
 */
export async function preflight(
  options: ResolvedOptions,
  client: WalletClient,
  calls: CallFactory,
): Promise<PreflightResult> {
  const startBalances = new Map<string, number | undefined>();
  let clockSkewSeconds: number | undefined;
  for (const playerId of options.players) {
    const signed = signCall(
      calls.balance(playerId) as Parameters<typeof signCall>[0],
      options.salt,
      Date.now(),
    );
    const sentAtMs = Date.now();
    const exchange = await client.post(`set-up: balance of ${playerId}`, signed.body, signed.headers);
    const abort = classify(exchange, playerId, options);
    if (abort !== undefined) return { ok: false, abort };
    const answer = readAnswer(exchange);
    startBalances.set(playerId, answer.kind === "ok" ? answer.balance : undefined);
    clockSkewSeconds ??= skewSeconds(exchange, sentAtMs);
  }
  return {
    ok: true,
    preflight: clockSkewSeconds === undefined ? { startBalances } : { startBalances, clockSkewSeconds },
  };
}

function classify(exchange: Exchange, playerId: string, options: ResolvedOptions): RunAbort | undefined {
  const response = exchange.response;
  if (response === undefined) {
    return {
      code: "UNREACHABLE",
      message: `No answer from ${options.url}: ${exchange.error ?? "unknown error"}. Is the URL right and the wallet running?`,
      exchange,
    };
  }
  if (response.status === 404 || response.status === 405) {
    return {
      code: "UNREACHABLE",
      message: `${options.url} answered HTTP ${response.status} to a valid balance call: this is not the callback URL.`,
      exchange,
    };
  }
  const answer = readAnswer(exchange);
  if (answer.kind === "error") {
    const byCode: Record<string, [RunAbort["code"], string] | undefined> = {
      INVALID_KEY: ["BAD_SALT", "The operator refused the key of a correct call: check --salt."],
      PLAYER_NOT_FOUND: [
        "PLAYER_SETUP",
        `Test player "${playerId}" is unknown to the operator: create it (with a balance) or fix --players.`,
      ],
      PLAYER_BLOCKED: ["PLAYER_SETUP", `Test player "${playerId}" is blocked: unblock it.`],
      CURRENCY_MISMATCH: [
        "CURRENCY",
        `Test player "${playerId}" does not hold ${options.currency}: fix --currency or the player.`,
      ],
      TIMESTAMP_EXPIRED: [
        "CLOCK",
        "The operator refused a timestamp of now: its clock or this machine's is wrong (use NTP), or --window is too small.",
      ],
    };
    const match = byCode[answer.code];
    if (match !== undefined) return { code: match[0], message: match[1], exchange };
  }
  if (answer.kind === "ok" && answer.balance < MIN_PLAYER_BALANCE_MINOR) {
    return {
      code: "PLAYER_SETUP",
      message: `Test player "${playerId}" has ${answer.balance} minor units; the kit needs at least ${MIN_PLAYER_BALANCE_MINOR}.`,
      exchange,
    };
  }
  return undefined;
}

/** Whole seconds the operator's clock is ahead of ours, judged from its `Date` header. */
function skewSeconds(exchange: Exchange, sentAtMs: number): number | undefined {
  const date = exchange.response?.headers.date;
  if (date === undefined) return undefined;
  const theirs = Date.parse(date);
  if (Number.isNaN(theirs)) return undefined;
  // Date has one-second resolution: compare against the middle of the exchange, rounded.
  const ours = sentAtMs + exchange.durationMs / 2;
  return Math.round((theirs + 500 - ours) / 1000);
}
