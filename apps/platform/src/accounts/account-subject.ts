import type { AuditActor } from "../audit/audit-log.ts";
import type { SessionRealm } from "../auth/tables.ts";

/**
 * Whose account: an admin (`admin`) or an operator user (`backoffice`). The security services
 * (password, reset links, TOTP, sessions) take this, so both kinds of account share one
 * implementation.
 */
export interface AccountSubject {
  readonly realm: SessionRealm;
  readonly subjectId: string;
}

const ACTOR_KIND = { admin: "admin", backoffice: "operator_user" } as const satisfies Record<
  SessionRealm,
  AuditActor["kind"]
>;

/** The account as the actor (and target) of its own audit entries. */
export function accountActor(subject: AccountSubject): AuditActor {
  return { kind: ACTOR_KIND[subject.realm], id: subject.subjectId };
}
