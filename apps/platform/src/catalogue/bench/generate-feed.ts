/**
 * A synthetic provider feed for benchmarks and load tests: N games from M providers with
 * realistic spreads of types, RTPs, volatilities, features, currencies, images and blocked
 * jurisdictions. Deterministic for a seed, so runs are comparable.
 *
 *   node apps/platform/src/catalogue/bench/generate-feed.ts --games 5000 --providers 60 --format csv --out feed.csv
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

export interface GeneratedFeed {
  readonly providers: { id: string; name: string }[];
  readonly games: Record<string, unknown>[];
}

const ADJECTIVES = [
  "Golden",
  "Wild",
  "Lucky",
  "Mystic",
  "Royal",
  "Crazy",
  "Sweet",
  "Fire",
  "Frozen",
  "Ancient",
  "Mega",
  "Happy",
  "Dark",
  "Starry",
  "Café",
  "Jolly",
  "Emerald",
  "Thunder",
  "Neon",
  "Savage",
];
const NOUNS = [
  "Book",
  "Fortune",
  "Dragon",
  "Fruits",
  "Pharaoh",
  "Tiger",
  "Gems",
  "Riches",
  "Vikings",
  "Panda",
  "Bonanza",
  "Sevens",
  "Wolf",
  "Treasure",
  "Rocket",
  "Island",
  "Bandit",
  "Crown",
  "Queen",
  "Buffalo",
];
const SUFFIXES = [
  "",
  "",
  "",
  " Deluxe",
  " Megaways",
  " Hold & Win",
  " 2",
  " Xmas Edition",
  " Hot",
  " Extreme",
];
const TYPES = [
  "slot",
  "slot",
  "slot",
  "slot",
  "slot",
  "slot",
  "table",
  "live",
  "crash",
  "instant",
  "scratch",
  "lottery",
];
const VOLATILITIES = ["low", "medium", "high", "very_high"];
const FEATURES = [
  "free_spins",
  "buy_feature",
  "jackpot",
  "megaways",
  "bonus_game",
  "multiplier",
  "cascading_reels",
  "hold_and_win",
  "gamble",
  "sticky_wilds",
];
const CURRENCIES = ["EUR", "USD", "GBP", "CAD", "BRL", "SEK", "NOK", "JPY"];
const JURISDICTIONS = ["GB", "US", "US-NJ", "US-PA", "ES", "IT", "SE", "DE", "NL", "CA-ON"];

/** mulberry32: tiny, fast, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateFeed(
  options: { games?: number; providers?: number; seed?: number } = {},
): GeneratedFeed {
  const gameCount = options.games ?? 5000;
  const providerCount = options.providers ?? 60;
  const random = rng(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const providers = Array.from({ length: providerCount }, (_, i) => ({
    id: `provider-${String(i + 1).padStart(2, "0")}`,
    name: `${pick(ADJECTIVES)} ${pick(["Gaming", "Studios", "Play", "Games", "Interactive"])} ${i + 1}`,
  }));
  const games: Record<string, unknown>[] = [];
  for (let i = 0; i < gameCount; i++) {
    const name = `${pick(ADJECTIVES)} ${pick(NOUNS)}${pick(SUFFIXES)}`;
    const id = `${name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")}-${i}`;
    const provider = providers[i % providerCount] as { id: string };
    const currencies = CURRENCIES.filter((_, index) => index < 2 || random() < 0.4);
    const minMinor = pick([10, 20, 50, 100]);
    const betLimits = Object.fromEntries(
      currencies.map((c) => [c, { minMinor, maxMinor: minMinor * pick([100, 500, 1000, 5000]) }]),
    );
    const features = FEATURES.filter(() => random() < 0.25);
    const rtpBp = 9000 + Math.floor(random() * 800);
    games.push({
      id,
      name,
      provider: provider.id,
      type: pick(TYPES),
      rtp: `${Math.trunc(rtpBp / 100)}.${String(rtpBp % 100).padStart(2, "0")}`,
      volatility: pick(VOLATILITIES),
      betLimits,
      features,
      images: {
        thumbnail: `https://cdn.example/${provider.id}/${id}/thumb.webp`,
        banner: `https://cdn.example/${provider.id}/${id}/banner.webp`,
      },
      blockedJurisdictions: JURISDICTIONS.filter(() => random() < 0.05),
      releaseDate: `${2015 + Math.floor(random() * 11)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`,
      demoAvailable: random() < 0.8,
      status: random() < 0.02 ? "disabled" : "active",
    });
  }
  return { providers, games };
}

/** The same feed as CSV (one `min_bet_X`/`max_bet_X` pair per currency, lists joined with `|`). */
export function feedToCsv(feed: GeneratedFeed): string {
  const names = new Map(feed.providers.map((p) => [p.id, p.name]));
  const header = ["id", "name", "provider", "provider_name", "type", "rtp", "volatility"];
  for (const c of CURRENCIES) header.push(`min_bet_${c}`, `max_bet_${c}`);
  header.push(
    "features",
    "thumbnail_url",
    "banner_url",
    "blocked_jurisdictions",
    "release_date",
    "demo_available",
    "status",
  );
  const quote = (value: unknown) => {
    const text = String(value ?? "");
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [header.join(",")];
  for (const game of feed.games) {
    const limits = game.betLimits as Record<string, { minMinor: number; maxMinor: number }>;
    const images = game.images as { thumbnail: string; banner: string };
    const cells: unknown[] = [
      game.id,
      game.name,
      game.provider,
      names.get(String(game.provider)),
      game.type,
      game.rtp,
      game.volatility,
    ];
    for (const c of CURRENCIES) cells.push(limits[c]?.minMinor ?? "", limits[c]?.maxMinor ?? "");
    cells.push(
      (game.features as string[]).join("|"),
      images.thumbnail,
      images.banner,
      (game.blockedJurisdictions as string[]).join("|"),
      game.releaseDate,
      game.demoAvailable,
      game.status,
    );
    lines.push(cells.map(quote).join(","));
  }
  return `${lines.join("\n")}\n`;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      games: { type: "string", default: "5000" },
      providers: { type: "string", default: "60" },
      seed: { type: "string", default: "42" },
      format: { type: "string", default: "json" },
      out: { type: "string" },
    },
  });
  const feed = generateFeed({
    games: Number(values.games),
    providers: Number(values.providers),
    seed: Number(values.seed),
  });
  const text = values.format === "csv" ? feedToCsv(feed) : JSON.stringify(feed);
  if (values.out === undefined) process.stdout.write(text);
  else writeFileSync(values.out, text);
}
