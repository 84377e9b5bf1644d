import { randomUUID } from "node:crypto";
import { errorResponse, verifyWalletRequest, type WalletResponse } from "@croupier/protocol";
import { settleCall, type SettleDeps } from "../duties/settle-call.ts";
import { CallIdTakenError, type TransactHint } from "../store/wallet-store.ts";
import type { WalletHandler, WalletHandlerOptions, WalletHttpAnswer } from "./handler-types.ts";
import { saltsProblem } from "./salt-rules.ts";

/**
 * How often a call whose `call_id` was recorded concurrently is run again. The second run
 * finds the record and replays it, so more than one retry means the store is misbehaving.
 */
const CALL_ID_RACE_ATTEMPTS = 3;
const INTERNAL_MESSAGE = "internal error";

/**
 * Builds the operator's wallet callback handler. It checks key, body signature (when
 * required), timestamp window and shape with `@croupier/protocol` — a call refused there is
 * not recorded — then runs every operator duty in one store transaction: idempotent replays,
 * DUPLICATE_CONFLICT, ROLLED_BACK, player and currency checks, bets, wins and rollbacks (or
 * hands the call to the store's `settle`, when it has one, which does the same in the database).
 * Once built it never throws: every outcome is an HTTP 200 JSON answer, and anything
 * unexpected is INTERNAL_ERROR without details (passed to `onInternalError`).
 *
 * Building it throws a `TypeError` when the salts are unusable — missing, empty, not strings,
 * or shorter than `MIN_SALT_LENGTH` (16) characters — so that a wallet with an unset salt
 * variable stops at start-up instead of accepting calls signed with `"undefined"`. A `salts`
 * function is called once at construction (an unusable result throws; an exception does not,
 * the source may not be up yet) and checked again on every call: a call that finds it unusable
 * is refused with INTERNAL_ERROR (and `onInternalError`), never verified against a weak salt.
 *
 * @example
 * import { createWalletHandler } from "@croupier/wallet-sdk";
 * import { openSqliteWalletStore } from "@croupier/wallet-sdk/sqlite";
 *
 * const store = await openSqliteWalletStore({ filename: "wallet.db" });
 * const handler = createWalletHandler({ salts: [process.env.WALLET_SALT!], store });
 * const answer = await handler({ body: rawBody, headers: req.headers });
 * res.writeHead(answer.statusCode, answer.headers).end(answer.body);
 */
export function createWalletHandler(options: WalletHandlerOptions): WalletHandler {
  const clock = options.clock ?? Date.now;
  const deps: SettleDeps = { clock, newTxId: randomUUID };
  const resolveSalts = checkedSalts(options);

  return async ({ body, headers }) => {
    let callId: string | undefined;
    try {
      const verdict = verifyWalletRequest(body, headers, {
        salts: resolveSalts(),
        nowMs: clock(),
        windowSeconds: options.windowSeconds,
        requireBodySignature: options.requireBodySignature,
        maxBodyBytes: options.maxBodyBytes,
      });
      if (!verdict.ok) return answer(errorResponse(verdict.code, verdict.message));
      const { request, fingerprint } = verdict;
      callId = request.call_id;
      if (options.store.settle !== undefined) {
        const createdAt = new Date(clock()).toISOString();
        return answer(await options.store.settle({ request, fingerprint, txId: deps.newTxId(), createdAt }));
      }
      const hint: TransactHint = {
        playerId: request.player_id,
        callId: request.call_id,
        ...(request.action !== "balance" && request.rb_call_id !== undefined
          ? { rbCallId: request.rb_call_id }
          : {}),
      };
      for (let attempt = 1; ; attempt++) {
        try {
          return answer(
            await options.store.transact((tx) => settleCall(tx, request, fingerprint, deps), hint),
          );
        } catch (error) {
          if (!(error instanceof CallIdTakenError) || attempt >= CALL_ID_RACE_ATTEMPTS) throw error;
        }
      }
    } catch (error) {
      report(options.onInternalError, error, callId);
      return answer(errorResponse("INTERNAL_ERROR", INTERNAL_MESSAGE));
    }
  };
}

/**
 * Checks the options a handler cannot run safely without, and returns the salt reader: a fixed
 * list is checked once here, a function here and again on every call (a rotation may break it).
 */
function checkedSalts(options: WalletHandlerOptions): () => readonly string[] {
  if (typeof options !== "object" || options === null) {
    throw new TypeError("createWalletHandler: options are required ({ salts, store })");
  }
  if (typeof options.store?.transact !== "function") {
    throw new TypeError("createWalletHandler: store is required (a WalletStore, e.g. openSqliteWalletStore)");
  }
  const salts = options.salts;
  if (typeof salts !== "function") {
    const problem = saltsProblem(salts, "salts");
    if (problem !== undefined) throw new TypeError(`createWalletHandler: ${problem}`);
    const fixed = Object.freeze([...salts]);
    return () => fixed;
  }
  // A function that throws now (a secret store not reachable yet) may work later, and each
  // call retries it; one that returns an unusable list is a configuration mistake: stop here.
  let atStart: { readonly value: unknown } | undefined;
  try {
    atStart = { value: salts() };
  } catch {
    atStart = undefined;
  }
  const startProblem = atStart === undefined ? undefined : saltsProblem(atStart.value, "salts()");
  if (startProblem !== undefined) throw new TypeError(`createWalletHandler: ${startProblem}`);
  return () => {
    const current = salts();
    const problem = saltsProblem(current, "salts()");
    if (problem !== undefined) throw new TypeError(`wallet handler: ${problem}`);
    return current;
  };
}

function answer(response: WalletResponse): WalletHttpAnswer {
  return {
    statusCode: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(response),
    response,
  };
}

function report(
  onInternalError: WalletHandlerOptions["onInternalError"],
  error: unknown,
  callId: string | undefined,
): void {
  if (onInternalError === undefined) return;
  try {
    onInternalError(error, callId);
  } catch {
    // A failing logger must not turn an answer into a thrown error.
  }
}
