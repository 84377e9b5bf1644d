import assert from "node:assert/strict";
import { test } from "node:test";
import { betsAndWinsBy, distinct, ggrByBucket, type ReportRow } from "./report-series.ts";

const DAY = 86_400_000;
const row = (day: number, gameId: string, currency: string, bets: number, wins: number): ReportRow => ({
  bucketStartMs: day * DAY,
  providerId: gameId === "dice" ? "studio-b" : "studio-a",
  gameId,
  currency,
  rounds: 1,
  betsMinor: bets,
  winsMinor: wins,
  ggrMinor: bets - wins,
});
const rows = [
  row(2, "slots", "EUR", 1000, 250),
  row(1, "slots", "EUR", 500, 0),
  row(1, "dice", "EUR", 2000, 3000),
  row(1, "dice", "USD", 9999, 0),
];

test("GGR per day of one currency, summed in minor units, oldest first", () => {
  assert.deepEqual(ggrByBucket(rows, "EUR", "day"), [
    { bucket: "1970-01-02", GGR: -5 },
    { bucket: "1970-01-03", GGR: 7.5 },
  ]);
  assert.deepEqual(ggrByBucket(rows, "GBP", "day"), []);
});

test("bets and wins per game and per provider, other currencies left out", () => {
  assert.deepEqual(betsAndWinsBy(rows, "EUR", "gameId"), [
    { name: "dice", Bets: 20, Wins: 30 },
    { name: "slots", Bets: 15, Wins: 2.5 },
  ]);
  assert.deepEqual(
    betsAndWinsBy(rows, "USD", "providerId").map((p) => p.name),
    ["studio-b"],
  );
  assert.deepEqual(distinct(rows, "currency"), ["EUR", "USD"]);
});
