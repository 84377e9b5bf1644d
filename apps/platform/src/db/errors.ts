/**
 * Whether a database error is a unique-constraint violation, on either dialect
 * (PostgreSQL SQLSTATE 23505; SQLite SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY). Services use it
 * to turn an insert race into a clean "already exists" answer.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
