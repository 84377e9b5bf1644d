import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  titlesOf,
  testKernelMatchesPlay,
  testPublishedVolatility,
  testSimulationAgainstPayTable,
} from "../../test/title-checks.ts";

describe("bundled ways slots", () => {
  const titles = titlesOf("ways-slot");
  test("at least two", () => assert.ok(titles.length >= 2));
  for (const { loaded, json } of titles) {
    test(`${loaded.title.id}: exact RTP by enumeration equals the RTP by linearity`, () => {
      assert.ok(
        loaded.analyze().rtp.equals(loaded.rtp),
        `${loaded.analyze().rtp.toPercent(6)} vs ${loaded.rtp.toPercent(6)}`,
      );
    });
    testPublishedVolatility(loaded);
    testKernelMatchesPlay(loaded, loaded.title.betLimits.minMinor * 3);
    testSimulationAgainstPayTable(loaded, json);
  }
});
