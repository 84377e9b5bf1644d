import assert from "node:assert/strict";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { timeOrderedIds, timePart } from "./platform-ids.ts";

test("an id is the prefix, 10 characters of time and 16 random ones, all lower-case Crockford base32", () => {
  const id = timeOrderedIds("c");
  assert.match(id, /^c_[0-9a-hjkmnp-tv-z]{26}$/);
  assert.ok(Math.abs(parseTime(id.slice(2, 12)) - Date.now()) < 1_000);
  // 1,796,601,600,000 ms (2026-12-07T00:00Z) in base 32, most significant first, computed apart from this code.
  assert.equal(timePart(Date.UTC(2026, 11, 7)), "01m96wsp00");
});

test("ids sort by the millisecond they were made in (as text, byte order)", async () => {
  const ids: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    ids.push(timeOrderedIds("ses"));
    await sleep(2);
  }
  assert.deepEqual([...ids].sort(), ids);
});

test("the time part sorts as the number, and ids of one millisecond differ", () => {
  const times = [0, 1, 31, 32, 1_023, 1_024, Date.UTC(2026, 11, 7), Date.UTC(2400, 0, 1), 2 ** 50 - 1];
  const parts = times.map(timePart);
  assert.deepEqual([...parts].sort(), parts);
  assert.equal(timePart(0), "0000000000");
  assert.equal(timePart(2 ** 50 - 1), "zzzzzzzzzz");
  assert.ok(parts.every((part) => part.length === 10));
  const many = new Set(Array.from({ length: 10_000 }, () => timeOrderedIds("c")));
  assert.equal(many.size, 10_000);
});

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
function parseTime(part: string): number {
  let ms = 0;
  for (const char of part) ms = ms * 32 + ALPHABET.indexOf(char);
  return ms;
}
