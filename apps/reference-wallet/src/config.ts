import path from "node:path";
import { LOG_LEVELS, readEnv, type LogLevel } from "@croupier/env";
import { MIN_SALT_LENGTH } from "@croupier/wallet-sdk";

/** The salt a fresh checkout boots with. Public, so never acceptable outside demo mode. */
export const DEMO_SALT = "demo-salt-change-me";
/** The admin token a fresh checkout boots with; printed at start-up, refused outside demo mode. */
export const DEMO_ADMIN_TOKEN = "demo-admin-token";

/** Bounds that keep a typo from becoming an outage. */
const MAX_SALTS = 8;
const MIN_ADMIN_TOKEN_LENGTH = 16;
const MAX_WINDOW_SECONDS = 300;
const MAX_POOL_SIZE = 100;

export interface WalletConfig {
  readonly port: number;
  readonly host: string;
  /**
   * Demo mode: public demo salt and admin token are allowed (with a warning) and demo players
   * are seeded. On unless NODE_ENV=production or DEMO_MODE=false.
   */
  readonly demoMode: boolean;
  /** Boot value of the active salts; `PUT /admin/salts` changes them at run time, in memory. */
  readonly saltKeys: readonly string[];
  readonly store:
    | { readonly kind: "sqlite"; readonly dataDir: string; readonly filename: string }
    | {
        readonly kind: "postgres";
        readonly connectionString: string;
        readonly poolSize?: number;
        readonly settleConcurrency?: number;
      };
  readonly adminToken: string;
  readonly windowSeconds: number;
  readonly requireBodySignature: boolean;
  /** Serve the compatibility (GameHub-style) profile at `GET /wallet/classic` too. */
  readonly classicProfile: boolean;
  readonly demoPlayers: boolean;
  readonly logLevel: LogLevel;
  /** Things an operator must read at start-up (public demo secrets in use, …). */
  readonly warnings: readonly string[];
}

export type ConfigResult =
  | { readonly ok: true; readonly config: WalletConfig }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Reads the wallet's configuration from environment variables. Every problem is collected,
 * so one start-up names all of them; nothing is read from anywhere else.
 *
 * @example
 * const result = loadConfig(process.env);
 * if (!result.ok) { console.error(result.errors.join("\n")); process.exit(1); }
 */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): ConfigResult {
  const reader = readEnv(env);
  const { errors, warnings, value } = reader;

  const demoMode = reader.boolean("DEMO_MODE", env.NODE_ENV !== "production");
  const port = reader.integer("PORT", { fallback: 3100, min: 0, max: 65535 });
  const host = value("HOST") ?? "127.0.0.1";
  const windowSeconds = reader.integer("WINDOW_SECONDS", { fallback: 30, min: 1, max: MAX_WINDOW_SECONDS });
  const requireBodySignature = reader.boolean("REQUIRE_BODY_SIGNATURE", false);
  const demoPlayers = reader.boolean("DEMO_PLAYERS", demoMode);
  const classicProfile = reader.boolean("CLASSIC_PROFILE", false);
  if (classicProfile) {
    warnings.push(
      "CLASSIC_PROFILE is on: GET /wallet/classic answers the compatibility profile, which has no body " +
        "signature (a captured URL can be replayed with another amount inside the window). Accept it only " +
        "from the platform's egress addresses.",
    );
  }
  const logLevel = reader.oneOf("LOG_LEVEL", LOG_LEVELS, "info");

  const saltKeys = parseSalts(value("SALT_KEYS"), demoMode, errors, warnings);
  const adminToken = parseAdminToken(value("ADMIN_TOKEN"), demoMode, errors, warnings);
  let store = parseStore(value("DATABASE_URL"), value("DATA_DIR"), cwd, errors);
  if (store?.kind === "postgres" && value("DATABASE_POOL_SIZE") !== undefined) {
    const poolSize = reader.integer("DATABASE_POOL_SIZE", { fallback: 0, min: 1, max: MAX_POOL_SIZE });
    if (poolSize > 0) store = { ...store, poolSize };
  }
  if (store?.kind === "postgres" && value("DATABASE_SETTLE_CONCURRENCY") !== undefined) {
    const settleConcurrency = reader.integer("DATABASE_SETTLE_CONCURRENCY", {
      fallback: 0,
      min: 1,
      max: MAX_POOL_SIZE,
    });
    if (settleConcurrency > 0) store = { ...store, settleConcurrency };
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      port,
      host,
      demoMode,
      saltKeys,
      store: store!,
      adminToken,
      windowSeconds,
      requireBodySignature,
      classicProfile,
      demoPlayers,
      logLevel,
      warnings,
    },
  };
}

