import type { ErrorCode } from "@croupier/protocol";
import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { ServiceDeps } from "../deps.ts";
import { getOperator } from "./operators.ts";
import { fail, type Failure } from "./problems.ts";
import { insertSalt, openSalt, type SaltKey } from "./salt-keys.ts";
import { isProvisioned } from "./status.ts";
import type { WalletCallReport } from "./wallet-call-sender.ts";
import { balanceCheckCall } from "./wallet-test-call.ts";

/**
 * Rotation with overlap, so no call fails at any moment:
 * 1. `startSaltRotation`: a new salt is created `pending` beside the `active` one; the platform
 *    keeps signing with the active salt.
 * 2. The operator makes their wallet accept both salts.
 * 3. `confirmSaltRotation`: the platform sends a signed `balance` with the pending salt. Only
 *    if the wallet evidently accepted the key does the pending salt become active (and the old
 *    one retired) — in one transaction. Otherwise nothing changes.
 * 4. The operator removes the old salt from their wallet (after a few minutes: other platform
 *    instances may cache the old endpoint for up to the lookup's TTL).
 */

/**
 * Answers that prove the wallet accepted the key: `ok`, or a refusal the protocol only gives
 * after the key and timestamp checks passed and about a well-formed request (the player is
 * unknown, blocked, …). INVALID_KEY, TIMESTAMP_EXPIRED and INVALID_REQUEST prove nothing, and
 * neither does an unknown outcome.
 */
const KEY_ACCEPTED_REFUSALS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "PLAYER_NOT_FOUND",
  "PLAYER_BLOCKED",
  "CURRENCY_MISMATCH",
  "INSUFFICIENT_FUNDS",
  "DUPLICATE_CONFLICT",
  "ROLLED_BACK",
]);

export function provesKeyAccepted(report: WalletCallReport, profile: "native" | "gamehub"): boolean {
  const outcome = report.outcome;
  if (outcome.kind === "ok") return true;
  // The GameHub dialect folds every refusal into error 2, so only `ok` is proof there.
  return outcome.kind === "refused" && profile === "native" && KEY_ACCEPTED_REFUSALS.has(outcome.code);
}

type NotReady = Failure<"OPERATOR_NOT_FOUND" | "OPERATOR_NOT_APPROVED">;

async function requireProvisioned(
  deps: Pick<ServiceDeps, "db">,
  operatorId: string,
): Promise<NotReady | undefined> {
  const operator = await getOperator(deps, operatorId);
  if (operator === undefined) return fail("OPERATOR_NOT_FOUND", "No such operator.");
  if (!isProvisioned(operator.status)) {
    return fail(
      "OPERATOR_NOT_APPROVED",
      `The operator is ${operator.status}; salt keys exist after approval.`,
    );
  }
  return undefined;
}

export type StartRotationResult =
  { ok: true; pending: SaltKey } | NotReady | Failure<"SALT_ROTATION_IN_PROGRESS">;

export async function startSaltRotation(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "secretBox">,
  input: { operatorId: string; environment: Environment; actor: AuditActor },
): Promise<StartRotationResult> {
  const notReady = await requireProvisioned(deps, input.operatorId);
  if (notReady !== undefined) return notReady;
  const now = deps.clock();
  try {
    const created = await deps.db.transaction().execute(async (trx) => {
      const salt = await insertSalt(deps, trx, { ...input, state: "pending", nowMs: now });
      await recordAudit(deps, trx, {
        actor: input.actor,
        action: "salt.rotation_start",
        targetKind: "operator",
        targetId: input.operatorId,
        details: { environment: input.environment, saltKeyId: salt.id },
      });
      return salt;
    });
    return {
      ok: true,
      pending: {
        id: created.id,
        state: "pending",
        salt: created.salt,
        createdAtMs: now,
        activatedAtMs: null,
      },
    };
  } catch (error) {
    // The unique index on (operator, environment) where state = 'pending' decides races.
    if (isUniqueViolation(error)) {
      return fail("SALT_ROTATION_IN_PROGRESS", "A pending salt exists; confirm or cancel it first.");
    }
    throw error;
  }
}

export type CancelRotationResult = { ok: true } | NotReady | Failure<"NO_PENDING_SALT">;

