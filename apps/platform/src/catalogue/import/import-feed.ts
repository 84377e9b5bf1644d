import { createHash } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { recordAudit, type AuditActor } from "../../audit/audit-log.ts";
import type { Database } from "../../db/database.ts";
import type { ServiceDeps } from "../../deps.ts";
import { readCsvFeed } from "../feed/csv-feed.ts";
import type { ParsedFeed } from "../feed/feed.ts";
import { MAX_FEED_DEPTH, nestsDeeperThan } from "../feed/json-depth.ts";
import { readJsonFeed } from "../feed/json-feed.ts";
import { fail, type CatalogueFailure } from "../problems.ts";
import type { ImportFormat } from "../tables.ts";
import { applyPlan } from "./apply-import.ts";
import { planImport, type ImportPlan } from "./plan-import.ts";
import { buildReport, type ImportReport } from "./report.ts";
import { forgetLimits } from "../../provider-gateway/limits/limits-cache.ts";

export interface ImportFeedInput {
  readonly format: ImportFormat;
  /** JSON: the parsed body. CSV: the text. */
  readonly body: unknown;
  /** Compute and return the report; write nothing, record nothing. */
  readonly dryRun: boolean;
  readonly actor: AuditActor;
  /** Free label (file name, feed URL), at most 200 characters. */
  readonly source?: string | undefined;
  /** Seeding at start-up records an import only when it changed something. Default true. */
  readonly recordWhenUnchanged?: boolean;
}

export type ImportFeedResult =
  { readonly ok: true; readonly report: ImportReport } | CatalogueFailure<"INVALID_FEED">;

/**
 * Serialises imports on PostgreSQL (two feeds adding the same new game at once would otherwise
 * race to a unique violation). SQLite has one writer: its write transaction is the lock.
 */
const IMPORT_LOCK_KEY = 0x63_61_74_31; // "cat1"

/** Imports adding or changing at least this many games refresh PostgreSQL's planner statistics. */
const ANALYZE_AFTER_ROWS = 100;

/**
 * Imports a provider feed: validates every row, compares with the catalogue, and (unless a dry
 * run) applies additions and changes and records the import with its report and an audit entry,
 * all in one transaction. Idempotent: the same feed again adds and changes nothing.
 *
 * @example
 * const result = await importFeed(deps, { format: "csv", body: csvText, dryRun: true, actor });
 * if (result.ok) console.log(result.report.counts);
 */
export async function importFeed(
  deps: Pick<ServiceDeps, "db" | "dialect" | "clock" | "ids">,
  input: ImportFeedInput,
): Promise<ImportFeedResult> {
  if (input.format === "json" && nestsDeeperThan(input.body, MAX_FEED_DEPTH)) {
    return fail("INVALID_FEED", `The feed nests deeper than ${MAX_FEED_DEPTH} levels; no feed needs that.`);
  }
  const parsed = input.format === "csv" ? readCsvFeed(textOf(input.body)) : readJsonFeed(input.body);
  if (!parsed.ok) return fail("INVALID_FEED", parsed.message);
  const feedSha256 = createHash("sha256")
    .update(input.format === "csv" ? textOf(input.body) : JSON.stringify(input.body))
    .digest("hex");
  const meta = {
    format: input.format,
    source: input.source === undefined ? null : input.source.slice(0, 200),
    feedSha256,
    warnings: parsed.feed.warnings,
  };

  if (input.dryRun) {
    const plan = await planImport(deps.db, parsed.feed);
    return {
      ok: true,
      report: buildReport(plan, { ...meta, importId: null, dryRun: true, createdAtMs: deps.clock() }),
    };
  }
  const report = await deps.db.transaction().execute(async (trx) => {
    if (deps.dialect === "postgres") await sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`.execute(trx);
    return applyAndRecord(deps, trx, parsed.feed, input, meta);
  });
  // A game's bet limits may have changed: the gateway reads them through the limits cache.
  forgetLimits(deps.db);
  if (deps.dialect === "postgres" && report.counts.added + report.counts.changed >= ANALYZE_AFTER_ROWS) {
    await refreshPlannerStatistics(deps.db);
  }
  return { ok: true, report };
}

/**
 * Without fresh statistics PostgreSQL sorts the whole catalogue for every page (70 ms instead of
 * 1 ms) until autovacuum gets round to the tables; a bulk import should not leave that window.
 */
async function refreshPlannerStatistics(db: Kysely<Database>): Promise<void> {
  const tables = sql.raw(CATALOGUE_TABLES.join(", "));
  await sql`analyze ${tables}`.execute(db);
}

const CATALOGUE_TABLES = [
  "catalogue_providers",
  "catalogue_games",
  "catalogue_game_features",
  "catalogue_game_bet_limits",
  "catalogue_game_blocked_jurisdictions",
];

async function applyAndRecord(
  deps: Pick<ServiceDeps, "clock" | "ids">,
  trx: Kysely<Database>,
  feed: ParsedFeed,
  input: ImportFeedInput,
  meta: Pick<ImportReport, "format" | "source" | "feedSha256" | "warnings">,
): Promise<ImportReport> {
  const plan: ImportPlan = await planImport(trx, feed);
  const nowMs = deps.clock();
  const importId = deps.ids("imp");
  const changedAnything =
    plan.added.length + plan.changed.length + plan.providers.added.length + plan.providers.renamed.length > 0;
  const record = changedAnything || (input.recordWhenUnchanged ?? true);
  const report = buildReport(plan, {
    ...meta,
    importId: record ? importId : null,
    dryRun: false,
    createdAtMs: nowMs,
  });
  if (!changedAnything && !record) return report;
  await applyPlan(trx, plan, { nowMs, importId });
  await trx
    .insertInto("catalogue_imports")
    .values({
      id: importId,
      created_at_ms: nowMs,
      actor_kind: input.actor.kind,
      actor_id: input.actor.id,
      format: input.format,
      source: report.source,
      feed_sha256: report.feedSha256,
      rows_total: report.rowsTotal,
      added: report.counts.added,
      changed: report.counts.changed,
      unchanged: report.counts.unchanged,
      refused: report.counts.refused,
      report: JSON.stringify(report),
    })
    .execute();
  await recordAudit(deps, trx, {
    actor: input.actor,
    action: "catalogue.import",
    targetKind: "catalogue_import",
    targetId: importId,
    details: { format: input.format, source: report.source, ...report.counts },
  });
  return report;
}

function textOf(body: unknown): string {
  if (typeof body === "string") return body;
  if (Buffer.isBuffer(body)) return body.toString("utf8");
  return "";
}
