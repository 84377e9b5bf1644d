import { sql } from "kysely";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { ServiceDeps } from "../deps.ts";
import type { ReportGrain } from "../billing/tables.ts";

export const DAY_MS = 86_400_000;
/** Longest period one report covers: a year by day, a month by hour. */
export const MAX_REPORT_DAYS: Readonly<Record<ReportGrain, number>> = { day: 366, hour: 31 };

export interface ReportQuery {
  readonly operatorId: string;
  readonly environment: Environment;
  readonly grain: ReportGrain;
  /** Inclusive, epoch ms of the first day's midnight (UTC). */
  readonly fromMs: number;
  /** Exclusive: midnight after the last day. */
  readonly toMs: number;
  readonly providerId?: string | undefined;
  readonly gameId?: string | undefined;
  readonly currency?: string | undefined;
}

export interface ReportRow {
  bucketStartMs: number;
  providerId: string;
  gameId: string;
  currency: string;
  rounds: number;
  players: number;
  betsMinor: number;
  winsMinor: number;
  rolledBackBetsMinor: number;
  rolledBackWinsMinor: number;
  ggrMinor: number;
  rollbacks: number;
  /** Wallet calls of these rounds' games created in the bucket that now wait for manual resolution. */
  manualResolutionCalls: number;
}

/**
 * A report from the aggregates the projector keeps (never a scan of transactions): one row per
 * bucket × provider × game × currency, in bucket order. Calls waiting for manual resolution are
 * a state, not a sum, so they are counted now (few rows: the outbox's `manual` index).
 */
export async function queryReport(deps: Pick<ServiceDeps, "db">, q: ReportQuery): Promise<ReportRow[]> {
  const rows = await deps.db
    .selectFrom("report_aggregates")
    .selectAll()
    .where("operator_id", "=", q.operatorId)
    .where("environment", "=", q.environment)
    .where("grain", "=", q.grain)
    .where("bucket_ms", ">=", q.fromMs)
    .where("bucket_ms", "<", q.toMs)
    .$if(q.providerId !== undefined, (b) => b.where("provider_id", "=", q.providerId!))
    .$if(q.gameId !== undefined, (b) => b.where("game_id", "=", q.gameId!))
    .$if(q.currency !== undefined, (b) => b.where("currency", "=", q.currency!))
    .orderBy("bucket_ms")
    .orderBy("provider_id")
    .orderBy("game_id")
    .orderBy("currency")
    .execute();
  // Calls waiting for a person are never archived (retention moves final calls only): hot table.
  const manual = await deps.db
    .selectFrom("wallet_calls as c")
    .innerJoin("game_sessions as s", "s.id", "c.session_id")
    .select(["c.created_at_ms", "c.game_id", "c.currency", "s.studio_id"])
    // A literal, not a parameter: SQLite uses a partial index only for a WHERE it can see.
    .where("c.state", "=", sql.lit("manual"))
    .where("c.operator_id", "=", q.operatorId)
    .where("c.environment", "=", q.environment)
    .where("c.created_at_ms", ">=", q.fromMs)
    .where("c.created_at_ms", "<", q.toMs)
    .execute();
  const size = q.grain === "day" ? DAY_MS : 3_600_000;
  const keyOf = (bucket: number, provider: string, game: string, currency: string) =>
    `${bucket}\u0000${provider}\u0000${game}\u0000${currency}`;
  const manualByKey = new Map<string, number>();
  for (const call of manual) {
    const key = keyOf(
      Math.floor(call.created_at_ms / size) * size,
      call.studio_id,
      call.game_id,
      call.currency,
    );
    manualByKey.set(key, (manualByKey.get(key) ?? 0) + 1);
  }
  const out: ReportRow[] = rows.map((r) => {
    const key = keyOf(r.bucket_ms, r.provider_id, r.game_id, r.currency);
    const waiting = manualByKey.get(key) ?? 0;
    manualByKey.delete(key);
    return {
      bucketStartMs: r.bucket_ms,
      providerId: r.provider_id,
      gameId: r.game_id,
      currency: r.currency,
      rounds: r.rounds,
      players: r.players,
      betsMinor: r.bets_minor,
      winsMinor: r.wins_minor,
      rolledBackBetsMinor: r.rb_bets_minor,
      rolledBackWinsMinor: r.rb_wins_minor,
      ggrMinor: r.ggr_minor,
      rollbacks: r.rollbacks,
      manualResolutionCalls: waiting,
    };
  });
  // Manual calls of rounds still open (not aggregated yet) get rows of their own.
  for (const [key, count] of manualByKey) {
    const [bucket, providerId, gameId, currency] = key.split("\u0000") as [string, string, string, string];
    if (q.providerId !== undefined && providerId !== q.providerId) continue;
    if (q.gameId !== undefined && gameId !== q.gameId) continue;
    if (q.currency !== undefined && currency !== q.currency) continue;
    out.push({
      bucketStartMs: Number(bucket),
      providerId,
      gameId,
      currency,
      rounds: 0,
      players: 0,
      betsMinor: 0,
      winsMinor: 0,
      rolledBackBetsMinor: 0,
      rolledBackWinsMinor: 0,
      ggrMinor: 0,
      rollbacks: 0,
      manualResolutionCalls: count,
    });
  }
  return out.sort((a, b) => a.bucketStartMs - b.bucketStartMs);
}

export const REPORT_CSV_HEADER = [
  "bucket_start",
  "provider_id",
  "game_id",
  "currency",
  "rounds",
  "players",
  "bets_minor",
  "wins_minor",
  "rolled_back_bets_minor",
  "rolled_back_wins_minor",
  "ggr_minor",
  "rollbacks",
  "manual_resolution_calls",
] as const;

export function reportCsvFields(row: ReportRow): Array<string | number> {
  return [
    new Date(row.bucketStartMs).toISOString(),
    row.providerId,
    row.gameId,
    row.currency,
    row.rounds,
    row.players,
    row.betsMinor,
    row.winsMinor,
    row.rolledBackBetsMinor,
    row.rolledBackWinsMinor,
    row.ggrMinor,
    row.rollbacks,
    row.manualResolutionCalls,
  ];
}
