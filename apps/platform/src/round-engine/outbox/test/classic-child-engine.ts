// Test support: a platform process for the compatibility-profile restart test. It plays against
// the GameHub-dialect wallet at WALLET_URL and is killed (SIGKILL) while its calls are in flight:
// "p-taken" and "p-lost" each have a debit in flight, "p-credit" a credit.
import pino from "pino";
import { createCallbackClient } from "../../../callbacks/callback-client.ts";
import { staticLookup, testEndpoint } from "../../../callbacks/test/test-endpoint.ts";
import { connectDb } from "../../../db/connect.ts";
import { openRound } from "../../open-round.ts";
import { placeBet } from "../../place-bet.ts";
import type { RoundDeps } from "../../round-deps.ts";
import { settleWin } from "../../settle-win.ts";
import { createOutbox } from "../outbox.ts";

const db = connectDb({ databaseUrl: process.env.DATABASE_URL, sqliteFile: process.env.SQLITE_FILE });
const logger = pino({ level: "silent" });
const outbox = createOutbox({ db, logger, ownerId: "doomed-process" });
const client = createCallbackClient({ privateNetworks: "tests-any-environment", logger });
// A long timeout: the process must still be waiting when it is killed.
const lookup = staticLookup(testEndpoint(process.env.WALLET_URL!, { timeoutMs: 20_000, profile: "gamehub" }));
let n = 0;
const deps: RoundDeps = { outbox, client, lookup, ids: (prefix) => `${prefix}_classic_${(n += 1)}` };

async function play(playerId: string, winAfterBet: boolean): Promise<void> {
  const opened = await openRound(deps, {
    operatorId: "op_test",
    environment: "sandbox",
    sessionId: `s_${playerId}`,
    playerId,
    currency: "EUR",
    gameId: "slots",
  });
  if (!opened.ok) throw new Error(opened.code);
  await placeBet(deps, { round: opened.round, betRef: "b1", amountMinor: 300 });
  if (winAfterBet)
    await settleWin(deps, { round: opened.round, winRef: "w1", amountMinor: 700, closeRound: true });
}

await Promise.all([play("p-taken", false), play("p-lost", false), play("p-credit", true)]);
console.log("finished without being killed");
