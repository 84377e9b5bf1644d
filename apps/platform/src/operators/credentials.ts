import type { Selectable } from "kysely";
import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import {
  newKeySecret,
  recordKeyUse,
  revokeKeyOnce,
  secretDigest,
  secretMatchesDigest,
} from "../auth/issued-keys.ts";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { ServiceDeps } from "../deps.ts";
import { keysetPage, type CursorPosition, type Page } from "../pagination/cursor.ts";
import { getOperator } from "./operators.ts";
import { fail, type Failure } from "./problems.ts";
import { hasLiveAccess, isProvisioned, type OperatorStatus } from "./status.ts";
import type { OperatorCredentialsTable } from "./tables.ts";

/** Unrevoked credentials per operator and environment (a limit on everything). */
export const MAX_ACTIVE_CREDENTIALS = 20;

// crp_<environment>_<credential id without `cred_`>_<43 base64url chars>; the id is 26 base32
// characters (time and random, ids/platform-ids.ts), or 16 in tokens issued before ids began
// with their time, which stay valid.
const TOKEN_PATTERN = /^crp_(sandbox|live)_([0-9a-z]{16}|[0-9a-z]{26})_([A-Za-z0-9_-]{43})$/;

export interface Credential {
  readonly id: string;
  readonly environment: Environment;
  readonly label: string;
  /** The token's first characters, enough to recognise it in a list; never the secret. */
  readonly prefix: string;
  readonly createdAtMs: number;
  readonly revokedAtMs: number | null;
  readonly lastUsedAtMs: number | null;
}

function present(row: Selectable<OperatorCredentialsTable>): Credential {
  return {
    id: row.id,
    environment: row.environment,
    label: row.label,
    prefix: `crp_${row.environment}_${row.id.slice("cred_".length)}_`,
    createdAtMs: row.created_at_ms,
    revokedAtMs: row.revoked_at_ms,
    lastUsedAtMs: row.last_used_at_ms,
  };
}

export type CreateCredentialResult =
  | { ok: true; credential: Credential; token: string }
  | Failure<"OPERATOR_NOT_FOUND" | "OPERATOR_NOT_APPROVED" | "LIVE_NOT_ENABLED" | "CREDENTIAL_LIMIT_REACHED">;

/**
 * Creates an API credential. The returned token is the only copy: only the sha256 of its
 * secret part is stored, so it cannot be shown again.
 */
export async function createCredential(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: { operatorId: string; environment: Environment; label: string; actor: AuditActor },
): Promise<CreateCredentialResult> {
  const operator = await getOperator(deps, input.operatorId);
  if (operator === undefined) return fail("OPERATOR_NOT_FOUND", "No such operator.");
  if (!isProvisioned(operator.status)) {
    return fail(
      "OPERATOR_NOT_APPROVED",
      `The operator is ${operator.status}; credentials exist only after approval.`,
    );
  }
  if (input.environment === "live" && !hasLiveAccess(operator)) {
    return fail("LIVE_NOT_ENABLED", "Live credentials can be created once the operator has gone live.");
  }
  const secret = newKeySecret();
  const id = deps.ids("cred");
  const token = `crp_${input.environment}_${id.slice("cred_".length)}_${secret}`;
  if (!TOKEN_PATTERN.test(token)) throw new Error("credential id generator produced an id unfit for tokens");
  const now = deps.clock();
  const row = {
    id,
    operator_id: input.operatorId,
    environment: input.environment,
    label: input.label.trim(),
    secret_hash: secretDigest(secret),
    created_at_ms: now,
    created_by_user_id: input.actor.kind === "operator_user" ? input.actor.id : null,
    revoked_at_ms: null,
    last_used_at_ms: null,
  };
  const created = await deps.db.transaction().execute(async (trx) => {
    const active = await trx
      .selectFrom("operator_credentials")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .where("operator_id", "=", input.operatorId)
      .where("environment", "=", input.environment)
      .where("revoked_at_ms", "is", null)
      .executeTakeFirstOrThrow();
    if (Number(active.count) >= MAX_ACTIVE_CREDENTIALS) return false;
    await trx.insertInto("operator_credentials").values(row).execute();
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: "credential.create",
      targetKind: "operator",
      targetId: input.operatorId,
      details: { credentialId: id, environment: input.environment, label: row.label },
    });
    return true;
  });
  if (!created) {
    return fail(
      "CREDENTIAL_LIMIT_REACHED",
      `At most ${MAX_ACTIVE_CREDENTIALS} unrevoked credentials per environment.`,
    );
  }
  return { ok: true, credential: present(row), token };
}

