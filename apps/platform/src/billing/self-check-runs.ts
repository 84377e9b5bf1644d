import type { Registry } from "prom-client";
import { gaugeOn } from "../callbacks/metric-helpers.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { ServiceDeps } from "../deps.ts";
import { keysetPage, type CursorPosition } from "../pagination/cursor.ts";
import { runSelfCheck, type SelfCheckReport } from "./self-check.ts";
import type { BillingSelfChecksTable } from "./tables.ts";

const DAY_MS = 86_400_000;

/**
 * Runs the self-check and keeps its result. Differences are logged as errors and listed for
 * admins (and counted by the `croupier_billing_self_check_differences` gauge); nothing is fixed.
 */
export async function recordSelfCheck(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "logger">,
  input: { trigger: "daily" | "manual"; fromMs: number; toMs: number },
): Promise<{ id: string; report: SelfCheckReport } | undefined> {
  const startedAtMs = deps.clock();
  const report = await runSelfCheck(deps, input);
  const row: BillingSelfChecksTable = {
    id: deps.ids("chk"),
    trigger: input.trigger,
    from_ms: input.fromMs,
    to_ms: input.toMs,
    started_at_ms: startedAtMs,
    finished_at_ms: deps.clock(),
    rounds_checked: report.roundsChecked,
    differences: report.differences,
    report: JSON.stringify(report),
  };
  try {
    await deps.db.insertInto("billing_self_checks").values(row).execute();
  } catch (error) {
    // Another process recorded this day's daily run first.
    if (input.trigger === "daily" && isUniqueViolation(error)) return undefined;
    throw error;
  }
  if (report.differences > 0) {
    deps.logger.error(
      { selfCheckId: row.id, differences: report.differences, checks: report.checks },
      "billing self-check found differences between the platform's own records",
    );
  } else {
    deps.logger.info(
      { selfCheckId: row.id, rounds: report.roundsChecked },
      "billing self-check: records agree",
    );
  }
  return { id: row.id, report };
}

/** The daily run for yesterday (UTC), unless one exists; called from the background loop. */
export async function runDailySelfCheckIfDue(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "logger">,
): Promise<boolean> {
  const today = Math.floor(deps.clock() / DAY_MS) * DAY_MS;
  const fromMs = today - DAY_MS;
  const done = await deps.db
    .selectFrom("billing_self_checks")
    .select("id")
    .where("trigger", "=", "daily")
    .where("from_ms", "=", fromMs)
    .executeTakeFirst();
  if (done !== undefined) return false;
  return (await recordSelfCheck(deps, { trigger: "daily", fromMs, toMs: today })) !== undefined;
}

/**
 * `runDailySelfCheckIfDue` for a worker that asks every tick: once a day's run is known done (run
 * here, found, or recorded by another process first), it does not ask the database again until
 * the next day.
 */
export function dailySelfCheckOncePerDay(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "logger">,
): () => Promise<boolean> {
  let doneDay: number | undefined;
  return async () => {
    const today = Math.floor(deps.clock() / DAY_MS);
    if (doneDay === today) return false;
    const ran = await runDailySelfCheckIfDue(deps);
    doneDay = today;
    return ran;
  };
}

export async function listSelfChecks(
  deps: Pick<ServiceDeps, "db">,
  input: {
    differencesOnly?: boolean | undefined;
    limit?: number | undefined;
    after?: CursorPosition | undefined;
  },
) {
  const query = deps.db
    .selectFrom("billing_self_checks")
    .selectAll()
    .$if(input.differencesOnly === true, (q) => q.where("differences", ">", 0));
  return keysetPage(query, {
    sortColumn: "started_at_ms",
    idColumn: "id",
    direction: "desc",
    limit: input.limit,
    after: input.after,
    positionOf: (row) => ({ sortKey: row.started_at_ms, id: row.id }),
  });
}

export function presentSelfCheck(row: BillingSelfChecksTable) {
  const report = JSON.parse(row.report) as SelfCheckReport;
  return {
    id: row.id,
    trigger: row.trigger,
    fromMs: row.from_ms,
    toMs: row.to_ms,
    startedAtMs: row.started_at_ms,
    finishedAtMs: row.finished_at_ms,
    roundsChecked: row.rounds_checked,
    differences: row.differences,
    checks: report.checks,
    listed: report.listed,
  };
}

/** `croupier_billing_self_check_differences`: the latest run's count, read when scraped. */
export function registerSelfCheckGauge(deps: Pick<ServiceDeps, "db" | "logger">, registry: Registry): void {
  gaugeOn(
    registry,
    "croupier_billing_self_check_differences",
    "Differences the latest billing self-check found (0: the platform's records agree)",
    [],
    async function () {
      try {
        const latest = await deps.db
          .selectFrom("billing_self_checks")
          .select("differences")
          .orderBy("started_at_ms", "desc")
          .limit(1)
          .executeTakeFirst();
        this.set(latest?.differences ?? 0);
      } catch (error) {
        deps.logger.warn({ err: error }, "self-check gauge query failed");
      }
    },
  );
}
