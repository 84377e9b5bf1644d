export type Role = "owner" | "developer" | "finance" | "viewer";
export const ALL: readonly Role[] = ["owner", "developer", "finance", "viewer"];
/** Integration work (apps/platform/src/accounts/permissions.ts: BUILD). */
export const BUILD: readonly Role[] = ["owner", "developer"];
/** Money work: statements, ledger uploads (permissions.ts: MONEY). */
export const MONEY: readonly Role[] = ["owner", "developer", "finance"];
