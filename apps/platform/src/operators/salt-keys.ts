import { randomBytes } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { Database } from "../db/database.ts";
import type { ServiceDeps } from "../deps.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import { getOperator } from "./operators.ts";
import { fail, type Failure } from "./problems.ts";
import { isProvisioned } from "./status.ts";
import type { OperatorSaltKeysTable, SaltKeyState } from "./tables.ts";

/** A new salt: 32 random bytes, base64url (43 characters). */
export function generateSalt(): string {
  return randomBytes(32).toString("base64url");
}

/** The sealing context binds a sealed salt to its operator, environment and row. */
function saltContext(row: Pick<OperatorSaltKeysTable, "id" | "operator_id" | "environment">): string {
  return `operator-salt:${row.operator_id}:${row.environment}:${row.id}`;
}

export function openSalt(secretBox: SecretBox, row: Selectable<OperatorSaltKeysTable>): string {
  return secretBox.open(row.sealed_salt, saltContext(row));
}

/** Inserts a sealed salt row in the given state; returns the plain salt to the caller only. */
export async function insertSalt(
  deps: Pick<ServiceDeps, "ids" | "secretBox">,
  trx: Kysely<Database>,
  input: { operatorId: string; environment: Environment; state: "active" | "pending"; nowMs: number },
): Promise<{ id: string; salt: string }> {
  const salt = generateSalt();
  const id = deps.ids("salt");
  const key = { id, operator_id: input.operatorId, environment: input.environment };
  await trx
    .insertInto("operator_salt_keys")
    .values({
      ...key,
      state: input.state,
      sealed_salt: deps.secretBox.seal(salt, saltContext(key)),
      created_at_ms: input.nowMs,
      activated_at_ms: input.state === "active" ? input.nowMs : null,
      retired_at_ms: null,
    })
    .execute();
  return { id, salt };
}

export interface SaltKey {
  readonly id: string;
  /** `active`: the platform signs with it. `pending`: a rotation waiting for the operator's confirmation. */
  readonly state: Exclude<SaltKeyState, "retired">;
  readonly salt: string;
  readonly createdAtMs: number;
  readonly activatedAtMs: number | null;
}

export type SaltKeysResult =
  | { ok: true; environment: Environment; keys: SaltKey[] }
  | Failure<"OPERATOR_NOT_FOUND" | "OPERATOR_NOT_APPROVED">;

/** The active salt and, during a rotation, the pending one, decrypted for their owner. */
export async function readSaltKeys(
  deps: Pick<ServiceDeps, "db" | "secretBox">,
  operatorId: string,
  environment: Environment,
): Promise<SaltKeysResult> {
  const operator = await getOperator(deps, operatorId);
  if (operator === undefined) return fail("OPERATOR_NOT_FOUND", "No such operator.");
  if (!isProvisioned(operator.status)) {
    return fail(
      "OPERATOR_NOT_APPROVED",
      `The operator is ${operator.status}; salt keys exist after approval.`,
    );
  }
  const rows = await deps.db
    .selectFrom("operator_salt_keys")
    .selectAll()
    .where("operator_id", "=", operatorId)
    .where("environment", "=", environment)
    .where("state", "in", ["active", "pending"])
    .orderBy("created_at_ms")
    .orderBy("id")
    .execute();
  const keys = rows.map((row) => ({
    id: row.id,
    state: row.state as SaltKey["state"],
    salt: openSalt(deps.secretBox, row),
    createdAtMs: row.created_at_ms,
    activatedAtMs: row.activated_at_ms,
  }));
  return { ok: true, environment, keys };
}

/** The salt the platform signs with now, or undefined before approval. */
export async function activeSalt(
  deps: Pick<ServiceDeps, "db" | "secretBox">,
  operatorId: string,
  environment: Environment,
): Promise<{ id: string; salt: string } | undefined> {
  const row = await deps.db
    .selectFrom("operator_salt_keys")
    .selectAll()
    .where("operator_id", "=", operatorId)
    .where("environment", "=", environment)
    .where("state", "=", "active")
    .executeTakeFirst();
  return row === undefined ? undefined : { id: row.id, salt: openSalt(deps.secretBox, row) };
}
