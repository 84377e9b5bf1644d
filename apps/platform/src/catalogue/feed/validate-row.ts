import { isIsoCurrency } from "@croupier/protocol";
import type { BetLimit, GameInput } from "../game-input.ts";
import {
  BLOCKED_JURISDICTIONS_MAX,
  FEATURES_MAX,
  GAME_TYPES,
  isFeature,
  isImageUrl,
  isIsoDate,
  isJurisdiction,
  isSlug,
  NAME_MAX_LENGTH,
  normaliseWord,
  parseRtp,
  VOLATILITIES,
  type GameType,
  type Volatility,
} from "../vocabulary.ts";

/** Why one field of one row was refused. `field` uses the feed's own names (CSV column or JSON path). */
export interface FieldProblem {
  readonly field: string;
  readonly reason: string;
}

/**
 * How a format spells fields and values. JSON rows carry typed values; CSV rows carry text,
 * so booleans and integers may arrive as strings and lists come pre-split.
 */
export interface RowFormat {
  readonly textValues: boolean;
  /** Logical path (`betLimits.EUR.minMinor`) → the name the uploader sees (`min_bet_EUR`). */
  readonly fieldName: (path: string) => string;
}

export type RowResult =
  | { readonly ok: true; readonly game: GameInput }
  | { readonly ok: false; readonly gameId: string | null; readonly errors: FieldProblem[] };

/** Most currencies one game may list. */
export const CURRENCIES_MAX = 200;

/**
 * Checks one feed row (the logical JSON shape: see docs in `json-feed.ts`) and normalises it.
 * Every broken field is reported, not just the first, so one round trip fixes a row.
 */
export function validateGameRow(raw: Readonly<Record<string, unknown>>, format: RowFormat): RowResult {
  const errors: FieldProblem[] = [];
  const refuse = (path: string, reason: string) => {
    errors.push({ field: format.fieldName(path), reason });
    return undefined;
  };

  // JSON `null` means "not given", like an absent key or an empty CSV cell.
  const get = (key: string): unknown => (raw[key] === null || raw[key] === "" ? undefined : raw[key]);

  const id = slug(get("id"), "id", refuse);
  const name = text(get("name"), "name", refuse);
  const providerId = slug(get("provider"), "provider", refuse);
  const providerName =
    get("providerName") === undefined ? undefined : text(get("providerName"), "providerName", refuse);
  const type = word(get("type"), "type", GAME_TYPES, refuse) as GameType | undefined;
  const rtpBp = get("rtp") === undefined ? refuse("rtp", "is required") : rtp(get("rtp"), refuse);
  const volatility =
    get("volatility") === undefined
      ? null
      : (word(get("volatility"), "volatility", VOLATILITIES, refuse) as Volatility | undefined);
  const betLimits = limits(get("betLimits"), format, refuse);
  const features = list(
    get("features"),
    "features",
    refuse,
    FEATURES_MAX,
    (value) => {
      const feature = normaliseWord(value);
      return isFeature(feature) ? feature : undefined;
    },
    "a feature slug like free_spins (letters, digits, underscores; at most 40)",
  );
  const images = get("images") ?? {};
  let thumbnailUrl: string | null | undefined = null;
  let bannerUrl: string | null | undefined = null;
  if (typeof images !== "object" || Array.isArray(images)) {
    refuse("images", "must be an object with `thumbnail` and `banner` URLs");
  } else {
    const { thumbnail, banner } = images as Record<string, unknown>;
    thumbnailUrl =
      thumbnail === undefined || thumbnail === null ? null : imageUrl(thumbnail, "images.thumbnail", refuse);
    bannerUrl = banner === undefined || banner === null ? null : imageUrl(banner, "images.banner", refuse);
  }
  const blockedJurisdictions = list(
    get("blockedJurisdictions"),
    "blockedJurisdictions",
    refuse,
    BLOCKED_JURISDICTIONS_MAX,
    (value) => {
      const code = value.trim().toUpperCase();
      return isJurisdiction(code) ? code : undefined;
    },
    "an ISO 3166 code like GB or US-NJ",
  );
  const releaseDate =
    get("releaseDate") === undefined
      ? refuse("releaseDate", "is required")
      : date(get("releaseDate"), refuse);
  const demoAvailable =
    get("demoAvailable") === undefined ? false : bool(get("demoAvailable"), "demoAvailable", format, refuse);
  const status = (
    get("status") === undefined ? "active" : word(get("status"), "status", ["active", "disabled"], refuse)
  ) as "active" | "disabled" | undefined;

  if (
    errors.length > 0 ||
    id === undefined ||
    name === undefined ||
    providerId === undefined ||
    type === undefined ||
    rtpBp === undefined ||
    volatility === undefined ||
    betLimits === undefined ||
    features === undefined ||
    thumbnailUrl === undefined ||
    bannerUrl === undefined ||
    blockedJurisdictions === undefined ||
    releaseDate === undefined ||
    demoAvailable === undefined ||
    status === undefined
  ) {
    // Every undefined above came with a refusal; the guard only narrows the types.
    return {
      ok: false,
      gameId: typeof raw.id === "string" && raw.id !== "" ? raw.id.slice(0, 100) : null,
      errors,
    };
  }
  return {
    ok: true,
    game: {
      id,
      name,
      providerId,
      providerName,
      type,
      rtpBp,
      volatility,
      betLimits,
      features,
      thumbnailUrl,
      bannerUrl,
      blockedJurisdictions,
      releaseDate,
      demoAvailable,
      status,
    },
  };
}

