// Expected refusals (problems the code chose to answer, even 5xx ones such as BET_FAILED when a
// wallet gives no usable answer) log one line at warn without a stack; only unexpected errors log
// at error with their stack.
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { describe, test } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import pino from "pino";
import { installProblemHandlers } from "./error-handler.ts";
import { ProblemError } from "./problem.ts";

function appLoggingTo(lines: Array<Record<string, unknown>>) {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const app = Fastify({ loggerInstance: pino({ level: "info" }, stream) }) as unknown as FastifyInstance;
  installProblemHandlers(app);
  app.get("/bet-failed", async () => {
    throw new ProblemError(
      "BET_FAILED",
      { status: 502, title: "Bet failed", doc: "" },
      "The wallet gave no usable answer.",
    );
  });
  app.get("/refused", async () => {
    throw new ProblemError(
      "INSUFFICIENT_FUNDS",
      { status: 422, title: "Insufficient funds", doc: "" },
      "Not enough.",
    );
  });
  app.get("/bug", async () => {
    throw new TypeError("cannot read properties of undefined");
  });
  return app;
}

describe("how answered problems are logged", () => {
  test("a 5xx problem is one warn line with its code and no stack; a 4xx none at warn or above", async () => {
    const lines: Array<Record<string, unknown>> = [];
    const app = appLoggingTo(lines);
    assert.equal((await app.inject({ method: "GET", url: "/bet-failed" })).statusCode, 502);
    assert.equal((await app.inject({ method: "GET", url: "/refused" })).statusCode, 422);
    const loud = lines.filter((l) => (l.level as number) >= 40);
    assert.equal(loud.length, 1, JSON.stringify(lines));
    assert.equal(loud[0]!.level, 40);
    assert.equal(loud[0]!.code, "BET_FAILED");
    assert.ok(!JSON.stringify(lines).includes("stack"), "no stack trace for an expected refusal");
    await app.close();
  });

  test("an unexpected error still logs at error with its stack", async () => {
    const lines: Array<Record<string, unknown>> = [];
    const app = appLoggingTo(lines);
    assert.equal((await app.inject({ method: "GET", url: "/bug" })).statusCode, 500);
    const errors = lines.filter((l) => l.level === 50);
    assert.equal(errors.length, 1);
    assert.match(String((errors[0]!.err as { stack?: string }).stack), /TypeError/);
    await app.close();
  });
});
