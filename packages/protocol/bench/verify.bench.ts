/**
 * How much the strict gate costs per callback, against bare JSON.parse.
 * Run: npm run bench -w @croupier/protocol
 */
import { parseStrictJsonObject, signCall, verifyWalletRequest } from "../src/index.ts";

const NOW_MS = 1_767_225_600_000;
const call = signCall(
  {
    action: "debit",
    call_id: "deb-0001-aaaaaaaaaaaa",
    player_id: "player-42",
    session_id: "sess-7f3a-bbbbbbbbbbbb",
    currency: "EUR",
    game_id: "fruit-slot",
    round_id: "round-9001-cccccccc",
    amount: 250,
    rb: 0,
    round_closed: false,
  },
  "salt",
  NOW_MS,
);

function measure(name: string, iterations: number, run: () => unknown): void {
  for (let i = 0; i < 10_000; i++) run();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) run();
  const ns = Number(process.hrtime.bigint() - start) / iterations;
  console.log(`${name.padEnd(40)} ${(ns / 1000).toFixed(2)} µs/op`);
}

console.log(`body: ${call.body.length} bytes`);
measure("JSON.parse", 200_000, () => JSON.parse(call.body));
measure("parseStrictJsonObject", 200_000, () => parseStrictJsonObject(call.body));
measure("verifyWalletRequest", 100_000, () =>
  verifyWalletRequest(call.body, call.headers, { salts: ["salt"], nowMs: NOW_MS }),
);
measure("verifyWalletRequest + body signature", 100_000, () =>
  verifyWalletRequest(call.body, call.headers, {
    salts: ["salt"],
    nowMs: NOW_MS,
    requireBodySignature: true,
  }),
);
