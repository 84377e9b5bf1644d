import { parseGameHubResponse, parseWalletResponse } from "@croupier/protocol";
import type { Exchange } from "./types.ts";

/**
 * How the kit reads one answer. `bad` is anything the platform could not use: no answer, a
 * status other than 200, a body that is not the protocol's JSON, a balance that is not an
 * integer number of minor units, or INTERNAL_ERROR (an unknown outcome for the platform).
 */
export type Answer =
  | { readonly kind: "ok"; readonly balance: number }
  | { readonly kind: "error"; readonly code: string; readonly balance?: number }
  | { readonly kind: "bad"; readonly reason: string };

/**
 * Reads an exchange with the protocol's own response parser and adds the detail an operator
 * needs to fix a bad answer (a balance of `10.5` or `"1050"` is named as such).
 *
 * @example
 * readAnswer(exchange); // { kind: "error", code: "INSUFFICIENT_FUNDS", balance: 120 }
 */
export function readAnswer(exchange: Exchange): Answer {
  const response = exchange.response;
  if (response === undefined)
    return { kind: "bad", reason: `no answer: ${exchange.error ?? "unknown error"}` };
  if (exchange.dialect === "classic") return readClassicAnswer(response.status, response.body);
  const outcome = parseWalletResponse(response.status, response.body);
  if (outcome.kind === "ok") return { kind: "ok", balance: outcome.balance };
  if (outcome.kind === "refused") {
    return outcome.balance === undefined
      ? { kind: "error", code: outcome.code }
      : { kind: "error", code: outcome.code, balance: outcome.balance };
  }
  // Two answers the protocol's parser calls unknown outcomes are still errors with a code; naming
  // the code makes a failure say "INSUFFICIENT_FUNDS (no balance)" rather than "bad answer".
  if (response.status === 200 && outcome.reason === "operator answered INTERNAL_ERROR") {
    return { kind: "error", code: "INTERNAL_ERROR" };
  }
  if (response.status === 200 && outcome.reason === "INSUFFICIENT_FUNDS without balance") {
    return { kind: "error", code: "INSUFFICIENT_FUNDS" };
  }
  return { kind: "bad", reason: explainBadAnswer(response.status, response.body, outcome.reason) };
}

/**
 * The code a compatibility-profile answer `{"error":2}` is read as: the dialect does not say which
 * refusal it is, so every refusal but INSUFFICIENT_FUNDS (error 1) expects this.
 */
export const CLASSIC_REFUSAL = "error 2";

/** A compatibility-profile answer, read with the platform's own parser. */
function readClassicAnswer(status: number, body: string): Answer {
  const outcome = parseGameHubResponse(status, body);
  if (outcome.kind === "ok") return { kind: "ok", balance: outcome.balance };
  if (outcome.kind === "refused") {
    const code = outcome.code === "INSUFFICIENT_FUNDS" ? outcome.code : CLASSIC_REFUSAL;
    return outcome.balance === undefined
      ? { kind: "error", code }
      : { kind: "error", code, balance: outcome.balance };
  }
  if (status !== 200)
    return { kind: "bad", reason: `HTTP status ${status} (the profile answers HTTP 200 always)` };
  return {
    kind: "bad",
    reason: `not a {"error":0|1|2,"balance":…} answer: ${outcome.kind === "unknown" ? outcome.reason : ""}`,
  };
}

function explainBadAnswer(status: number, body: string, reason: string): string {
  if (status !== 200) return `HTTP status ${status} (the protocol answers HTTP 200 always)`;
  const balance = rawField(body, "balance");
  if (reason.startsWith("balance")) {
    if (typeof balance === "string")
      return `balance is a string (${JSON.stringify(balance)}), not an integer`;
    if (typeof balance === "number" && !Number.isInteger(balance)) {
      return `balance ${balance} is not an integer number of minor units (major units or a float?)`;
    }
    if (/"balance"\s*:\s*-?\d+(\.\d*|[eE])/.test(body)) {
      return "balance is written with a fraction or exponent; it must be a plain integer";
    }
  }
  return reason;
}

function rawField(body: string, name: string): unknown {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value === "object" && value !== null && Object.hasOwn(value, name)) {
      return (value as Record<string, unknown>)[name];
    }
  } catch {
    // not JSON: nothing to name
  }
  return undefined;
}

/**
 * One line describing an answer, for "actual" in a failure.
 *
 * @example
 * describeAnswer(readAnswer(ex)); // "ok, balance 9850"
 */
export function describeAnswer(answer: Answer): string {
  switch (answer.kind) {
    case "ok":
      return `ok, balance ${answer.balance}`;
    case "error":
      if (answer.code === CLASSIC_REFUSAL)
        return answer.balance === undefined ? "error 2" : `error 2, balance ${answer.balance}`;
      return answer.balance === undefined
        ? `error ${answer.code} (no balance)`
        : `error ${answer.code}, balance ${answer.balance}`;
    case "bad":
      return answer.reason;
  }
}
