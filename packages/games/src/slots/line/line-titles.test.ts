import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  titlesOf,
  testKernelMatchesPlay,
  testPublishedVolatility,
  testSimulationAgainstPayTable,
} from "../../test/title-checks.ts";

describe("bundled line slots", () => {
  const titles = titlesOf("line-slot");
  test("at least seven", () => assert.ok(titles.length >= 7));
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
