// Test support for the gateway suites: problem assertions, polling, and a playing session.
import assert from "node:assert/strict";
import type { GamePlayFixture } from "../../sessions/test/game-play-fixture.ts";
import type { HttpAnswer } from "../../test/platform-harness.ts";

export function assertProblem(answer: HttpAnswer, status: number, code: string): void {
  assert.equal(answer.status, status, answer.text);
  assert.match(answer.headers.get("content-type") ?? "", /^application\/problem\+json/);
  assert.equal(answer.json.code, code, answer.text);
}

/** Polls until `check` holds; the deadline only bounds a failing test, it asserts no timing. */
export async function eventually(check: () => Promise<boolean>, deadlineMs = 10_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("condition not reached before the deadline");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let counter = 0;

/** A fresh wallet player and a launched, opened session of the studio's game. */
export async function playing(
  f: GamePlayFixture,
  balanceMinor: number,
  overrides: Record<string, unknown> = {},
) {
  counter += 1;
  const playerId = `gw-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  await f.player(playerId, balanceMinor);
  const session = await f.startSession({ player_id: playerId, ...overrides });
  return { playerId, ...session };
}

export function walletCallsOf(f: GamePlayFixture, playerId: string) {
  return f.walletCalls.filter((call) => call.player_id === playerId);
}
