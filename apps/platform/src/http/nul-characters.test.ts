// A NUL character (%00) in a path, a query or a JSON body: PostgreSQL cannot hold it in text and
// answered 500, SQLite 200. Every surface now refuses it as 400 VALIDATION_FAILED on both stores.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { createCredential } from "../operators/credentials.ts";
import { registrationBody, startHarness, type Harness } from "../test/platform-harness.ts";

for (const kind of testDialects) {
  describe(`NUL characters are refused as 400 everywhere (${kind})`, () => {
    let h: Harness;
    let apiToken: string;
    before(async () => {
      h = await startHarness(kind);
      const { operatorId } = await h.approvedOperator();
      const credential = await createCredential(h.platform.deps, {
        operatorId,
        environment: "sandbox",
        label: "ci",
        actor: { kind: "system", id: "test" },
      });
      assert.ok(credential.ok);
      apiToken = credential.token;
    });
    after(async () => h?.close());

    const assertNulRefused = (answer: { status: number; headers: Headers; json: unknown }, what: string) => {
      assert.equal(answer.status, 400, `${what}: ${JSON.stringify(answer.json)}`);
      assert.match(answer.headers.get("content-type") ?? "", /application\/problem\+json/);
      assert.equal((answer.json as { code: string }).code, "VALIDATION_FAILED", what);
      assert.match((answer.json as { detail: string }).detail, /NUL/, what);
    };

    test("in a path parameter and a query of the operator API", async () => {
      assertNulRefused(await h.request("GET", "/v1/sessions/a%00", { token: apiToken }), "/v1/sessions/a%00");
      assertNulRefused(
        await h.request("GET", "/v1/sessions/a%00b", { token: apiToken }),
        "/v1/sessions/a%00b",
      );
      assertNulRefused(
        await h.request("GET", "/v1/games?search=%00", { token: apiToken }),
        "/v1/games?search",
      );
    });

    test("in admin filters", async () => {
      for (const path of [
        "/admin/operators?search=%00",
        "/admin/operators?search=x%00y",
        "/admin/catalogue/games?search=%00",
        "/admin/audit-log?operatorId=op%00",
      ]) {
        assertNulRefused(await h.request("GET", path, { token: h.adminToken }), path);
      }
    });

    test("in a JSON body, at any depth, and nothing is stored", async () => {
      const email = `nul-${kind}@operator.test`;
      const answer = await h.request("POST", "/backoffice/registrations", {
        body: registrationBody(email, { companyName: "Lucky\u0000Star" }),
      });
      assertNulRefused(answer, "registration body");
      const nested = await h.request("POST", "/backoffice/registrations", {
        body: registrationBody(email, { contact: { name: "Ada\u0000", email: "ada@luckystar.example" } }),
      });
      assertNulRefused(nested, "nested body field");
      const stored = await h.db.db
        .selectFrom("operator_users")
        .select("email")
        .where("email", "=", email)
        .executeTakeFirst();
      assert.equal(stored, undefined);
    });

    test("an ordinary request is untouched", async () => {
      const answer = await h.request("GET", "/admin/operators?search=lucky", { token: h.adminToken });
      assert.equal(answer.status, 200);
    });
  });
}
