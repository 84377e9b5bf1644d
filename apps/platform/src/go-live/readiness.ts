import type { ServiceDeps } from "../deps.ts";
import { latestFullPass, listRunHeads, type RunHead } from "../conformance-runs/run-store.ts";
import { getOperator } from "../operators/operators.ts";
import { fail, type Failure } from "../operators/problems.ts";
import type { OperatorStatus } from "../operators/status.ts";
import { getWalletSettings } from "../operators/wallet-settings.ts";
import { noPrepaidCreditYet } from "./prepaid-credit.ts";
import { runProfile } from "./run-profile.ts";

/** A passing live run counts for this long after it finished. */
export const GO_LIVE_RUN_MAX_AGE_MS = 30 * 24 * 60 * 60_000;

/** The conditions of going live, in the order they are listed. Stable ids: clients key on them. */
export const GO_LIVE_CONDITIONS = [
  "live_callback_url",
  "passing_live_conformance_run",
  "prepaid_credit",
] as const;
export type GoLiveConditionId = (typeof GO_LIVE_CONDITIONS)[number];

export interface GoLiveCondition {
  readonly id: GoLiveConditionId;
  readonly met: boolean;
  /** One sentence for people: what is there, or what is missing and what to do. */
  readonly reason: string;
  /** live_callback_url: the URL set. */
  readonly callbackUrl?: string;
  /** passing_live_conformance_run: the run that counts (or the newest one, when it does not). */
  readonly runId?: string;
  readonly runFinishedAtMs?: number;
  /** When the passing run stops counting. */
  readonly validUntilMs?: number;
  /** prepaid_credit: the balance read, minor units. */
  readonly balanceMinor?: number;
}

export interface GoLiveReadiness {
  readonly operatorId: string;
  readonly status: OperatorStatus;
  readonly conditions: GoLiveCondition[];
  /** Ids of the unmet conditions; empty when every condition is met. */
  readonly missing: GoLiveConditionId[];
  /** Every condition met and the operator in `sandbox`: an admin can let it go live now. */
  readonly ready: boolean;
  readonly evaluatedAtMs: number;
}

export type ReadinessResult = { ok: true; readiness: GoLiveReadiness } | Failure<"OPERATOR_NOT_FOUND">;

/**
 * Evaluates the go-live gate now: a live callback URL; a full conformance run that passed
 * against that very URL within GO_LIVE_RUN_MAX_AGE_MS; prepaid credit above zero. Each
 * condition comes with a human reason, met or not. Reading never changes anything.
 */
export async function evaluateGoLive(
  deps: Pick<ServiceDeps, "db" | "clock" | "logger" | "prepaidCredit">,
  operatorId: string,
): Promise<ReadinessResult> {
  const operator = await getOperator(deps, operatorId);
  if (operator === undefined) return fail("OPERATOR_NOT_FOUND", `No operator ${operatorId}.`);
  const now = deps.clock();
  const settings = await getWalletSettings(deps, operatorId, "live");
  const liveUrl = settings.ok ? settings.settings.callbackUrl : null;
  const liveProfile = settings.ok && settings.settings.profile === "gamehub" ? "classic" : "native";

  const urlCondition: GoLiveCondition = !settings.ok
    ? {
        id: "live_callback_url",
        met: false,
        reason: `The operator is ${operator.status}: approval comes first.`,
      }
    : liveUrl === null
      ? {
          id: "live_callback_url",
          met: false,
          reason: "No live callback URL is set: set it in the live environment's wallet settings.",
        }
      : {
          id: "live_callback_url",
          met: true,
          reason: `The live callback URL is ${liveUrl}.`,
          callbackUrl: liveUrl,
        };

  const conditions = [
    urlCondition,
    await runCondition(deps, operatorId, liveUrl, now, liveProfile),
    await creditCondition(deps, operatorId),
  ];
  const missing = conditions.filter((c) => !c.met).map((c) => c.id);
  return {
    ok: true,
    readiness: {
      operatorId,
      status: operator.status,
      conditions,
      missing,
      ready: missing.length === 0 && operator.status === "sandbox",
      evaluatedAtMs: now,
    },
  };
}

