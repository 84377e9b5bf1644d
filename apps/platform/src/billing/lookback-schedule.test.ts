import assert from "node:assert/strict";
import { test } from "node:test";
import { createLookbackSchedule } from "./lookback-schedule.ts";

const settings = { recentMs: 5_000, lookbackMs: 60_000, fullEveryMs: 30_000 };

test("a process's first run looks back the whole window, the runs after it a few seconds, until the next whole one is due", () => {
  const schedule = createLookbackSchedule(settings);
  assert.equal(schedule.lookbackAt(1_000_000), 60_000);
  assert.equal(schedule.lookbackAt(1_001_000), 5_000);
  assert.equal(schedule.lookbackAt(1_029_999), 5_000);
  assert.equal(schedule.lookbackAt(1_030_000), 60_000);
  assert.equal(schedule.lookbackAt(1_031_000), 5_000);
  // A process that slept through several periods looks back the whole window once.
  assert.equal(schedule.lookbackAt(1_200_000), 60_000);
  assert.equal(schedule.lookbackAt(1_200_500), 5_000);
});

test("a short lookback that is not shorter than the whole one changes nothing", () => {
  const schedule = createLookbackSchedule({ ...settings, recentMs: 60_000 });
  assert.equal(schedule.lookbackAt(0), 60_000);
  assert.equal(schedule.lookbackAt(1_000), 60_000);
});
