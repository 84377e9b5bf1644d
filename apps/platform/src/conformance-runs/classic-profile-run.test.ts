// A compatibility-profile (GameHub) operator runs the conformance kit from the backoffice: the run
// speaks the operator's profile and a correct wallet in that dialect passes every check that
// applies to it, so such operators can pass the go-live gate too.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";
import { activeSaltOf, runBody, waitForRun } from "./test/run-helpers.ts";
import { startReferenceWallet, TEST_PLAYERS, type TestWallet } from "./test/wallets.ts";

const START = "/backoffice/environments/sandbox/conformance-runs";

for (const kind of testDialects) {
  describe(`conformance runs under the compatibility profile (${kind})`, () => {
    let h: Harness;
    let wallet: TestWallet | undefined;
    before(async () => {
      h = await startHarness(kind);
    });
    after(async () => {
      await wallet?.close();
      await h?.close();
    });

    test("the run speaks GameHub to the operator's classic endpoint and passes", async () => {
      const operator = await h.approvedOperator();
      wallet = await startReferenceWallet(await activeSaltOf(h, operator.token, "sandbox"), {
        classicProfile: true,
      });
      const settings = await h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
        token: operator.token,
        body: { callbackUrl: wallet.url, profile: "gamehub", timeoutMs: 2_000 },
      });
      assert.equal(settings.status, 200, settings.text);
      const started = await h.request("POST", START, { token: operator.token, body: runBody() });
      assert.equal(started.status, 202, started.text);
      const done = (await waitForRun(h, started.headers.get("location")!, operator.token)).json;
      assert.equal(done.status, "passed", JSON.stringify(done.failedChecks));
      assert.equal(done.summary.requiredFailed, 0);
      const skipped = done.checks.filter((c: { status: string }) => c.status === "skip");
      assert.ok(skipped.some((c: { id: string }) => c.id === "security.body-signature"));
      assert.ok(
        done.checks.some(
          (c: { id: string; status: string }) => c.id === "debit.insufficient-funds" && c.status === "pass",
        ),
      );
      for (const [playerId, start] of Object.entries(TEST_PLAYERS)) {
        assert.equal(await wallet.balanceOf(playerId), start, `${playerId} net zero`);
      }
    });
  });
}