async function runCondition(
  deps: Pick<ServiceDeps, "db">,
  operatorId: string,
  liveUrl: string | null,
  now: number,
  liveProfile: "native" | "classic",
): Promise<GoLiveCondition> {
  const id = "passing_live_conformance_run";
  if (liveUrl === null) {
    return { id, met: false, reason: "Set the live callback URL, then run the conformance kit against it." };
  }
  const pass = await latestFullPass(deps.db, operatorId, "live", liveUrl);
  if (pass !== undefined && pass.finished_at_ms !== null) {
    const evidence = { runId: pass.id, runFinishedAtMs: pass.finished_at_ms };
    const validUntilMs = pass.finished_at_ms + GO_LIVE_RUN_MAX_AGE_MS;
    // A pass counts only in the profile the platform will call the wallet with.
    const spoke = await runProfile(deps.db, operatorId, pass.id);
    if (spoke !== liveProfile) {
      return {
        id,
        met: false,
        reason: `The last passing live run (${pass.id}) spoke the ${spoke} profile, but the live wallet now uses the ${liveProfile === "classic" ? "compatibility (gamehub)" : "native"} profile: run the conformance kit again.`,
        ...evidence,
      };
    }
    if (validUntilMs >= now) {
      return {
        id,
        met: true,
        reason: `Run ${pass.id} passed every check against the live callback URL on ${day(pass.finished_at_ms)}; it counts until ${day(validUntilMs)}.`,
        ...evidence,
        validUntilMs,
      };
    }
    return {
      id,
      met: false,
      reason: `The last passing live run (${pass.id}, ${day(pass.finished_at_ms)}) is more than 30 days old: run the conformance kit against the live callback URL again.`,
      ...evidence,
      validUntilMs,
    };
  }
  const elsewhere = await latestFullPass(deps.db, operatorId, "live");
  if (elsewhere !== undefined) {
    return {
      id,
      met: false,
      reason: `The last passing live run (${elsewhere.id}) tested ${elsewhere.callback_url}, but the live callback URL is now ${liveUrl}: run the kit against it.`,
      runId: elsewhere.id,
    };
  }
  const latest = (await listRunHeads(deps.db, { operatorId, environment: "live", limit: 1 })).items[0];
  return {
    id,
    met: false,
    reason: noPassReason(latest),
    ...(latest === undefined ? {} : { runId: latest.id }),
  };
}

function noPassReason(latest: RunHead | undefined): string {
  const base = "No full conformance run has passed against the live callback URL yet";
  if (latest === undefined) return `${base}: start one from the live environment.`;
  if (latest.status === "running") return `${base}; run ${latest.id} is in progress.`;
  if (latest.status === "failed") {
    const failed = latest.failed_check_ids === null ? [] : (JSON.parse(latest.failed_check_ids) as string[]);
    return `${base}; the latest, ${latest.id}, failed: ${failed.join(", ")}.`;
  }
  if (latest.status === "passed")
    return `${base}; the latest, ${latest.id}, passed but ran only some checks.`;
  return `${base}; the latest, ${latest.id}, was ${latest.status}${latest.abort_message === null ? "" : `: ${latest.abort_message}`}`;
}

async function creditCondition(
  deps: Pick<ServiceDeps, "logger" | "prepaidCredit">,
  operatorId: string,
): Promise<GoLiveCondition> {
  const id = "prepaid_credit";
  let balanceMinor: number;
  try {
    balanceMinor = await (deps.prepaidCredit ?? noPrepaidCreditYet)(operatorId);
  } catch (error) {
    deps.logger.error({ err: error, operatorId }, "could not read prepaid credit");
    return { id, met: false, reason: "The prepaid credit balance could not be read just now; try again." };
  }
  if (!Number.isSafeInteger(balanceMinor)) {
    deps.logger.error({ operatorId, balanceMinor }, "prepaid credit reader answered a non-integer");
    return { id, met: false, reason: "The prepaid credit balance could not be read just now; try again." };
  }
  if (balanceMinor <= 0) {
    return {
      id,
      met: false,
      reason: `Not yet: the prepaid credit balance is ${balanceMinor}; going live needs credit above zero (top-ups come with billing).`,
      balanceMinor,
    };
  }
  return {
    id,
    met: true,
    reason: `Prepaid credit of ${balanceMinor} minor units is available.`,
    balanceMinor,
  };
}

/** A day as people read it, UTC. */
function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
