import { CURRENCY_PATTERN, DEFAULT_WINDOW_SECONDS } from "@croupier/protocol";

export { DEFAULT_WINDOW_SECONDS };
/** The platform's default callback timeout: a slower answer is an unknown outcome for it. */
export const DEFAULT_TIMEOUT_MS = 5_000;
/** The game id the kit's calls carry unless told otherwise. */
export const DEFAULT_GAME_ID = "croupier-conformance";
/**
 * The smallest balance a test player needs. The largest amount a check moves by itself is
 * 275 minor units; the overdraft check sizes itself from the balance it finds.
 */
export const MIN_PLAYER_BALANCE_MINOR = 1_000;

/** Bounds that keep a typo from making a run meaningless or endless. */
const MIN_WINDOW_SECONDS = 4; // the kit probes window − 3 s, which must stay positive
const MAX_WINDOW_SECONDS = 3_600;
const MIN_TIMEOUT_MS = 10;
const MAX_TIMEOUT_MS = 120_000;

/**
 * How calls travel: `native` (JSON POST, the protocol's own form) or `classic`, the compatibility
 * profile (GameHub-style GET query, answers `{"error":0|1|2,"balance":…}`). `gamehub` is accepted
 * as another name for `classic`.
 */
export type WalletProfile = "native" | "classic";

/** What a run needs to know. Only `url`, `salt`, `players` and `currency` are required. */
export interface ConformanceOptions {
  /** The operator's callback URL (http or https). */
  url: string;
  /** The salt key the operator configured for this environment. Never written to a report. */
  salt: string;
  /** At least two distinct test players the operator created with a balance (≥ 1000 minor units). */
  players: readonly string[];
  /** The test players' wallet currency (ISO 4217). */
  currency: string;
  /** The operator's timestamp window in seconds; default 30. */
  windowSeconds?: number;
  /** The platform's callback timeout in ms; default 5000. Also the kit's own per-call timeout. */
  timeoutMs?: number;
  /** The operator refuses calls whose body signature does not verify; enables `security.body-signature`. */
  requireBodySignature?: boolean;
  /** Run only these checks: ids (`rollback.late-original`) or areas (`rollback`). */
  only?: readonly string[];
  /** `game_id` of every call; default "croupier-conformance". */
  gameId?: string;
  /** Call-id namespace; default random. Two runs must never share one. */
  runId?: string;
  /** The operator's profile; default `native`. */
  profile?: WalletProfile | "gamehub";
}

/** Options with every default applied and validated. */
export interface ResolvedOptions {
  readonly url: string;
  readonly salt: string;
  readonly players: readonly [string, string, ...string[]];
  readonly currency: string;
  readonly otherCurrency: string;
  readonly windowSeconds: number;
  readonly timeoutMs: number;
  readonly requireBodySignature: boolean;
  readonly only: readonly string[];
  readonly gameId: string;
  readonly runId: string;
  readonly profile: WalletProfile;
}

export type ResolveResult = { ok: true; options: ResolvedOptions } | { ok: false; errors: string[] };

const RUN_ID_PATTERN = /^[A-Za-z0-9]{1,16}$/;

/**
 * Validates options and fills in defaults; every problem is listed at once.
 *
 * @example
 * const r = resolveOptions({ url: "http://127.0.0.1:3100/wallet", salt: "s", players: ["p1", "p2"], currency: "EUR" });
 * if (!r.ok) console.error(r.errors.join("\n"));
 */
export function resolveOptions(input: ConformanceOptions, newRunId: () => string): ResolveResult {
  const errors: string[] = [];
  let url = "";
  try {
    const parsed = new URL(input.url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      errors.push(`url must be http:// or https://; got "${parsed.protocol}"`);
    }
    url = parsed.toString();
  } catch {
    errors.push(`url is not a valid URL: "${String(input.url)}"`);
  }
  if (typeof input.salt !== "string" || input.salt.length === 0) errors.push("salt is required");
  const players = (input.players ?? []).map((p) => String(p).trim()).filter((p) => p.length > 0);
  if (players.length < 2) errors.push("at least two test players are required (--players ID1,ID2)");
  if (new Set(players).size !== players.length) errors.push("test players must be distinct");
  if (players.some((p) => p.length > 64)) errors.push("a player id is at most 64 characters");
  const currency = String(input.currency ?? "").trim();
  if (!CURRENCY_PATTERN.test(currency))
    errors.push(`currency must be three upper-case letters; got "${currency}"`);
  const windowSeconds = input.windowSeconds ?? DEFAULT_WINDOW_SECONDS;
  if (
    !Number.isInteger(windowSeconds) ||
    windowSeconds < MIN_WINDOW_SECONDS ||
    windowSeconds > MAX_WINDOW_SECONDS
  ) {
    errors.push(`window must be an integer from ${MIN_WINDOW_SECONDS} to ${MAX_WINDOW_SECONDS} seconds`);
  }
  const timeoutMs = input.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs < MIN_TIMEOUT_MS || timeoutMs > MAX_TIMEOUT_MS) {
    errors.push(`timeout must be an integer from ${MIN_TIMEOUT_MS} to ${MAX_TIMEOUT_MS} ms`);
  }
  const runId = input.runId ?? newRunId();
  if (!RUN_ID_PATTERN.test(runId)) errors.push("runId must be 1-16 letters or digits");
  const gameId = input.gameId ?? DEFAULT_GAME_ID;
  if (gameId.length === 0 || gameId.length > 128) errors.push("gameId must be 1-128 characters");
  const profileName = input.profile ?? "native";
  if (profileName !== "native" && profileName !== "classic" && profileName !== "gamehub") {
    errors.push(`profile must be native or classic (gamehub); got "${String(profileName)}"`);
  }
  if (profileName !== "native" && input.requireBodySignature === true) {
    errors.push("the classic profile carries no body signature; it cannot be required");
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    options: {
      url,
      salt: input.salt,
      players: players as unknown as ResolvedOptions["players"],
      currency,
      otherCurrency: currency === "USD" ? "EUR" : "USD",
      windowSeconds,
      timeoutMs,
      requireBodySignature: input.requireBodySignature === true,
      only: input.only ?? [],
      gameId,
      runId,
      profile: profileName === "native" ? "native" : "classic",
    },
  };
}

/** The URL as it may appear in a report: without user and password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return url;
  }
}
