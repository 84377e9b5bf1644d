import type { ServiceDeps } from "../deps.ts";
import type { SessionRealm } from "./tables.ts";
import { randomSecret, sha256Hex } from "./tokens.ts";

/** Sessions last a working day; a stolen token stops working by the next morning. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const TOKEN_PREFIX: Record<SessionRealm, string> = { admin: "crp_adm_", backoffice: "crp_bo_" };

export interface Session {
  readonly realm: SessionRealm;
  readonly subjectId: string;
  readonly expiresAtMs: number;
}

/**
 * Opens a session and returns its bearer token (shown once; only its sha256 is stored).
 * Expired sessions of anyone are swept here, so the table stays small without a timer.
 */
export async function openSession(
  deps: Pick<ServiceDeps, "db" | "clock">,
  realm: SessionRealm,
  subjectId: string,
): Promise<{ token: string; expiresAtMs: number }> {
  const now = deps.clock();
  const token = `${TOKEN_PREFIX[realm]}${randomSecret()}`;
  const expiresAtMs = now + SESSION_TTL_MS;
  await deps.db.deleteFrom("auth_sessions").where("expires_at_ms", "<=", now).execute();
  await deps.db
    .insertInto("auth_sessions")
    .values({
      token_hash: sha256Hex(token),
      realm,
      subject_id: subjectId,
      created_at_ms: now,
      expires_at_ms: expiresAtMs,
    })
    .execute();
  return { token, expiresAtMs };
}

/**
 * The live session of a token in a realm, or undefined. Looked up by the token's sha256: the
 * index lookup reveals nothing usable about a 256-bit token, so no constant-time compare is needed.
 */
export async function findSession(
  deps: Pick<ServiceDeps, "db" | "clock">,
  realm: SessionRealm,
  token: string,
): Promise<Session | undefined> {
  if (!token.startsWith(TOKEN_PREFIX[realm])) return undefined;
  const row = await deps.db
    .selectFrom("auth_sessions")
    .select(["subject_id", "expires_at_ms"])
    .where("token_hash", "=", sha256Hex(token))
    .where("realm", "=", realm)
    .where("expires_at_ms", ">", deps.clock())
    .executeTakeFirst();
  return row === undefined ? undefined : { realm, subjectId: row.subject_id, expiresAtMs: row.expires_at_ms };
}

export async function closeSession(deps: Pick<ServiceDeps, "db">, token: string): Promise<void> {
  await deps.db.deleteFrom("auth_sessions").where("token_hash", "=", sha256Hex(token)).execute();
}
