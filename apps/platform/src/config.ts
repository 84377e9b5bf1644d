import path from "node:path";
import { LOG_LEVELS, readEnv, type LogLevel } from "@croupier/env";
import { isPostgresUrl } from "./db/connect.ts";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./auth/passwords.ts";
import { parseTrustProxy, type TrustedProxies } from "./http/trust-proxy.ts";
import { DEFAULT_ABANDON_AFTER_MS, DEFAULT_SWEEP_INTERVAL_MS } from "./round-engine/abandoned-rounds.ts";
import { parseSecretKey } from "./secrets/secret-box.ts";
import { isAddressOrCidr } from "./http/ip-entries.ts";

/** A round may be left open from one second (tests, demos) to a day. */
const MIN_ROUND_ABANDON_AFTER_MS = 1_000;
const MAX_ROUND_ABANDON_AFTER_MS = 24 * 60 * 60_000;
const MIN_ROUND_SWEEP_INTERVAL_MS = 100;
const MIN_ARCHIVE_AFTER_DAYS = 7;

export type { LogLevel } from "@croupier/env";

export interface PlatformConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly database:
    { readonly kind: "postgres"; readonly url: string } | { readonly kind: "sqlite"; readonly file: string };
  /**
   * The 32-byte key that seals salt keys at rest. `file`: not configured, so development falls
   * back to DATA_DIR/secret.key (created on first start) — refused when NODE_ENV=production.
   */
  readonly secretKey:
    { readonly source: "env"; readonly key: Buffer } | { readonly source: "file"; readonly path: string };
  /** Creates the first admin when none exists; ignored afterwards. */
  readonly firstAdmin: { readonly email: string; readonly password: string } | undefined;
  /** Where the service is reachable from outside (OpenAPI `servers`, links). No trailing slash. */
  readonly publicUrl: string;
  readonly logLevel: LogLevel;
  /**
   * The reverse proxies whose X-Forwarded-For gives client IPs (for per-IP limits): false for
   * none, else their addresses or CIDR ranges. Never "every hop" (see parseTrustProxy).
   */
  readonly trustProxy: TrustedProxies;
  /** Sandbox callback URLs may point at private/loopback addresses (off unless enabled; never live ones). */
  readonly allowPrivateCallbackUrls: boolean;
  /** Bearer token that /metrics requires (required in production); unset: direct loopback clients only. */
  readonly metricsToken: string | undefined;
  /**
   * The addresses (or CIDR ranges) wallet calls leave from (EGRESS_ADDRESSES), published at
   * `/docs/protocol/egress-addresses.json` so operators can allowlist them; empty: not published.
   */
  readonly egressAddresses: readonly string[];
  readonly production: boolean;
  /** An open round with no new call for this long is closed by the sweeper (ROUND_ABANDON_AFTER_MS). */
  readonly roundAbandonAfterMs: number;
  /** How often the sweeper looks for abandoned rounds (ROUND_SWEEP_INTERVAL_MS). */
  readonly roundSweepIntervalMs: number;
  /**
   * SMTP for account mail (invitations, password resets): SMTP_URL and MAIL_FROM; undefined:
   * mail is written to the log and listed for admins (development).
   */
  readonly smtp: { readonly url: string; readonly from: string } | undefined;
  /** Settled rounds older than this move to the archive tables (ARCHIVE_AFTER_DAYS); 0: never. */
  readonly archiveAfterDays: number;
  /**
   * The billing work beside the app (round projector: fees and report aggregates; daily
   * self-check; notifications). Off (BILLING_WORKERS=false) only to measure what it costs a round
   * (`npm run bench:billing`); refused in production.
   */
  readonly billingWorkers: boolean;
  /** Things to print at start-up. */
  readonly warnings: readonly string[];
}

/** A metrics token shorter than this is too easy to guess. */
const MIN_METRICS_TOKEN_LENGTH = 16;

export type ConfigResult =
  | { readonly ok: true; readonly config: PlatformConfig }
  | { readonly ok: false; readonly errors: readonly string[] };

