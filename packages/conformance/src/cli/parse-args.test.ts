import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseCli } from "./parse-args.ts";

const REQUIRED = [
  "--url",
  "http://127.0.0.1:1/w",
  "--salt",
  "s",
  "--players",
  " a, b ,",
  "--currency",
  "eur",
];

describe("parseCli", () => {
  it("reads every option", () => {
    const command = parseCli(
      [
        ...REQUIRED,
        ...[
          "--window",
          "45",
          "--timeout-ms",
          "2500",
          "--require-body-signature",
          "--only",
          "rollback, latency",
        ],
        ...["--json", "r.json", "--junit", "r.xml", "--game-id", "g-1"],
      ],
      {},
    );
    assert.deepEqual(command, {
      kind: "run",
      options: {
        url: "http://127.0.0.1:1/w",
        salt: "s",
        players: ["a", "b"],
        currency: "EUR",
        requireBodySignature: true,
        only: ["rollback", "latency"],
        windowSeconds: 45,
        timeoutMs: 2500,
        gameId: "g-1",
      },
      jsonPath: "r.json",
      junitPath: "r.xml",
    });
  });

  it("prefers --salt and falls back to CROUPIER_SALT", () => {
    const fromEnv = parseCli(
      REQUIRED.filter((_, i) => i !== 2 && i !== 3),
      { CROUPIER_SALT: "env-salt" },
    );
    assert.equal(fromEnv.kind === "run" && fromEnv.options.salt, "env-salt");
    const fromFlag = parseCli(REQUIRED, { CROUPIER_SALT: "env-salt" });
    assert.equal(fromFlag.kind === "run" && fromFlag.options.salt, "s");
  });

  it("reports usage errors without throwing", () => {
    assert.equal(parseCli(["--nope"], {}).kind, "usage-error");
    assert.equal(parseCli(["--url"], {}).kind, "usage-error");
    assert.deepEqual(parseCli([...REQUIRED, "--timeout-ms", "1.5"], {}), {
      kind: "usage-error",
      message: '--timeout-ms must be a whole number; got "1.5"',
    });
    assert.deepEqual(parseCli([], {}), {
      kind: "usage-error",
      message: "missing --url, --salt (or CROUPIER_SALT), --players, --currency",
    });
  });

  it("knows --help, --version and --list", () => {
    assert.deepEqual(parseCli(["--help"], {}), { kind: "help" });
    assert.deepEqual(parseCli(["-h"], {}), { kind: "help" });
    assert.deepEqual(parseCli(["--version"], {}), { kind: "version" });
    assert.deepEqual(parseCli(["--list"], {}), { kind: "list" });
  });
});

describe("parseCli --profile", () => {
  it("reads native, classic and gamehub (an alias), and refuses anything else", () => {
    for (const [given, wanted] of [
      ["native", "native"],
      ["classic", "classic"],
      ["GameHub", "gamehub"],
    ] as const) {
      const command = parseCli([...REQUIRED, "--profile", given], {});
      assert.equal(command.kind, "run");
      assert.equal(command.kind === "run" && command.options.profile, wanted);
    }
    const bad = parseCli([...REQUIRED, "--profile", "soap"], {});
    assert.equal(bad.kind, "usage-error");
    assert.match(bad.kind === "usage-error" ? bad.message : "", /native, classic or gamehub/);
  });
});
