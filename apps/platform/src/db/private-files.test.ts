import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { sql } from "kysely";
import { loadOrCreateKeyFile } from "../secrets/key-file.ts";
import { connectDb } from "./connect.ts";

const modeOf = (file: string): number => statSync(file).mode & 0o777;

describe("data files are readable by their owner only", () => {
  const dir = mkdtempSync(join(tmpdir(), "croupier-private-files-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("a new SQLite database and its -wal and -shm files are 0600, its directory 0700", async () => {
    const file = join(dir, "fresh", "platform.sqlite");
    const db = connectDb({ sqliteFile: file });
    try {
      await sql`CREATE TABLE t (x INTEGER)`.execute(db.db);
      await sql`INSERT INTO t VALUES (1)`.execute(db.db);
      assert.equal(modeOf(file), 0o600);
      assert.ok(existsSync(`${file}-wal`), "WAL mode writes a -wal file");
      assert.equal(modeOf(`${file}-wal`), 0o600);
      assert.equal(modeOf(`${file}-shm`), 0o600);
      assert.equal(modeOf(join(dir, "fresh")), 0o700);
    } finally {
      await db.close();
    }
  });

  test("a database an earlier version left 0644 is narrowed to 0600 when opened", async () => {
    const file = join(dir, "old.sqlite");
    writeFileSync(file, "", { mode: 0o644 });
    const db = connectDb({ sqliteFile: file });
    await db.close();
    assert.equal(modeOf(file), 0o600);
  });

  test("the key file is created 0600, and an existing 0644 one is narrowed", () => {
    const created = join(dir, "keys", "secret.key");
    assert.equal(loadOrCreateKeyFile(created).ok, true);
    assert.equal(modeOf(created), 0o600);
    const old = join(dir, "old.key");
    writeFileSync(old, `${Buffer.alloc(32, 7).toString("base64")}\n`, { mode: 0o644 });
    assert.equal(loadOrCreateKeyFile(old).ok, true);
    assert.equal(modeOf(old), 0o600);
  });
});
