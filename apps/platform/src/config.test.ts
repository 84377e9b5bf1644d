import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, test } from "node:test";
import { loadConfig } from "./config.ts";

describe("config", () => {
  test("defaults: port 8080, SQLite in ./data, dev key file with a warning", () => {
    const result = loadConfig({}, "/srv/app");
    assert.ok(result.ok);
    const { config } = result;
    assert.equal(config.port, 8080);
    assert.equal(config.dataDir, "/srv/app/data");
    assert.deepEqual(config.database, { kind: "sqlite", file: "/srv/app/data/platform.sqlite" });
    assert.deepEqual(config.secretKey, { source: "file", path: "/srv/app/data/secret.key" });
    assert.equal(config.publicUrl, "http://localhost:8080");
    assert.equal(config.logLevel, "info");
    assert.equal(config.allowPrivateCallbackUrls, false, "private callback URLs only when asked for");
    assert.equal(config.metricsToken, undefined);
    assert.ok(
      config.warnings.some((w) => w.includes("METRICS_TOKEN")),
      "says how /metrics is guarded",
    );
    assert.equal(config.firstAdmin, undefined);
    assert.ok(config.warnings.some((w) => w.includes("CROUPIER_SECRET_KEY")));
    assert.equal(config.billingWorkers, true, "fees and reports are kept unless switched off");
  });

  test("BILLING_WORKERS=false: a measurement switch, with a warning, refused in production", () => {
    const off = loadConfig({ BILLING_WORKERS: "false" }, "/srv/app");
    assert.ok(off.ok);
    assert.equal(off.config.billingWorkers, false);
    assert.ok(off.config.warnings.some((w) => w.includes("BILLING_WORKERS")));
    const production = loadConfig(
      {
        BILLING_WORKERS: "false",
        NODE_ENV: "production",
        CROUPIER_SECRET_KEY: randomBytes(32).toString("base64"),
        METRICS_TOKEN: "scrape-token-0123456789",
      },
      "/srv/app",
    );
    assert.ok(!production.ok);
    assert.ok(production.errors.some((e) => e.includes("BILLING_WORKERS")));
  });

  test("reads every variable", () => {
    const key = randomBytes(32);
    const result = loadConfig(
      {
        PORT: "9000",
        HOST: "127.0.0.1",
        DATA_DIR: "/var/lib/croupier",
        DATABASE_URL: "postgres://u@db:5432/croupier",
        CROUPIER_SECRET_KEY: key.toString("base64"),
        ADMIN_EMAIL: "ops@croupier.example",
        ADMIN_PASSWORD: "a very long password",
        PUBLIC_URL: "https://api.croupier.example/",
        LOG_LEVEL: "debug",
        TRUST_PROXY: "10.0.0.0/8, 127.0.0.1",
        METRICS_TOKEN: "scrape-token-0123456789",
        SMTP_URL: "smtp://mailer:secret@mail.croupier.example:587",
        MAIL_FROM: "Croupier <no-reply@croupier.example>",
        NODE_ENV: "production",
      },
      "/",
    );
    assert.ok(result.ok, JSON.stringify(result));
    const { config } = result;
    assert.equal(config.port, 9000);
    assert.equal(config.host, "127.0.0.1");
    assert.deepEqual(config.database, { kind: "postgres", url: "postgres://u@db:5432/croupier" });
    assert.ok(config.secretKey.source === "env" && config.secretKey.key.equals(key));
    assert.deepEqual(config.firstAdmin, { email: "ops@croupier.example", password: "a very long password" });
    assert.equal(config.publicUrl, "https://api.croupier.example");
    assert.deepEqual(config.trustProxy, ["10.0.0.0/8", "127.0.0.1"]);
    assert.equal(config.allowPrivateCallbackUrls, false, "off in production by default");
    assert.equal(config.metricsToken, "scrape-token-0123456789");
    assert.deepEqual(config.smtp, {
      url: "smtp://mailer:secret@mail.croupier.example:587",
      from: "Croupier <no-reply@croupier.example>",
    });
    assert.deepEqual(config.warnings, []);
  });

  test("names every problem at once", () => {
    const result = loadConfig({
      PORT: "eighty",
      DATABASE_URL: "mysql://x",
      CROUPIER_SECRET_KEY: "short",
      ADMIN_EMAIL: "ops@croupier.example",
      PUBLIC_URL: "ftp://x",
      LOG_LEVEL: "loud",
      TRUST_PROXY: "maybe",
      SMTP_URL: "http://mail.example",
    });
    assert.equal(result.ok, false);
    const errors = result.ok ? [] : result.errors;
    for (const name of [
      "PORT",
      "DATABASE_URL",
      "CROUPIER_SECRET_KEY",
      "ADMIN_PASSWORD",
      "PUBLIC_URL",
      "LOG_LEVEL",
      "TRUST_PROXY",
      "SMTP_URL",
    ]) {
      assert.ok(
        errors.some((e) => e.includes(name)),
        `${name} is reported: ${errors.join(" | ")}`,
      );
    }
  });

  test("TRUST_PROXY names proxies as addresses or CIDR ranges; true is refused", () => {
    const unset = loadConfig({});
    assert.ok(unset.ok && unset.config.trustProxy === false);
    const off = loadConfig({ TRUST_PROXY: "false" });
    assert.ok(off.ok && off.config.trustProxy === false);
    const named = loadConfig({ TRUST_PROXY: "10.0.0.0/8,127.0.0.1,::1,fd00::/8,loopback" });
    assert.ok(named.ok, JSON.stringify(named));
    assert.deepEqual(named.config.trustProxy, ["10.0.0.0/8", "127.0.0.1", "::1", "fd00::/8", "loopback"]);
    const everyHop = loadConfig({ TRUST_PROXY: "true" });
    assert.ok(!everyHop.ok && everyHop.errors.some((e) => e.includes("TRUST_PROXY=true is refused")));
    for (const bad of ["10.0.0.0/33", "10.0.0", "proxy.internal", "1.2.3.4/8/9", "2"]) {
      const result = loadConfig({ TRUST_PROXY: bad });
      assert.ok(!result.ok && result.errors.some((e) => e.includes("TRUST_PROXY")), bad);
    }
  });

  test("production requires a secret key and a decent first admin password", () => {
    const noKey = loadConfig({ NODE_ENV: "production" });
    assert.ok(!noKey.ok && noKey.errors.some((e) => e.includes("CROUPIER_SECRET_KEY is required")));
    const weak = loadConfig({ ADMIN_EMAIL: "a@b.example", ADMIN_PASSWORD: "123" });
    assert.ok(!weak.ok && weak.errors.some((e) => e.includes("ADMIN_PASSWORD")));
  });

  test("production refuses to start without METRICS_TOKEN (behind a local proxy everyone is loopback)", () => {
    const key = randomBytes(32).toString("base64");
    const noToken = loadConfig({ NODE_ENV: "production", CROUPIER_SECRET_KEY: key });
    assert.ok(!noToken.ok && noToken.errors.some((e) => e.includes("METRICS_TOKEN is required")));
    const withToken = loadConfig({
      NODE_ENV: "production",
      CROUPIER_SECRET_KEY: key,
      METRICS_TOKEN: "scrape-token-0123456789",
    });
    assert.ok(withToken.ok, JSON.stringify(withToken));
    assert.ok(!withToken.config.warnings.some((w) => w.includes("METRICS_TOKEN")));
  });

  test("EGRESS_ADDRESSES: addresses and CIDR ranges, published as given; anything else stops the start", () => {
    const none = loadConfig({});
    assert.ok(none.ok && none.config.egressAddresses.length === 0);
    const given = loadConfig({ EGRESS_ADDRESSES: " 203.0.113.7, 198.51.100.0/24,2001:db8::1 " });
    assert.ok(given.ok, JSON.stringify(given));
    assert.deepEqual(given.config.egressAddresses, ["203.0.113.7", "198.51.100.0/24", "2001:db8::1"]);
    const bad = loadConfig({ EGRESS_ADDRESSES: "203.0.113.7,egress.example,10.0.0.0/33" });
    assert.ok(!bad.ok);
    assert.ok(bad.errors.some((e) => e.includes("egress.example") && e.includes("10.0.0.0/33")));
  });

  test("private callback URLs are allowed only when explicitly enabled, and then said at start", () => {
    for (const env of [{}, { NODE_ENV: "development" }, { NODE_ENV: "test" }]) {
      const result = loadConfig(env);
      assert.ok(result.ok && result.config.allowPrivateCallbackUrls === false, JSON.stringify(env));
    }
    const enabled = loadConfig({ ALLOW_PRIVATE_CALLBACK_URLS: "true" });
    assert.ok(enabled.ok && enabled.config.allowPrivateCallbackUrls);
    assert.ok(enabled.config.warnings.some((w) => w.includes("ALLOW_PRIVATE_CALLBACK_URLS")));
  });
});
