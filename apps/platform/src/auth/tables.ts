/** Which surface a session belongs to; a backoffice token never opens the admin API. */
export type SessionRealm = "admin" | "backoffice";

export interface AuthSessionsTable {
  /** sha256 (hex) of the bearer token; the token itself is never stored. */
  token_hash: string;
  realm: SessionRealm;
  /** Admin id or operator user id, by realm. */
  subject_id: string;
  created_at_ms: number;
  expires_at_ms: number;
}

export interface AuthTables {
  auth_sessions: AuthSessionsTable;
}