/**
 * Validates a list of salts, whether from SALT_KEYS or `PUT /admin/salts`: 1–8 distinct
 * strings of at least the SDK's MIN_SALT_LENGTH characters without surrounding whitespace (the
 * SDK's handler would refuse shorter ones on every call). Returns a message, or undefined when valid.
 */
export function checkSalts(salts: readonly string[]): string | undefined {
  if (salts.length === 0) return "at least one salt is required";
  if (salts.length > MAX_SALTS) return `at most ${MAX_SALTS} salts may be active at once`;
  for (const salt of salts) {
    if (salt.length === 0) return "a salt may not be empty";
    if (salt.trim() !== salt) return "a salt may not start or end with whitespace";
    if (salt.length < MIN_SALT_LENGTH) return `a salt needs at least ${MIN_SALT_LENGTH} characters`;
    if (salt.length > 256) return "a salt may be at most 256 characters";
  }
  if (new Set(salts).size !== salts.length) return "salts must be distinct";
  return undefined;
}

function parseSalts(raw: string | undefined, demoMode: boolean, errors: string[], warnings: string[]) {
  if (raw === undefined) {
    if (!demoMode) {
      errors.push("SALT_KEYS is required outside demo mode (comma-separated; the first is the newest).");
      return [];
    }
    warnings.push(
      `SALT_KEYS is not set: using the PUBLIC demo salt "${DEMO_SALT}". Anyone can sign calls to this wallet. ` +
        "Set SALT_KEYS to the salt your platform gave you before real money goes near it.",
    );
    return [DEMO_SALT];
  }
  const salts = raw.split(",").map((salt) => salt.trim());
  const problem = checkSalts(salts);
  if (problem !== undefined) {
    errors.push(`SALT_KEYS: ${problem}.`);
    return [];
  }
  if (salts.includes(DEMO_SALT)) {
    if (demoMode) warnings.push(`SALT_KEYS contains the PUBLIC demo salt "${DEMO_SALT}".`);
    else errors.push(`SALT_KEYS contains the public demo salt "${DEMO_SALT}", refused outside demo mode.`);
  }
  return salts;
}

function parseAdminToken(raw: string | undefined, demoMode: boolean, errors: string[], warnings: string[]) {
  if (raw === undefined) {
    if (!demoMode) {
      errors.push(
        `ADMIN_TOKEN is required outside demo mode (at least ${MIN_ADMIN_TOKEN_LENGTH} characters).`,
      );
      return "";
    }
    warnings.push(
      `ADMIN_TOKEN is not set: the admin API accepts the PUBLIC demo token "${DEMO_ADMIN_TOKEN}".`,
    );
    return DEMO_ADMIN_TOKEN;
  }
  if (raw.length < MIN_ADMIN_TOKEN_LENGTH) {
    errors.push(`ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters.`);
  } else if (raw === DEMO_ADMIN_TOKEN && !demoMode) {
    errors.push("ADMIN_TOKEN is the public demo token, refused outside demo mode.");
  }
  return raw;
}

function parseStore(
  databaseUrl: string | undefined,
  dataDir: string | undefined,
  cwd: string,
  errors: string[],
): WalletConfig["store"] | undefined {
  if (databaseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(databaseUrl);
    } catch {
      errors.push("DATABASE_URL is not a valid URL (expected postgres://user@host:5432/db).");
      return undefined;
    }
    if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
      errors.push(
        `DATABASE_URL must be a postgres:// or postgresql:// URL; got "${url.protocol}". ` +
          "Leave it unset to use SQLite in DATA_DIR.",
      );
      return undefined;
    }
    return { kind: "postgres", connectionString: databaseUrl };
  }
  const dir = path.resolve(cwd, dataDir ?? "./data");
  return { kind: "sqlite", dataDir: dir, filename: path.join(dir, "wallet.sqlite") };
}
