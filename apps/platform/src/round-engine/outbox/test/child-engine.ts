// Test support: a platform process for the restart test. It plays two rounds against the wallet
// at WALLET_URL and is killed (SIGKILL) by the test while both calls are in flight:
// player "p-debit" has a debit in flight, player "p-credit" a credit.
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
const lookup = staticLookup(testEndpoint(process.env.WALLET_URL!, { timeoutMs: 20_000 }));
let n = 0;
const deps: RoundDeps = { outbox, client, lookup, ids: (prefix) => `${prefix}_child_${(n += 1)}` };

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

await Promise.all([play("p-debit", false), play("p-credit", true)]);
console.log("finished without being killed");
