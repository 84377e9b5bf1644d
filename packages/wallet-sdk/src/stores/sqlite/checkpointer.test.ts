import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { promisify } from "node:util";

const run = promisify(execFile);

describe("SQLite checkpoint thread", () => {
  const dir = mkdtempSync(join(tmpdir(), "checkpointer-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("close waits for the thread even when nothing else keeps the process alive", async () => {
    const script = `
      import { openSqliteWalletStore } from ${JSON.stringify(new URL("./open-sqlite-store.ts", import.meta.url).href)};
      const store = await openSqliteWalletStore({ filename: ${JSON.stringify(join(dir, "alone.db"))} });
      await store.close();
      console.log("closed");`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script]);
    assert.equal(stdout.trim(), "closed");
  });
});
