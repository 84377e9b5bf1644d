import { privateNetworksAllowed, type PrivateNetworkPolicy } from "../callbacks/address-policy.ts";
import { selectChecks, type ConformanceOptions } from "@croupier/conformance";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { ServiceDeps } from "../deps.ts";
import { getOperator } from "../operators/operators.ts";
import { fail, type Failure } from "../operators/problems.ts";
import { activeSalt } from "../operators/salt-keys.ts";
import { isProvisioned } from "../operators/status.ts";
import { getWalletSettings } from "../operators/wallet-settings.ts";
import { RATE_WINDOW_MS, RUNS_PER_HOUR_DEFAULT, STALE_AFTER_MS } from "./limits.ts";
import type { ConformanceRunProblemCode } from "./problems.ts";
import { findRunningRun, insertRun, interruptRuns, recentRuns, type RunRow } from "./run-store.ts";
import type { RunStarterKind } from "./tables.ts";
import { checkRunTarget, type ResolveAll } from "./url-policy.ts";

export interface StartRunInput {
  readonly operatorId: string;
  readonly environment: Environment;
  readonly players: readonly string[];
  readonly currency: string;
  readonly requireBodySignature?: boolean | undefined;
  readonly only?: readonly string[] | undefined;
  readonly startedBy: { readonly kind: RunStarterKind; readonly id: string };
  /** The app's private-address policy (AppOptions.allowPrivateCallbackUrls), applied for the run's environment. */
  readonly allowPrivateNetworks: PrivateNetworkPolicy;
  readonly runsPerHour?: number | undefined;
  readonly resolveAll?: ResolveAll | undefined;
}

/** What the background execution needs: the kit's options (with the decrypted salt) for one run. */
export interface RunTarget {
  readonly runId: string;
  readonly options: ConformanceOptions;
}

export type StartRunFailure =
  | Failure<Exclude<ConformanceRunProblemCode, "CONFORMANCE_RUN_NOT_FOUND" | "CONFORMANCE_REPORT_NOT_READY">>
  | Failure<"RATE_LIMITED">;

export type StartRunResult = { ok: true; run: RunRow; target: RunTarget } | StartRunFailure;

/**
 * Creates a `running` run for the environment's callback URL and active salt, after every rule
 * in a fixed order: operator approved; options valid; callback URL set, native profile, allowed
 * address; no run in progress (runs whose process died are marked interrupted first); the
 * operator's hourly limit. The database's one-running-run index settles two starts racing.
 * The caller executes the returned target in the background.
 */
export async function startRun(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "secretBox">,
  input: StartRunInput,
): Promise<StartRunResult> {
  const { operatorId, environment } = input;
  const operator = await getOperator(deps, operatorId);
  if (operator === undefined || !isProvisioned(operator.status)) {
    return fail(
      "OPERATOR_NOT_APPROVED",
      `The operator is ${operator?.status ?? "unknown"}; conformance runs are possible after approval.`,
    );
  }
  const only = [...new Set(input.only ?? [])];
  const selected = selectChecks(only);
  if (!selected.ok) {
    return fail("INVALID_CONFORMANCE_OPTIONS", `Unknown check id or area: ${selected.unknown.join(", ")}.`, {
      unknown: selected.unknown,
    });
  }
  if (!operator.currencies.includes(input.currency)) {
    return fail(
      "INVALID_CONFORMANCE_OPTIONS",
      `${input.currency} is not one of the operator's currencies (${operator.currencies.join(", ")}).`,
    );
  }
  const settings = await getWalletSettings(deps, operatorId, environment);
  if (!settings.ok) return fail("OPERATOR_NOT_APPROVED", settings.message);
  const { callbackUrl, profile, timeoutMs } = settings.settings;
  if (callbackUrl === null) {
    return fail("CALLBACK_URL_NOT_SET", `Set the ${environment} callback URL first.`);
  }
  // The kit speaks the operator's own profile, so that a compatibility-profile operator is tested
  // as the platform will call it, and can pass the go-live gate.
  if (profile === "gamehub" && input.requireBodySignature === true) {
    return fail(
      "INVALID_CONFORMANCE_OPTIONS",
      `The ${environment} wallet uses the compatibility (GameHub) profile, which carries no body signature; requireBodySignature cannot be set.`,
    );
  }
  const target = await checkRunTarget(callbackUrl, {
    allowPrivateNetworks: privateNetworksAllowed(input.allowPrivateNetworks, environment),
    resolveAll: input.resolveAll,
  });
  if (!target.ok) return fail("INVALID_CALLBACK_URL", target.message);

  const now = deps.clock();
  await interruptRuns(deps.db, now, { staleBeforeMs: now - STALE_AFTER_MS, operatorId, environment });
  const running = await findRunningRun(deps.db, operatorId, environment);
  if (running !== undefined) return inProgress(environment, running.id);

  const limit = input.runsPerHour ?? RUNS_PER_HOUR_DEFAULT;
  const recent = await recentRuns(deps.db, operatorId, now - RATE_WINDOW_MS);
  if (recent.count >= limit) {
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil(((recent.oldestAtMs ?? now) + RATE_WINDOW_MS - now) / 1000),
    );
    return fail(
      "RATE_LIMITED",
      `At most ${limit} conformance runs per hour; retry in ${retryAfterSeconds} s.`,
      {
        retryAfterSeconds,
      },
    );
  }

  const salt = await activeSalt(deps, operatorId, environment);
  if (salt === undefined) throw new Error(`operator ${operatorId} has no active ${environment} salt`);
  const runId = deps.ids("cfr");
  const row: RunRow = {
    id: runId,
    operator_id: operatorId,
    environment,
    status: "running",
    callback_url: callbackUrl,
    players: JSON.stringify(input.players),
    currency: input.currency,
    require_body_signature: input.requireBodySignature === true ? 1 : 0,
    only_checks: JSON.stringify(only),
    started_by_kind: input.startedBy.kind,
    started_by_id: input.startedBy.id,
    created_at_ms: now,
    heartbeat_at_ms: now,
    finished_at_ms: null,
    checks_total: selected.checks.length,
    checks_done: 0,
    current_check_id: null,
    last_check_id: null,
    last_check_status: null,
    summary: null,
    failed_check_ids: null,
    abort_code: null,
    abort_message: null,
    report: null,
  };
  try {
    await insertRun(deps.db, row);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findRunningRun(deps.db, operatorId, environment);
    return inProgress(environment, winner?.id);
  }
  return {
    ok: true,
    run: row,
    target: {
      runId,
      options: {
        url: callbackUrl,
        salt: salt.salt,
        players: input.players,
        currency: input.currency,
        timeoutMs,
        requireBodySignature: input.requireBodySignature === true,
        only,
        runId: kitRunId(runId),
        profile: profile === "gamehub" ? "classic" : "native",
      },
    },
  };
}

function inProgress(environment: Environment, runId: string | undefined) {
  return fail(
    "CONFORMANCE_RUN_IN_PROGRESS",
    `A ${environment} conformance run is in progress${runId === undefined ? "" : ` (${runId})`}; wait for it to finish.`,
    runId === undefined ? undefined : { runId },
  );
}

/**
 * The kit's call-id namespace (`cf-<runId>-<n>`, 1–16 letters or digits): the random part of our
 * run id, so an operator can match the calls in its logs to the run.
 */
export function kitRunId(runId: string): string {
  const alnum = runId.replace(/^cfr_/, "").replace(/[^A-Za-z0-9]/g, "");
  return (alnum.length > 0 ? alnum : "run").slice(-16);
}
