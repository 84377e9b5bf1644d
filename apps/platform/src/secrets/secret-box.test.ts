import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { loadOrCreateKeyFile } from "./key-file.ts";
import { createSecretBox, parseSecretKey } from "./secret-box.ts";

describe("secret box (AES-256-GCM)", () => {
  const box = createSecretBox(randomBytes(32));

  test("seals and opens; every seal has a fresh nonce", () => {
    const a = box.seal("salt-value", "ctx");
    const b = box.seal("salt-value", "ctx");
    assert.notEqual(a, b);
    assert.match(a, /^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    assert.ok(!a.includes("salt-value"));
    assert.equal(box.open(a, "ctx"), "salt-value");
    assert.equal(box.open(b, "ctx"), "salt-value");
  });

  test("refuses another context, another key, and any altered byte", () => {
    const sealed = box.seal("salt-value", "operator-salt:op_a:sandbox:salt_1");
    assert.throws(() => box.open(sealed, "operator-salt:op_b:sandbox:salt_1"), /does not open/);
    assert.throws(() => createSecretBox(randomBytes(32)).open(sealed, "operator-salt:op_a:sandbox:salt_1"));
    const parts = sealed.split(".");
    const ciphertext = Buffer.from(parts[2]!, "base64url");
    ciphertext[0] = ciphertext[0]! ^ 1;
    parts[2] = ciphertext.toString("base64url");
    assert.throws(() => box.open(parts.join("."), "operator-salt:op_a:sandbox:salt_1"));
    assert.throws(() => box.open("v2.x.y.z", "c"), /unknown format/);
    assert.throws(() => box.open("garbage", "c"));
  });

  test("keys are exactly 32 bytes of base64 or base64url", () => {
    const key = randomBytes(32);
    assert.deepEqual(parseSecretKey(key.toString("base64")), key);
    assert.deepEqual(parseSecretKey(key.toString("base64url")), key);
    assert.equal(parseSecretKey(randomBytes(16).toString("base64")), undefined);
    assert.equal(parseSecretKey(key.toString("hex")), undefined);
    assert.equal(parseSecretKey("correct horse battery staple"), undefined);
    assert.throws(() => createSecretBox(randomBytes(16)));
  });

  test("the development key file is created once (0600) and then reused", () => {
    const dir = mkdtempSync(join(tmpdir(), "croupier-key-"));
    try {
      const path = join(dir, "nested", "secret.key");
      const first = loadOrCreateKeyFile(path);
      assert.ok(first.ok && first.created);
      assert.equal(statSync(path).mode & 0o777, 0o600);
      const second = loadOrCreateKeyFile(path);
      assert.ok(second.ok && !second.created);
      assert.deepEqual(second.key, first.ok ? first.key : undefined);
      writeFileSync(path, "not a key");
      const broken = loadOrCreateKeyFile(path);
      assert.equal(broken.ok, false);
      assert.equal(readFileSync(path, "utf8"), "not a key", "a bad key file is never overwritten");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
