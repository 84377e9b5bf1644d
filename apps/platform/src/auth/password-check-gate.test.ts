import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createPasswordCheckGate } from "./password-check-gate.ts";

/** A piece of work the test finishes when it wants, counting how many run at once. */
function controlledWork() {
  let running = 0;
  let peak = 0;
  const finishers: (() => void)[] = [];
  return {
    get peak() {
      return peak;
    },
    finishOne() {
      finishers.shift()?.();
    },
    work: () => {
      running += 1;
      peak = Math.max(peak, running);
      return new Promise<string>((resolve) =>
        finishers.push(() => {
          running -= 1;
          resolve("done");
        }),
      );
    },
  };
}

describe("password check gate", () => {
  test("runs at most `concurrency` at once, queues `queue` more, and refuses the rest at once", async () => {
    const gate = createPasswordCheckGate({ concurrency: 2, queue: 1 });
    const w = controlledWork();
    const started = Array.from({ length: 5 }, () => gate.run(w.work));
    // The two beyond the queue are refused without waiting for any work to finish.
    assert.deepEqual(await started[3], { ok: false });
    assert.deepEqual(await started[4], { ok: false });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(w.peak, 2);
    w.finishOne();
    assert.deepEqual(await started[0], { ok: true, value: "done" });
    await new Promise((resolve) => setImmediate(resolve));
    w.finishOne();
    w.finishOne();
    assert.deepEqual(await Promise.all(started.slice(1, 3)), [
      { ok: true, value: "done" },
      { ok: true, value: "done" },
    ]);
    assert.equal(w.peak, 2);
    assert.equal(gate.peakRunning, 2);
    // Slots come back: the gate serves again.
    const again = gate.run(w.work);
    await new Promise((resolve) => setImmediate(resolve));
    w.finishOne();
    assert.deepEqual(await again, { ok: true, value: "done" });
  });

  test("a check that throws still gives its slot back", async () => {
    const gate = createPasswordCheckGate({ concurrency: 1, queue: 0 });
    await assert.rejects(gate.run(() => Promise.reject(new Error("scrypt failed"))));
    assert.deepEqual(await gate.run(async () => 1), { ok: true, value: 1 });
  });
});
