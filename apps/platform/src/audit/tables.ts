export type AuditActorKind = "admin" | "operator_user" | "system";

/** Append-only: rows are inserted in the same transaction as the action they describe, never updated. */
export interface AuditLogTable {
  id: string;
  at_ms: number;
  actor_kind: AuditActorKind;
  actor_id: string;
  /** Dotted verb, e.g. `operator.approve`, `credential.create`. */
  action: string;
  target_kind: string;
  target_id: string;
  /** JSON object; never holds a secret. */
  details: string;
}

export interface AuditTables {
  audit_log: AuditLogTable;
}
