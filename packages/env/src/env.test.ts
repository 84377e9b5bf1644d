import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { LOG_LEVELS, readEnv } from "./index.ts";

describe("readEnv", () => {
  test("blank is unset, values are trimmed", () => {
    const env = readEnv({ A: "  x ", B: "   ", C: "" });
    assert.equal(env.value("A"), "x");
    assert.equal(env.value("B"), undefined);
    assert.equal(env.value("C"), undefined);
    assert.equal(env.value("D"), undefined);
  });

  test("integers: digits inside the bounds, else the fallback and an error naming the variable", () => {
    const env = readEnv({ OK: " 42 ", BIG: "70000", NEG: "-1", FRACTION: "1.5", WORD: "ten" });
    const bounds = { fallback: 7, min: 0, max: 65535 };
    assert.equal(env.integer("OK", bounds), 42);
    assert.equal(env.integer("UNSET", bounds), 7);
    for (const name of ["BIG", "NEG", "FRACTION", "WORD"]) assert.equal(env.integer(name, bounds), 7);
    assert.deepEqual(env.errors, [
      'BIG must be an integer from 0 to 65535; got "70000".',
      'NEG must be an integer from 0 to 65535; got "-1".',
      'FRACTION must be an integer from 0 to 65535; got "1.5".',
      'WORD must be an integer from 0 to 65535; got "ten".',
    ]);
  });

  test("booleans in four spellings, any case", () => {
    const env = readEnv({ A: "YES", B: "off", C: "1", D: "False", E: "maybe" });
    assert.deepEqual(
      ["A", "B", "C", "D", "UNSET"].map((name) => env.boolean(name, false)),
      [true, false, true, false, false],
    );
    assert.equal(env.boolean("E", true), true);
    assert.deepEqual(env.errors, ['E must be true or false (also 1/0, yes/no, on/off); got "maybe".']);
  });

  test("one of a list", () => {
    const env = readEnv({ LOG_LEVEL: "debug", BAD: "loud" });
    assert.equal(env.oneOf("LOG_LEVEL", LOG_LEVELS, "info"), "debug");
    assert.equal(env.oneOf("BAD", LOG_LEVELS, "info"), "info");
    assert.equal(env.oneOf("UNSET", LOG_LEVELS, "info"), "info");
    assert.match(
      env.errors.join(),
      /BAD must be one of fatal, error, warn, info, debug, trace, silent; got "loud"/,
    );
  });
});