/** SMTP_URL and MAIL_FROM: both or neither; without them mail is logged (a warning in production). */
function parseSmtp(
  url: string | undefined,
  from: string | undefined,
  out: { errors: string[]; warnings: string[]; production: boolean },
): PlatformConfig["smtp"] {
  if (url === undefined) {
    if (from !== undefined) out.errors.push("MAIL_FROM is set without SMTP_URL.");
    else if (out.production)
      out.warnings.push(
        "SMTP_URL is not set: password reset links and invitations are only written to the log and listed for admins.",
      );
    return undefined;
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:")) {
    out.errors.push(
      "SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465.",
    );
    return undefined;
  }
  if (from === undefined || !/^(?:[^<>]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(from.trim())) {
    out.errors.push("MAIL_FROM must be set with SMTP_URL: an address, e.g. Croupier <no-reply@example.com>.");
    return undefined;
  }
  return { url, from: from.trim() };
}

/**
 * Reads the configuration from environment variables, collecting every problem so one start
 * names all of them. Pure: touches no file (server.ts loads or creates the key file).
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | PORT | 8080 | listening port |
 * | HOST | 0.0.0.0 | listening address |
 * | DATA_DIR | ./data | SQLite file and dev key file |
 * | DATABASE_URL | — | `postgres://…` selects PostgreSQL; unset: SQLite at DATA_DIR/platform.sqlite |
 * | CROUPIER_SECRET_KEY | — | base64 32-byte key sealing salt keys; required in production |
 * | ADMIN_EMAIL, ADMIN_PASSWORD | — | first admin, created on first start |
 * | PUBLIC_URL | http://localhost:PORT | external base URL |
 * | LOG_LEVEL | info | fatal…trace, silent |
 * | TRUST_PROXY | false | proxies (addresses, CIDR ranges) whose X-Forwarded-For is believed, e.g. `10.0.0.0/8,127.0.0.1`; `true` is refused |
 * | ALLOW_PRIVATE_CALLBACK_URLS | false | let sandbox callback URLs target private networks (never live ones) |
 * | EGRESS_ADDRESSES | — | comma-separated IP addresses or CIDR ranges wallet calls leave from, published for operators' allowlists |
 * | METRICS_TOKEN | — (required in production) | bearer token for /metrics (at least 16 characters); unset: loopback clients only |
 * | ROUND_ABANDON_AFTER_MS | 600000 (10 min) | an open round idle this long is closed (its win settled as the game rules) |
 * | ROUND_SWEEP_INTERVAL_MS | 60000, at most half of the above | how often abandoned rounds are looked for |
 * | SMTP_URL | — | `smtp://user:pass@host:587` (STARTTLS) or `smtps://…:465`: account mail by SMTP; unset: logged |
 * | MAIL_FROM | — (required with SMTP_URL) | sender of account mail, e.g. `Croupier <no-reply@example.com>` |
 * | ARCHIVE_AFTER_DAYS | 90 | settled rounds older than this move to cold archive tables (README "Retention"); 0 turns it off; else at least 7 |
 * | BILLING_WORKERS | true | `false` stops fees, report aggregates, the daily self-check and notifications: for the billing bench's before/after only; refused in production |
 *
 * @example
 * const result = loadConfig(process.env);
 * if (!result.ok) { console.error(result.errors.join("\n")); process.exit(1); }
 */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): ConfigResult {
  const reader = readEnv(env);
  const { errors, warnings, value } = reader;
  const production = env.NODE_ENV === "production";

  const port = reader.integer("PORT", { fallback: 8080, min: 0, max: 65535 });
  const host = value("HOST") ?? "0.0.0.0";
  const dataDir = path.resolve(cwd, value("DATA_DIR") ?? "./data");

  const databaseUrl = value("DATABASE_URL");
  let database: PlatformConfig["database"] = { kind: "sqlite", file: path.join(dataDir, "platform.sqlite") };
  if (databaseUrl !== undefined) {
    if (isPostgresUrl(databaseUrl)) database = { kind: "postgres", url: databaseUrl };
    else
      errors.push(
        "DATABASE_URL must start with postgres:// or postgresql://; leave it unset to use SQLite in DATA_DIR.",
      );
  }

  let secretKey: PlatformConfig["secretKey"] = { source: "file", path: path.join(dataDir, "secret.key") };
  const keyText = value("CROUPIER_SECRET_KEY");
  if (keyText !== undefined) {
    const key = parseSecretKey(keyText);
    if (key === undefined) {
      errors.push(
        "CROUPIER_SECRET_KEY must be 32 random bytes in base64 (generate one with: openssl rand -base64 32).",
      );
    } else secretKey = { source: "env", key };
  } else if (production) {
    errors.push("CROUPIER_SECRET_KEY is required when NODE_ENV=production (openssl rand -base64 32).");
  } else {
    warnings.push(
      `CROUPIER_SECRET_KEY is not set: salt keys are sealed with the key in ${secretKey.path} (created if missing). ` +
        "Back that file up: without it stored salt keys cannot be read. Set CROUPIER_SECRET_KEY in production.",
    );
  }

  const adminEmail = value("ADMIN_EMAIL");
  const adminPassword = env.ADMIN_PASSWORD === "" ? undefined : env.ADMIN_PASSWORD;
  let firstAdmin: PlatformConfig["firstAdmin"];
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    errors.push("ADMIN_EMAIL and ADMIN_PASSWORD must be set together.");
  } else if (adminEmail !== undefined && adminPassword !== undefined) {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) errors.push("ADMIN_EMAIL is not an email address.");
    if (adminPassword.length < PASSWORD_MIN_LENGTH || adminPassword.length > PASSWORD_MAX_LENGTH) {
      errors.push(`ADMIN_PASSWORD must be ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters.`);
    }
    firstAdmin = { email: adminEmail, password: adminPassword };
  }

  const publicUrlText = value("PUBLIC_URL") ?? `http://localhost:${port}`;
  let publicUrl = publicUrlText;
  try {
    const url = new URL(publicUrlText);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("scheme");
    publicUrl = url.toString().replace(/\/$/, "");
  } catch {
    errors.push(`PUBLIC_URL must be an absolute http(s) URL; got "${publicUrlText}".`);
  }

  const logLevel: LogLevel = reader.oneOf("LOG_LEVEL", LOG_LEVELS, "info");
  const trustProxyResult = parseTrustProxy(env.TRUST_PROXY);
  if (!trustProxyResult.ok) errors.push(trustProxyResult.message);
  const trustProxy = trustProxyResult.ok ? trustProxyResult.value : false;
  // Off unless asked for, in every environment: a callback URL on a private address lets an
  // operator make the platform read internal services (the test call shows the answer).
  const allowPrivateCallbackUrls = reader.boolean("ALLOW_PRIVATE_CALLBACK_URLS", false);
  if (allowPrivateCallbackUrls) {
    warnings.push(
      "ALLOW_PRIVATE_CALLBACK_URLS is on: sandbox operators' callback URLs may point at private and loopback " +
        "addresses of this network (live ones never may).",
    );
  }

  // Without a token /metrics trusts the socket's address, which a reverse proxy on the same host
  // makes loopback for every client: production needs the token.
  const metricsToken = value("METRICS_TOKEN");
  if (metricsToken !== undefined && metricsToken.length < MIN_METRICS_TOKEN_LENGTH)
    errors.push(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters.`);
  else if (metricsToken === undefined && production)
    errors.push(
      "METRICS_TOKEN is required when NODE_ENV=production (behind a reverse proxy every client looks local): " +
        "openssl rand -base64 32.",
    );
  else if (metricsToken === undefined)
    warnings.push(
      "METRICS_TOKEN is not set: /metrics answers loopback clients that come without X-Forwarded-For or Forwarded " +
        "headers only. Set METRICS_TOKEN to scrape it from elsewhere.",
    );

  const egressAddresses = parseEgressAddresses(value("EGRESS_ADDRESSES"), errors);

  const roundAbandonAfterMs = reader.integer("ROUND_ABANDON_AFTER_MS", {
    fallback: DEFAULT_ABANDON_AFTER_MS,
    min: MIN_ROUND_ABANDON_AFTER_MS,
    max: MAX_ROUND_ABANDON_AFTER_MS,
  });
  // Looking less often than half the idle time would leave rounds open up to 1.5× as long.
  const roundSweepIntervalMs = reader.integer("ROUND_SWEEP_INTERVAL_MS", {
    fallback: Math.min(
      DEFAULT_SWEEP_INTERVAL_MS,
      Math.max(MIN_ROUND_SWEEP_INTERVAL_MS, Math.floor(roundAbandonAfterMs / 2)),
    ),
    min: MIN_ROUND_SWEEP_INTERVAL_MS,
    max: MAX_ROUND_ABANDON_AFTER_MS,
  });

  const smtp = parseSmtp(value("SMTP_URL"), value("MAIL_FROM"), { errors, warnings, production });
  // Retention: a week at least, far beyond any studio's retry of a transaction (see README).
  const archiveAfterDays = reader.integer("ARCHIVE_AFTER_DAYS", { fallback: 90, min: 0, max: 36_500 });
  if (archiveAfterDays > 0 && archiveAfterDays < MIN_ARCHIVE_AFTER_DAYS)
    errors.push(
      `ARCHIVE_AFTER_DAYS must be 0 (off) or at least ${MIN_ARCHIVE_AFTER_DAYS}, not ${archiveAfterDays}`,
    );
  // Without the projector no fee is charged and reports stop: a measurement switch, never a deployment one.
  const billingWorkers = reader.boolean("BILLING_WORKERS", true);
  if (!billingWorkers && production)
    errors.push(
      "BILLING_WORKERS=false is for measurements only (no fees, no reports); it is refused in production.",
    );
  else if (!billingWorkers)
    warnings.push(
      "BILLING_WORKERS is off: closed rounds are not charged and reports are not kept until it is on again.",
    );

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      port,
      host,
      dataDir,
      database,
      secretKey,
      firstAdmin,
      publicUrl,
      logLevel,
      trustProxy,
      allowPrivateCallbackUrls,
      metricsToken,
      egressAddresses,
      production,
      roundAbandonAfterMs,
      roundSweepIntervalMs,
      smtp,
      archiveAfterDays,
      billingWorkers,
      warnings,
    },
  };
}

/**
 * EGRESS_ADDRESSES: the platform's outgoing addresses, each an IPv4/IPv6 address or a CIDR
 * range. Operators put them in firewall allowlists, so a typo is refused at start, not published.
 */
function parseEgressAddresses(text: string | undefined, errors: string[]): readonly string[] {
  if (text === undefined) return [];
  const entries = text
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const bad = entries.filter((entry) => !isAddressOrCidr(entry));
  if (bad.length > 0) errors.push(`EGRESS_ADDRESSES: ${bad.join(", ")} is not an IP address or CIDR range.`);
  return entries;
}
