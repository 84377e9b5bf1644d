import type { Selectable } from "kysely";
import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import { newKeySecret, recordKeyUse, revokeKeyOnce } from "../auth/issued-keys.ts";
import type { ServiceDeps } from "../deps.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import { studioFail, type StudioFailure } from "./problems.ts";
import type { StudioKeysTable } from "./tables.ts";
import type { VerificationKey } from "./verification-key.ts";

/** Unrevoked gateway keys per studio (one per deployment plus one being rotated in is plenty). */
export const MAX_ACTIVE_STUDIO_KEYS = 10;

export interface StudioKey {
  readonly id: string;
  readonly studioId: string;
  readonly label: string;
  readonly createdAtMs: number;
  readonly revokedAtMs: number | null;
  readonly lastUsedAtMs: number | null;
}

function present(row: Selectable<StudioKeysTable>): StudioKey {
  return {
    id: row.id,
    studioId: row.studio_id,
    label: row.label,
    createdAtMs: row.created_at_ms,
    revokedAtMs: row.revoked_at_ms,
    lastUsedAtMs: row.last_used_at_ms,
  };
}

/** Binds a sealed secret to its studio and key: a secret copied onto another row does not open. */
function secretContext(row: Pick<StudioKeysTable, "id" | "studio_id">): string {
  return `studio-key:${row.studio_id}:${row.id}`;
}

export type IssueStudioKeyResult =
  | { readonly ok: true; readonly key: StudioKey; readonly secret: string }
  | StudioFailure<"STUDIO_NOT_FOUND" | "STUDIO_KEY_LIMIT_REACHED">;

/**
 * Issues a gateway key: a key id and a secret, returned here only. The secret is stored sealed
 * with the installation key (HMAC verification needs it in clear, so it cannot be hashed).
 * Audited as `studio_key.create` (the id, never the secret).
 *
 * @example
 * const issued = await issueStudioKey(deps, { studioId: "acme", label: "production", actor });
 * if (issued.ok) hand(issued.key.id, issued.secret); // shown once
 */
export async function issueStudioKey(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "secretBox">,
  input: { studioId: string; label: string; actor: AuditActor },
): Promise<IssueStudioKeyResult> {
  const id = deps.ids("gwk");
  const secret = newKeySecret("gws_");
  const now = deps.clock();
  const row: Selectable<StudioKeysTable> = {
    id,
    studio_id: input.studioId,
    label: input.label.trim(),
    sealed_secret: deps.secretBox.seal(secret, secretContext({ id, studio_id: input.studioId })),
    created_at_ms: now,
    revoked_at_ms: null,
    last_used_at_ms: null,
  };
  return deps.db.transaction().execute(async (trx) => {
    const studio = await trx
      .selectFrom("game_studios")
      .select("id")
      .where("id", "=", input.studioId)
      .executeTakeFirst();
    if (studio === undefined) return studioFail("STUDIO_NOT_FOUND", `No studio ${input.studioId}.`);
    const active = await trx
      .selectFrom("studio_keys")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .where("studio_id", "=", input.studioId)
      .where("revoked_at_ms", "is", null)
      .executeTakeFirstOrThrow();
    if (Number(active.count) >= MAX_ACTIVE_STUDIO_KEYS) {
      return studioFail(
        "STUDIO_KEY_LIMIT_REACHED",
        `At most ${MAX_ACTIVE_STUDIO_KEYS} unrevoked keys per studio.`,
      );
    }
    await trx.insertInto("studio_keys").values(row).execute();
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: "studio_key.create",
      targetKind: "studio",
      targetId: input.studioId,
      details: { keyId: id, label: row.label },
    });
    return { ok: true as const, key: present(row), secret };
  });
}

export async function listStudioKeys(
  deps: Pick<ServiceDeps, "db">,
  query: { studioId: string; includeRevoked?: boolean | undefined },
): Promise<StudioKey[]> {
  let q = deps.db.selectFrom("studio_keys").selectAll().where("studio_id", "=", query.studioId);
  if (query.includeRevoked !== true) q = q.where("revoked_at_ms", "is", null);
  const rows = await q.orderBy("created_at_ms", "desc").orderBy("id", "desc").limit(200).execute();
  return rows.map(present);
}

export type RevokeStudioKeyResult =
  { readonly ok: true; readonly key: StudioKey } | StudioFailure<"STUDIO_KEY_NOT_FOUND">;

/** Revokes at once; idempotent (a second revocation keeps the first time). Audited as `studio_key.revoke`. */
export async function revokeStudioKey(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: { studioId: string; keyId: string; actor: AuditActor },
): Promise<RevokeStudioKeyResult> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("studio_keys")
      .selectAll()
      .where("id", "=", input.keyId)
      .where("studio_id", "=", input.studioId)
      .executeTakeFirst();
    if (row === undefined)
      return studioFail("STUDIO_KEY_NOT_FOUND", `No key ${input.keyId} for studio ${input.studioId}.`);
    const revoked = await revokeKeyOnce(trx, "studio_keys", row, deps.clock());
    if (!revoked.changed) return { ok: true as const, key: present(row) };
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: "studio_key.revoke",
      targetKind: "studio",
      targetId: input.studioId,
      details: { keyId: row.id, label: row.label },
    });
    return { ok: true as const, key: present({ ...row, revoked_at_ms: revoked.revokedAtMs }) };
  });
}

/**
 * The unrevoked key with this id and its secret opened, or undefined. Records the last use at
 * most once a minute. The caller compares signatures (timing-safe) with the secret.
 */
export async function findVerificationKey(
  deps: Pick<ServiceDeps, "db" | "clock"> & { readonly secretBox: SecretBox },
  keyId: string,
): Promise<VerificationKey | undefined> {
  const row = await deps.db
    .selectFrom("studio_keys")
    .innerJoin("game_studios", "game_studios.id", "studio_keys.studio_id")
    .selectAll("studio_keys")
    .select("game_studios.status as studio_status")
    .where("studio_keys.id", "=", keyId)
    .executeTakeFirst();
  if (row === undefined || row.revoked_at_ms !== null) return undefined;
  const secret = deps.secretBox.open(row.sealed_secret, secretContext(row));
  await recordKeyUse(deps, "studio_keys", row);
  return { keyId: row.id, studioId: row.studio_id, studioStatus: row.studio_status, secret };
}