export async function listCredentials(
  deps: Pick<ServiceDeps, "db">,
  query: {
    operatorId: string;
    environment?: Environment | undefined;
    includeRevoked?: boolean | undefined;
    limit?: number | undefined;
    after?: CursorPosition | undefined;
  },
): Promise<Page<Credential>> {
  let q = deps.db.selectFrom("operator_credentials").selectAll().where("operator_id", "=", query.operatorId);
  if (query.environment !== undefined) q = q.where("environment", "=", query.environment);
  if (query.includeRevoked !== true) q = q.where("revoked_at_ms", "is", null);
  const page = await keysetPage(q, {
    sortColumn: "created_at_ms",
    idColumn: "id",
    direction: "desc",
    limit: query.limit,
    after: query.after,
    positionOf: (row) => ({ sortKey: row.created_at_ms, id: row.id }),
  });
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}

export type RevokeCredentialResult = { ok: true; credential: Credential } | Failure<"CREDENTIAL_NOT_FOUND">;

/** Revokes at once (idempotent: revoking again keeps the first revocation time). */
export async function revokeCredential(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: { operatorId: string; credentialId: string; actor: AuditActor },
): Promise<RevokeCredentialResult> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("operator_credentials")
      .selectAll()
      .where("id", "=", input.credentialId)
      .where("operator_id", "=", input.operatorId)
      .executeTakeFirst();
    if (row === undefined) return fail("CREDENTIAL_NOT_FOUND", "No such credential for your operator.");
    const revoked = await revokeKeyOnce(trx, "operator_credentials", row, deps.clock());
    if (!revoked.changed) return { ok: true as const, credential: present(row) };
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: "credential.revoke",
      targetKind: "operator",
      targetId: input.operatorId,
      details: { credentialId: row.id, environment: row.environment, label: row.label },
    });
    return { ok: true as const, credential: present({ ...row, revoked_at_ms: revoked.revokedAtMs }) };
  });
}

/** The credential id a token names (`crp_<environment>_<id>_<secret>`), whether or not it exists; undefined when malformed. */
export function credentialIdOfToken(token: string): string | undefined {
  const match = TOKEN_PATTERN.exec(token);
  return match === null ? undefined : `cred_${match[2] as string}`;
}

/** Who an API request is, once its credential checks out. */
export interface ApiCaller {
  readonly operatorId: string;
  readonly environment: Environment;
  readonly credentialId: string;
  readonly operatorStatus: OperatorStatus;
}

/**
 * Checks a bearer token: well-formed, known, unrevoked, matching secret (timing-safe), and the
 * operator still provisioned. Records the last use at most once a minute.
 */
export async function authenticateCredential(
  deps: Pick<ServiceDeps, "db" | "clock">,
  token: string,
): Promise<ApiCaller | undefined> {
  const match = TOKEN_PATTERN.exec(token);
  if (match === null) return undefined;
  const [, environment, idPart, secret] = match as unknown as [string, Environment, string, string];
  const row = await deps.db
    .selectFrom("operator_credentials")
    .innerJoin("operators", "operators.id", "operator_credentials.operator_id")
    .select([
      "operator_credentials.id",
      "operator_credentials.operator_id",
      "operator_credentials.environment",
      "operator_credentials.secret_hash",
      "operator_credentials.revoked_at_ms",
      "operator_credentials.last_used_at_ms",
      "operators.status",
    ])
    .where("operator_credentials.id", "=", `cred_${idPart}`)
    .executeTakeFirst();
  if (!secretMatchesDigest(secret, row?.secret_hash) || row === undefined) return undefined;
  if (row.revoked_at_ms !== null || row.environment !== environment || !isProvisioned(row.status))
    return undefined;
  await recordKeyUse(deps, "operator_credentials", row);
  return {
    operatorId: row.operator_id,
    environment: row.environment,
    credentialId: row.id,
    operatorStatus: row.status,
  };
}
