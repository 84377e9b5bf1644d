import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createFailureLimiter } from "./failure-limiter.ts";

describe("failure limiter", () => {
  test("blocks a key after max failures until its window ends; others are unaffected", () => {
    let now = 1_000_000;
    const limiter = createFailureLimiter({ maxFailures: 3, windowMs: 60_000, clock: () => now });
    for (let i = 0; i < 3; i++) {
      assert.equal(limiter.blockedFor("1.2.3.4"), undefined);
      limiter.recordFailure("1.2.3.4");
    }
    assert.equal(limiter.blockedFor("1.2.3.4"), 60);
    assert.equal(limiter.blockedFor("5.6.7.8"), undefined);
    now += 59_000;
    assert.equal(limiter.blockedFor("1.2.3.4"), 1);
    now += 1_000;
    assert.equal(limiter.blockedFor("1.2.3.4"), undefined, "a new window starts clean");
  });

  test("tracks at most maxKeys keys, dropping the oldest", () => {
    const limiter = createFailureLimiter({ maxFailures: 1, windowMs: 60_000, maxKeys: 2, clock: () => 0 });
    limiter.recordFailure("a");
    limiter.recordFailure("b");
    limiter.recordFailure("c");
    assert.equal(limiter.blockedFor("a"), undefined);
    assert.equal(limiter.blockedFor("b"), 60);
    assert.equal(limiter.blockedFor("c"), 60);
  });
});

describe("failure limiter reservations", () => {
  test("reserve counts the attempt before its outcome; release takes it back; reset forgets the key", () => {
    const limiter = createFailureLimiter({ maxFailures: 2, windowMs: 60_000, clock: () => 0 });
    assert.equal(limiter.reserve("k"), undefined);
    assert.equal(limiter.reserve("k"), undefined);
    assert.equal(limiter.reserve("k"), 60, "a third concurrent attempt waits before either outcome is known");
    limiter.release("k");
    assert.equal(limiter.reserve("k"), undefined, "a released reservation frees its place");
    limiter.reset("k");
    assert.equal(limiter.blockedFor("k"), undefined);
    limiter.release("unknown");
    assert.equal(limiter.blockedFor("unknown"), undefined);
  });
});
