import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { DEMO_ADMIN_TOKEN, DEMO_SALT, checkSalts, loadConfig } from "./config.ts";

const cwd = "/srv/wallet";
const production = {
  NODE_ENV: "production",
  SALT_KEYS: "s3cret-salt-0123456789",
  ADMIN_TOKEN: "a-long-admin-token-123",
};

function errorsOf(env: NodeJS.ProcessEnv): readonly string[] {
  const result = loadConfig(env, cwd);
  assert.equal(result.ok, false, "expected a configuration error");
  return result.ok ? [] : result.errors;
}

function configOf(env: NodeJS.ProcessEnv) {
  const result = loadConfig(env, cwd);
  assert.ok(result.ok, result.ok ? "" : result.errors.join("\n"));
  return result.config;
}

describe("loadConfig", () => {
  it("boots a fresh checkout in demo mode with documented defaults and loud warnings", () => {
    const config = configOf({});
    assert.equal(config.demoMode, true);
    assert.equal(config.port, 3100);
    assert.equal(config.host, "127.0.0.1");
    assert.deepEqual(config.saltKeys, [DEMO_SALT]);
    assert.equal(config.adminToken, DEMO_ADMIN_TOKEN);
    assert.equal(config.windowSeconds, 30);
    assert.equal(config.requireBodySignature, false);
    assert.equal(config.demoPlayers, true);
    assert.deepEqual(config.store, {
      kind: "sqlite",
      dataDir: path.join(cwd, "data"),
      filename: path.join(cwd, "data", "wallet.sqlite"),
    });
    assert.ok(config.warnings.some((w) => w.includes("PUBLIC demo salt")));
    assert.ok(config.warnings.some((w) => w.includes(DEMO_ADMIN_TOKEN)));
  });

  it("reads every variable", () => {
    const config = configOf({
      ...production,
      PORT: "8080",
      HOST: "0.0.0.0",
      SALT_KEYS: " new-salt-2026-0123456789 , old-salt-2025-0123456789 ",
      DATABASE_URL: "postgresql://wallet@db:5432/wallet",
      DATABASE_POOL_SIZE: "32",
      DATABASE_SETTLE_CONCURRENCY: "4",
      WINDOW_SECONDS: "10",
      REQUIRE_BODY_SIGNATURE: "yes",
      DEMO_PLAYERS: "1",
      LOG_LEVEL: "warn",
    });
    assert.equal(config.demoMode, false);
    assert.equal(config.port, 8080);
    assert.equal(config.host, "0.0.0.0");
    assert.deepEqual(config.saltKeys, ["new-salt-2026-0123456789", "old-salt-2025-0123456789"]);
    assert.deepEqual(config.store, {
      kind: "postgres",
      connectionString: "postgresql://wallet@db:5432/wallet",
      poolSize: 32,
      settleConcurrency: 4,
    });
    assert.equal(config.windowSeconds, 10);
    assert.equal(config.requireBodySignature, true);
    assert.equal(config.demoPlayers, true);
    assert.equal(config.logLevel, "warn");
    assert.deepEqual(config.warnings, []);
  });

  it("puts the SQLite file in DATA_DIR, relative to the working directory", () => {
    assert.deepEqual(configOf({ DATA_DIR: "var/w" }).store, {
      kind: "sqlite",
      dataDir: path.join(cwd, "var/w"),
      filename: path.join(cwd, "var/w", "wallet.sqlite"),
    });
  });

  it("outside demo mode requires real secrets and does not seed players", () => {
    const errors = errorsOf({ NODE_ENV: "production" });
    assert.ok(errors.some((e) => e.startsWith("SALT_KEYS is required")));
    assert.ok(errors.some((e) => e.startsWith("ADMIN_TOKEN is required")));
    assert.equal(configOf(production).demoPlayers, false);
    assert.equal(configOf({ ...production, NODE_ENV: "development", DEMO_MODE: "false" }).demoMode, false);
  });

  it("refuses the public demo secrets outside demo mode", () => {
    assert.match(
      errorsOf({ ...production, SALT_KEYS: `x-salt-0123456789,${DEMO_SALT}` }).join(),
      /public demo salt/,
    );
    assert.match(errorsOf({ ...production, ADMIN_TOKEN: "short" }).join(), /at least 16 characters/);
  });

  it("names each malformed value, all at once", () => {
    const errors = errorsOf({
      PORT: "70000",
      WINDOW_SECONDS: "1.5",
      REQUIRE_BODY_SIGNATURE: "maybe",
      DEMO_PLAYERS: "2",
      SALT_KEYS: "salt-0123456789-a,,salt-0123456789-b",
      DATABASE_URL: "mysql://x@y/z",
      LOG_LEVEL: "loud",
    });
    assert.deepEqual(
      errors.map((e) => e.split(" ")[0]),
      [
        "PORT",
        "WINDOW_SECONDS",
        "REQUIRE_BODY_SIGNATURE",
        "DEMO_PLAYERS",
        "LOG_LEVEL",
        "SALT_KEYS:",
        "DATABASE_URL",
      ],
    );
    assert.match(errors.join("\n"), /PORT must be an integer from 0 to 65535; got "70000"/);
    assert.match(errors.join("\n"), /DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
    assert.match(errorsOf({ DATABASE_URL: "not a url" }).join(), /not a valid URL/);
    assert.match(
      errorsOf({ DATABASE_URL: "postgres://w@db/w", DATABASE_POOL_SIZE: "0" }).join(),
      /DATABASE_POOL_SIZE must be an integer from 1 to 100; got "0"/,
    );
    assert.match(
      errorsOf({ DATABASE_URL: "postgres://w@db/w", DATABASE_SETTLE_CONCURRENCY: "two" }).join(),
      /DATABASE_SETTLE_CONCURRENCY must be an integer from 1 to 100; got "two"/,
    );
  });
});

describe("checkSalts", () => {
  it("accepts 1–8 distinct salts and explains every refusal", () => {
    const salt = "salt-0123456789-a";
    assert.equal(checkSalts([salt]), undefined);
    assert.equal(checkSalts([]), "at least one salt is required");
    assert.equal(checkSalts([salt, salt]), "salts must be distinct");
    assert.equal(checkSalts([` ${salt}`]), "a salt may not start or end with whitespace");
    assert.equal(checkSalts(["a".repeat(15)]), "a salt needs at least 16 characters");
    assert.equal(checkSalts(["a".repeat(16)]), undefined);
    assert.equal(
      checkSalts(Array.from({ length: 9 }, (_, i) => `${salt}-${i}`)),
      "at most 8 salts may be active at once",
    );
  });
});
