import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { findRunWithReport } from "../conformance-runs/run-store.ts";

/**
 * The wallet profile a stored conformance run spoke, from its report. Reports written before
 * the kit could speak the compatibility profile have no `target.profile`: they were native.
 *
 * @example
 * await runProfile(db, "op_1", "cfr_9"); // "classic"
 */
export async function runProfile(
  db: Kysely<Database>,
  operatorId: string,
  runId: string,
): Promise<"native" | "classic"> {
  const run = await findRunWithReport(db, { operatorId }, runId);
  if (run?.report === null || run?.report === undefined) return "native";
  try {
    const report = JSON.parse(run.report) as { target?: { profile?: unknown } };
    return report.target?.profile === "classic" ? "classic" : "native";
  } catch {
    return "native";
  }
}