type Refuse = (path: string, reason: string) => undefined;

function slug(value: unknown, path: string, refuse: Refuse): string | undefined {
  if (value === undefined || value === "") return refuse(path, "is required");
  if (typeof value !== "string") return refuse(path, "must be a string");
  if (!isSlug(value))
    return refuse(path, "must be a lower-case slug like book-of-gold (a-z, 0-9, single hyphens; at most 64)");
  return value;
}

function text(value: unknown, path: string, refuse: Refuse): string | undefined {
  if (value === undefined || value === "") return refuse(path, "is required");
  if (typeof value !== "string") return refuse(path, "must be a string");
  const trimmed = value.trim().replace(/\s+/g, " ");
  if (trimmed === "") return refuse(path, "must not be blank");
  if (trimmed.length > NAME_MAX_LENGTH) return refuse(path, `must be at most ${NAME_MAX_LENGTH} characters`);
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return refuse(path, "must not contain control characters");
  return trimmed;
}

function word(value: unknown, path: string, allowed: readonly string[], refuse: Refuse): string | undefined {
  if (value === undefined) return refuse(path, "is required");
  if (typeof value !== "string") return refuse(path, "must be a string");
  const normalised = normaliseWord(value);
  if (!allowed.includes(normalised)) return refuse(path, `must be one of ${allowed.join(", ")}`);
  return normalised;
}

function rtp(value: unknown, refuse: Refuse): number | undefined {
  return (
    parseRtp(value) ??
    refuse("rtp", 'must be a percentage between 0.01 and 100 with at most two decimals, like "96.48"')
  );
}

function date(value: unknown, refuse: Refuse): string | undefined {
  if (typeof value !== "string" || !isIsoDate(value.trim()))
    return refuse("releaseDate", "must be a date YYYY-MM-DD");
  return value.trim();
}

function bool(value: unknown, path: string, format: RowFormat, refuse: Refuse): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (format.textValues && typeof value === "string") {
    const normalised = value.trim().toLowerCase();
    if (["true", "yes", "1"].includes(normalised)) return true;
    if (["false", "no", "0"].includes(normalised)) return false;
  }
  return refuse(path, format.textValues ? "must be true or false (or yes/no, 1/0)" : "must be true or false");
}

function imageUrl(value: unknown, path: string, refuse: Refuse): string | undefined {
  if (typeof value !== "string" || !isImageUrl(value.trim()))
    return refuse(path, "must be an absolute https URL (at most 2048 characters)");
  return value.trim();
}

function list(
  value: unknown,
  path: string,
  refuse: Refuse,
  max: number,
  normalise: (item: string) => string | undefined,
  expected: string,
): string[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return refuse(path, "must be a list");
  if (value.length > max) return refuse(path, `must have at most ${max} entries`);
  const out = new Set<string>();
  for (const item of value) {
    const normalised = typeof item === "string" ? normalise(item) : undefined;
    if (normalised === undefined) return refuse(path, `has ${JSON.stringify(item)}, expected ${expected}`);
    out.add(normalised);
  }
  return [...out].sort();
}

function limits(value: unknown, format: RowFormat, refuse: Refuse): Record<string, BetLimit> | undefined {
  if (value === undefined) return refuse("betLimits", "is required: bet limits in at least one currency");
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return refuse(
      "betLimits",
      'must be an object keyed by currency, e.g. { "EUR": { "minMinor": 10, "maxMinor": 10000 } }',
    );
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return refuse("betLimits", "is required: bet limits in at least one currency");
  if (entries.length > CURRENCIES_MAX)
    return refuse("betLimits", `must list at most ${CURRENCIES_MAX} currencies`);
  const out: Record<string, BetLimit> = {};
  let ok = true;
  for (const [key, limit] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const currency = key.trim().toUpperCase();
    if (!isIsoCurrency(currency)) {
      refuse(`betLimits.${key}`, "is not an ISO 4217 currency code");
      ok = false;
      continue;
    }
    if (currency in out) {
      refuse(`betLimits.${key}`, "is listed twice");
      ok = false;
      continue;
    }
    const fields = typeof limit === "object" && limit !== null ? (limit as Record<string, unknown>) : {};
    const min = minor(fields.minMinor, `betLimits.${key}.minMinor`, format, refuse);
    const max = minor(fields.maxMinor, `betLimits.${key}.maxMinor`, format, refuse);
    if (min === undefined || max === undefined) {
      ok = false;
      continue;
    }
    if (max < min) {
      refuse(`betLimits.${key}.maxMinor`, `must be at least the minimum bet (${min})`);
      ok = false;
      continue;
    }
    out[currency] = { minMinor: min, maxMinor: max };
  }
  return ok ? out : undefined;
}

function minor(value: unknown, path: string, format: RowFormat, refuse: Refuse): number | undefined {
  let number: unknown = value;
  if (value === undefined) return refuse(path, "is required");
  if (format.textValues && typeof value === "string" && /^\d{1,16}$/.test(value.trim()))
    number = Number(value.trim());
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1) {
    return refuse(
      path,
      "must be a positive integer in minor units (cents: 2.50 EUR is 250), never a decimal",
    );
  }
  return number;
}
