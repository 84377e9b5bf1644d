export interface ReportRow {
  bucketStartMs: number;
  providerId: string;
  gameId: string;
  currency: string;
  rounds: number;
  betsMinor: number;
  winsMinor: number;
  ggrMinor: number;
}

/**
 * Chart points in major units. Display only: the sums are made in integer minor units first and
 * divided once for the axis, so nothing is added up in floating point.
 */
const major = (minor: number) => minor / 100;

/** GGR per bucket (day or hour) of one currency, oldest first. */
export function ggrByBucket(rows: readonly ReportRow[], currency: string, grain: "day" | "hour") {
  const sums = new Map<number, number>();
  for (const row of rows)
    if (row.currency === currency)
      sums.set(row.bucketStartMs, (sums.get(row.bucketStartMs) ?? 0) + row.ggrMinor);
  return [...sums.entries()]
    .sort(([a], [b]) => a - b)
    .map(([ms, minor]) => ({
      bucket: new Date(ms)
        .toISOString()
        .slice(0, grain === "day" ? 10 : 16)
        .replace("T", " "),
      GGR: major(minor),
    }));
}

/** Bets and wins of one currency by provider or by game, biggest bets first. */
export function betsAndWinsBy(rows: readonly ReportRow[], currency: string, key: "providerId" | "gameId") {
  const sums = new Map<string, { bets: number; wins: number }>();
  for (const row of rows) {
    if (row.currency !== currency) continue;
    const sum = sums.get(row[key]) ?? { bets: 0, wins: 0 };
    sum.bets += row.betsMinor;
    sum.wins += row.winsMinor;
    sums.set(row[key], sum);
  }
  return [...sums.entries()]
    .sort(([, a], [, b]) => b.bets - a.bets)
    .map(([name, sum]) => ({ name, Bets: major(sum.bets), Wins: major(sum.wins) }));
}

/** The distinct values of a column, sorted, for a filter's choices. */
export function distinct(rows: readonly ReportRow[], key: "providerId" | "gameId" | "currency"): string[] {
  return [...new Set(rows.map((row) => row[key]))].sort();
}