/** Discards the pending salt (e.g. it leaked, or the operator changed their mind). */
export async function cancelSaltRotation(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: { operatorId: string; environment: Environment; actor: AuditActor },
): Promise<CancelRotationResult> {
  const notReady = await requireProvisioned(deps, input.operatorId);
  if (notReady !== undefined) return notReady;
  return deps.db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom("operator_salt_keys")
      .select("id")
      .where("operator_id", "=", input.operatorId)
      .where("environment", "=", input.environment)
      .where("state", "=", "pending")
      .executeTakeFirst();
    if (pending === undefined) return fail("NO_PENDING_SALT", "There is no pending salt to cancel.");
    await trx
      .updateTable("operator_salt_keys")
      .set({ state: "retired", retired_at_ms: deps.clock() })
      .where("id", "=", pending.id)
      .where("state", "=", "pending")
      .execute();
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: "salt.rotation_cancel",
      targetKind: "operator",
      targetId: input.operatorId,
      details: { environment: input.environment, saltKeyId: pending.id },
    });
    return { ok: true as const };
  });
}

export type ConfirmRotationResult =
  | { ok: true; active: SaltKey; testCall: WalletCallReport }
  | NotReady
  | Failure<"NO_PENDING_SALT" | "CALLBACK_URL_NOT_SET" | "SALT_NOT_ACCEPTED" | "CONCURRENT_CHANGE">;

/**
 * Proves the wallet accepts the pending salt, then switches signing to it. The proof call runs
 * outside any transaction (it may take seconds); the switch re-checks that neither salt changed
 * meanwhile, so two confirmations or a confirmation racing a cancel cannot both win.
 */
export async function confirmSaltRotation(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "secretBox" | "walletCall" | "walletEndpointChanged">,
  input: {
    operatorId: string;
    environment: Environment;
    actor: AuditActor;
    /** Player for the proof call; an unknown id is fine (PLAYER_NOT_FOUND proves the key). */
    playerId?: string | undefined;
    currency?: string | undefined;
  },
): Promise<ConfirmRotationResult> {
  const notReady = await requireProvisioned(deps, input.operatorId);
  if (notReady !== undefined) return notReady;
  const rows = await deps.db
    .selectFrom("operator_salt_keys")
    .selectAll()
    .where("operator_id", "=", input.operatorId)
    .where("environment", "=", input.environment)
    .where("state", "in", ["active", "pending"])
    .execute();
  const pending = rows.find((row) => row.state === "pending");
  const active = rows.find((row) => row.state === "active");
  if (pending === undefined || active === undefined) {
    return fail("NO_PENDING_SALT", "There is no pending salt to confirm; start a rotation first.");
  }
  const check = await balanceCheckCall(deps, {
    operatorId: input.operatorId,
    environment: input.environment,
    salt: openSalt(deps.secretBox, pending),
    playerId: input.playerId ?? "croupier-salt-check",
    currency: input.currency,
    purpose: "salt-check",
  });
  if (!check.ok) return check;
  if (!provesKeyAccepted(check.report, check.profile)) {
    const outcome = check.report.outcome;
    const why = outcome.kind === "unknown" ? outcome.reason : outcome.kind === "refused" ? outcome.code : "";
    return fail(
      "SALT_NOT_ACCEPTED",
      `The wallet did not accept a call signed with the pending salt (${why}); the active salt is unchanged.`,
      { testCall: check.report },
    );
  }
  const now = deps.clock();
  const switched = await deps.db
    .transaction()
    .execute(async (trx) => {
      const retired = await trx
        .updateTable("operator_salt_keys")
        .set({ state: "retired", retired_at_ms: now })
        .where("id", "=", active.id)
        .where("state", "=", "active")
        .executeTakeFirst();
      if (Number(retired.numUpdatedRows) !== 1) return false;
      const promoted = await trx
        .updateTable("operator_salt_keys")
        .set({ state: "active", activated_at_ms: now })
        .where("id", "=", pending.id)
        .where("state", "=", "pending")
        .executeTakeFirst();
      if (Number(promoted.numUpdatedRows) !== 1) {
        // Roll the whole switch back: the pending salt was cancelled or confirmed meanwhile.
        throw new ConcurrentChange();
      }
      await recordAudit(deps, trx, {
        actor: input.actor,
        action: "salt.rotation_confirm",
        targetKind: "operator",
        targetId: input.operatorId,
        details: {
          environment: input.environment,
          saltKeyId: pending.id,
          retiredSaltKeyId: active.id,
          proof: check.report.outcome.kind === "ok" ? "ok" : check.report.outcome,
        },
      });
      return true;
    })
    .catch((error: unknown) => {
      if (error instanceof ConcurrentChange) return false;
      throw error;
    });
  if (!switched)
    return fail("CONCURRENT_CHANGE", "The salts changed while confirming; reload and try again.");
  deps.walletEndpointChanged(input.operatorId, input.environment);
  return {
    ok: true,
    active: {
      id: pending.id,
      state: "active",
      salt: openSalt(deps.secretBox, pending),
      createdAtMs: pending.created_at_ms,
      activatedAtMs: now,
    },
    testCall: check.report,
  };
}

class ConcurrentChange extends Error {}
