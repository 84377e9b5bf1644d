import { balanceChecks } from "./balance.ts";
import type { Check } from "./check.ts";
import { concurrencyChecks } from "./concurrency.ts";
import { idempotencyChecks } from "./idempotency.ts";
import { latencyChecks } from "./latency.ts";
import { moneyChecks } from "./money.ts";
import { playerChecks } from "./player.ts";
import { rollbackChecks } from "./rollback.ts";
import { securityChecks } from "./security.ts";
import { transportChecks } from "./transport.ts";
import { validationChecks } from "./validation.ts";

export type { Check } from "./check.ts";

/** Every check, in the order a run executes them. Ids are stable: reports and CI refer to them. */
export const ALL_CHECKS: readonly Check[] = [
  ...balanceChecks,
  ...moneyChecks,
  ...idempotencyChecks,
  ...rollbackChecks,
  ...securityChecks,
  ...playerChecks,
  ...validationChecks,
  ...transportChecks,
  ...concurrencyChecks,
  ...latencyChecks,
];

export type SelectResult = { ok: true; checks: readonly Check[] } | { ok: false; unknown: string[] };

/**
 * The checks named by `only` (ids or areas, e.g. `rollback` or `rollback.late-original`), in run
 * order; all of them when `only` is empty.
 *
 * @example
 * selectChecks(["rollback", "debit.insufficient-funds"]);
 */
export function selectChecks(only: readonly string[]): SelectResult {
  if (only.length === 0) return { ok: true, checks: ALL_CHECKS };
  const unknown = only.filter((name) => !ALL_CHECKS.some((c) => c.id === name || c.area === name));
  if (unknown.length > 0) return { ok: false, unknown };
  return { ok: true, checks: ALL_CHECKS.filter((c) => only.includes(c.id) || only.includes(c.area)) };
}
