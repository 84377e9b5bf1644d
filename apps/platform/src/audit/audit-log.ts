import type { Kysely, Selectable } from "kysely";
import type { Database } from "../db/database.ts";
import type { ServiceDeps } from "../deps.ts";
import { keysetPage, type CursorPosition, type Page } from "../pagination/cursor.ts";
import type { AuditActorKind, AuditLogTable } from "./tables.ts";

/** Who did something: an admin, an operator's user, or the platform itself (first start, …). */
export interface AuditActor {
  readonly kind: AuditActorKind;
  readonly id: string;
}

export interface AuditEntryInput {
  readonly actor: AuditActor;
  readonly action: string;
  readonly targetKind: string;
  readonly targetId: string;
  /** Never a secret: ids, reasons, before/after of settings. */
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface AuditEntry {
  readonly id: string;
  readonly atMs: number;
  readonly actorKind: AuditActorKind;
  readonly actorId: string;
  readonly action: string;
  readonly targetKind: string;
  readonly targetId: string;
  readonly details: Record<string, unknown>;
}

/**
 * Appends an entry. Pass the transaction of the action itself, so the action and its record
 * commit together or not at all.
 */
export async function recordAudit(
  deps: Pick<ServiceDeps, "clock" | "ids">,
  trx: Kysely<Database>,
  entry: AuditEntryInput,
): Promise<void> {
  await trx
    .insertInto("audit_log")
    .values({
      id: deps.ids("aud"),
      at_ms: deps.clock(),
      actor_kind: entry.actor.kind,
      actor_id: entry.actor.id,
      action: entry.action,
      target_kind: entry.targetKind,
      target_id: entry.targetId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export interface AuditQuery {
  readonly actorId?: string | undefined;
  readonly targetId?: string | undefined;
  readonly action?: string | undefined;
  readonly limit?: number | undefined;
  readonly after?: CursorPosition | undefined;
}

/** Newest first. */
export async function listAudit(deps: Pick<ServiceDeps, "db">, query: AuditQuery): Promise<Page<AuditEntry>> {
  let q = deps.db.selectFrom("audit_log").selectAll();
  if (query.actorId !== undefined) q = q.where("actor_id", "=", query.actorId);
  if (query.targetId !== undefined) q = q.where("target_id", "=", query.targetId);
  if (query.action !== undefined) q = q.where("action", "=", query.action);
  const page = await keysetPage(q, {
    sortColumn: "at_ms",
    idColumn: "id",
    direction: "desc",
    limit: query.limit,
    after: query.after,
    positionOf: (row) => ({ sortKey: row.at_ms, id: row.id }),
  });
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}

function present(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: row.id,
    atMs: row.at_ms,
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    action: row.action,
    targetKind: row.target_kind,
    targetId: row.target_id,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}
