/**
 * The catalogue's controlled vocabulary and value rules, shared by the feed validator, the
 * query schemas and the presenters, so a value accepted on import is one the filters know.
 */

/** Game and provider ids: kebab-case slugs (the same rule as `@croupier/games` title ids). */
export const SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
export const SLUG_MAX_LENGTH = 64;
const SLUG_RE = new RegExp(SLUG_PATTERN);

export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_RE.test(value);
}

export const GAME_TYPES = [
  "slot",
  "table",
  "live",
  "crash",
  "instant",
  "lottery",
  "bingo",
  "scratch",
  "poker",
  "video_poker",
  "virtual_sports",
  "fishing",
  "other",
] as const;
export type GameType = (typeof GAME_TYPES)[number];

export const VOLATILITIES = ["low", "medium", "high", "very_high"] as const;
export type Volatility = (typeof VOLATILITIES)[number];

/** Features are open-ended (providers invent new mechanics) but shaped: `free_spins`, `buy_feature`. */
export const FEATURE_PATTERN = "^[a-z0-9]+(_[a-z0-9]+)*$";
export const FEATURE_MAX_LENGTH = 40;
export const FEATURES_MAX = 30;
const FEATURE_RE = new RegExp(FEATURE_PATTERN);

export function isFeature(value: string): boolean {
  return value.length <= FEATURE_MAX_LENGTH && FEATURE_RE.test(value);
}

/** ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision: `GB`, `US-NJ`, `CA-ON`. */
export const JURISDICTION_PATTERN = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$";
const JURISDICTION_RE = new RegExp(JURISDICTION_PATTERN);
export const BLOCKED_JURISDICTIONS_MAX = 300;

export function isJurisdiction(value: string): boolean {
  return JURISDICTION_RE.test(value);
}

/**
 * The codes whose block also applies to a jurisdiction: itself and, for a subdivision, its
 * country. A game blocked in `US` is blocked in `US-NJ`; one blocked in `US-NJ` is not blocked
 * for an operator licensed in `US-PA`.
 */
export function coveringJurisdictions(jurisdiction: string): string[] {
  const dash = jurisdiction.indexOf("-");
  return dash === -1 ? [jurisdiction] : [jurisdiction, jurisdiction.slice(0, dash)];
}

/**
 * Vocabulary words arrive as `Very High`, `video-poker`, `Free Spins`: lower case, and any run
 * of spaces or hyphens becomes one underscore.
 */
export function normaliseWord(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/**
 * What search and the name sort compare: Unicode-decomposed with accents removed, lower case,
 * whitespace collapsed. "Café  Royale" → "cafe royale". Queries go through the same function.
 */
export function normaliseName(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

export const NAME_MAX_LENGTH = 120;
export const URL_MAX_LENGTH = 2048;

/**
 * RTP is a percentage with at most two decimals, kept as integer basis points (9648 = 96.48 %).
 * Accepts `"96.48"`, `"96.5%"`, `96` or the JSON number `96.48` (read through its shortest
 * decimal text, which is exact for two-decimal values). Undefined when not such a value or
 * outside 0.01–100 %.
 */
export function parseRtp(value: unknown): number | undefined {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    text = String(value);
  } else if (typeof value === "string") {
    text = value.trim().replace(/\s*%$/, "");
  } else {
    return undefined;
  }
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text);
  if (match === null) return undefined;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? "").padEnd(2, "0"));
  const bp = whole * 100 + fraction;
  return bp >= 1 && bp <= 10_000 ? bp : undefined;
}

/** 9648 → "96.48". */
export function formatRtp(bp: number): string {
  return `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, "0")}`;
}

/** `YYYY-MM-DD` naming a real calendar day. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Images are shown in operators' pages: absolute https URLs only (no `javascript:`, no mixed content). */
export function isImageUrl(value: string): boolean {
  if (value.length > URL_MAX_LENGTH) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}
