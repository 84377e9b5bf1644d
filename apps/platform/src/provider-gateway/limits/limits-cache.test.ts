import assert from "node:assert/strict";
import { test } from "node:test";
import { cachedLimit, forgetLimits } from "./limits-cache.ts";

test("a limit is read once while cached, per database handle, and read again once forgotten", async () => {
  const db = {};
  const other = {};
  let reads = 0;
  const read = async () => ++reads;
  assert.equal(await cachedLimit(db, "k", read), 1);
  assert.equal(await cachedLimit(db, "k", read), 1);
  assert.equal(await cachedLimit(other, "k", read), 2, "another database has its own entries");
  forgetLimits(db);
  assert.equal(await cachedLimit(db, "k", read), 3);
  assert.equal(await cachedLimit(other, "k", read), 2, "forgetting one database keeps the other's");
});

test("requests asking while a read is in flight share it; a failed read is not kept", async () => {
  const db = {};
  let reads = 0;
  let fail = true;
  const read = async () => {
    reads += 1;
    await new Promise((resolve) => setImmediate(resolve));
    if (fail) throw new Error("connection lost");
    return reads;
  };
  const [first, second] = await Promise.allSettled([cachedLimit(db, "k", read), cachedLimit(db, "k", read)]);
  assert.equal(first.status, "rejected");
  assert.equal(second.status, "rejected");
  assert.equal(reads, 1);
  fail = false;
  assert.equal(await cachedLimit(db, "k", read), 2);
});
