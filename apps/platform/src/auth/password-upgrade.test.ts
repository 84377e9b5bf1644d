// Passwords are hashed with scrypt N=2^17 (OWASP), and a hash made with the older N=2^15 is
// upgraded at the user's next successful login, for operator users and admins alike.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  startHarness,
  USER_PASSWORD,
  type Harness,
} from "../test/platform-harness.ts";
import { hashPassword, needsRehash, PASSWORD_COST, verifyPassword } from "./passwords.ts";

/** What production used until December 2026. */
const OLD_COST = { N: 2 ** 15, r: 8, p: 1 } as const;

describe("password hashing parameters", () => {
  test("new hashes use N=2^17, r=8, p=1 and verify", async () => {
    assert.deepEqual(PASSWORD_COST, { N: 131072, r: 8, p: 1 });
    const hash = await hashPassword("a long enough password");
    assert.match(hash, /^scrypt\$131072\$8\$1\$/);
    assert.equal(await verifyPassword("a long enough password", hash), true);
    assert.equal(await verifyPassword("another password!!", hash), false);
    assert.equal(needsRehash(hash), false);
    assert.equal(needsRehash(await hashPassword("a long enough password", OLD_COST)), true);
  });
});

for (const kind of testDialects) {
  describe(`an old-parameter hash is upgraded at login (${kind})`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(kind, { passwordCost: PASSWORD_COST });
    });
    after(async () => h?.close());

    test("an operator user with an N=2^15 hash signs in, and the stored hash becomes N=2^17", async () => {
      const { email, userId } = await h.register();
      const stored = () =>
        h.db.db
          .selectFrom("operator_users")
          .select("password_hash")
          .where("id", "=", userId)
          .executeTakeFirstOrThrow();
      const old = await hashPassword(USER_PASSWORD, OLD_COST);
      await h.db.db
        .updateTable("operator_users")
        .set({ password_hash: old })
        .where("id", "=", userId)
        .execute();

      // A wrong password changes nothing.
      const wrong = await h.request("POST", "/backoffice/login", {
        body: { email, password: "wrong password!" },
      });
      assert.equal(wrong.status, 401);
      assert.equal((await stored()).password_hash, old);

      await h.login(email);
      const upgraded = (await stored()).password_hash;
      assert.match(upgraded, /^scrypt\$131072\$8\$1\$/);
      assert.notEqual(upgraded, old);
      await h.login(email); // the new hash holds the same password
      assert.equal((await stored()).password_hash, upgraded, "a current hash is left alone");
    });

    test("an admin with an N=2^15 hash signs in, and the stored hash becomes N=2^17", async () => {
      const old = await hashPassword(ADMIN_PASSWORD, OLD_COST);
      await h.db.db
        .updateTable("admins")
        .set({ password_hash: old })
        .where("email", "=", ADMIN_EMAIL)
        .execute();
      const login = await h.request("POST", "/admin/login", {
        body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
      });
      assert.equal(login.status, 200);
      const row = await h.db.db
        .selectFrom("admins")
        .select("password_hash")
        .where("email", "=", ADMIN_EMAIL)
        .executeTakeFirstOrThrow();
      assert.match(row.password_hash, /^scrypt\$131072\$8\$1\$/);
    });
  });
}
