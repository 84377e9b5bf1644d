export interface AdminsTable {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  password_hash: string;
  created_at_ms: number;
  /** Null for the first admin, created from ADMIN_EMAIL at first start. */
  created_by_admin_id: string | null;
  last_login_at_ms: number | null;
}

export interface AdminTables {
  admins: AdminsTable;
}
