import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import type { Harness, HttpAnswer } from "../../test/platform-harness.ts";

/** Longest a test waits for a run to finish (a full run on loopback takes seconds). */
const RUN_WAIT_MS = 90_000;
const POLL_MS = 50;

/** The active salt of an environment, as the operator reads it in the backoffice. */
export async function activeSaltOf(
  h: Harness,
  token: string,
  environment: "sandbox" | "live",
): Promise<string> {
  const answer = await h.request("GET", `/backoffice/environments/${environment}/salt-keys`, { token });
  assert.equal(answer.status, 200, answer.text);
  const active = (answer.json.keys as Array<{ state: string; salt: string }>).find(
    (k) => k.state === "active",
  );
  assert.ok(active);
  return active.salt;
}

export async function setCallbackUrl(
  h: Harness,
  token: string,
  environment: "sandbox" | "live",
  callbackUrl: string | null,
): Promise<void> {
  const answer = await h.request("PATCH", `/backoffice/environments/${environment}/wallet-settings`, {
    token,
    body: { callbackUrl, timeoutMs: 2_000 },
  });
  assert.equal(answer.status, 200, answer.text);
}

/**
 * Polls `path` (a run) until `done(run)` holds. Waiting on a condition, not on time: the
 * deadline only turns a hang into a failure.
 */
export async function waitForRun(
  h: Harness,
  path: string,
  token: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON freely
  done: (run: any) => boolean = (run) => run.status !== "running",
): Promise<HttpAnswer> {
  const deadline = Date.now() + RUN_WAIT_MS;
  for (;;) {
    const answer = await h.request("GET", path, { token });
    assert.equal(answer.status, 200, answer.text);
    if (done(answer.json)) return answer;
    if (Date.now() > deadline) assert.fail(`run did not get there in time: ${answer.text.slice(0, 500)}`);
    await sleep(POLL_MS);
  }
}

export const runBody = (overrides: Record<string, unknown> = {}) => ({
  players: ["cf-player-1", "cf-player-2"],
  currency: "EUR",
  ...overrides,
});
