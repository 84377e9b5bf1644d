// The backoffice's long lists and running work in a real browser: the rounds explorer (rounds and
// wallet calls) pages through the server's cursor (nothing past the first page is silently left out), and the
// reconciliation page follows a reconciliation while it matches (its progress bar moving with
// the row the server updates) and opens its result when it is done.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { insertClosedRound } from "../../billing/test/closed-rounds.ts";
import { USER_PASSWORD } from "../../test/platform-harness.ts";
import { SHOTS, startJourneyWorld, type JourneyWorld } from "./journey-world.ts";

const ROUNDS = 61;

let w: JourneyWorld;
let page: Page;
let operatorId: string;

before(async () => {
  w = await startJourneyWorld();
  const operator = await w.h.approvedOperator();
  operatorId = operator.operatorId;
  const start = Date.now() - 3_600_000;
  for (let i = 0; i < ROUNDS; i += 1) {
    await insertClosedRound(w.h.db.db, {
      roundId: `gr_paged_${String(i).padStart(3, "0")}`,
      operatorId,
      environment: "sandbox",
      playerId: "paged-player",
      closedAtMs: start + i * 1_000,
      calls: [{ action: "debit", amountMinor: 100 }],
    });
  }
  page = await w.newPage();
  await page.goto(`${w.h.baseUrl}/ui/`);
  await page.getByText("Operator", { exact: true }).click();
  await page.getByLabel("Email").fill(operator.email);
  await page.getByRole("textbox", { name: "Password" }).fill(USER_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
});
after(async () => {
  await w?.close();
});

test("the rounds explorer loads the next page through the cursor until every round is shown", async () => {
  await page.getByRole("link", { name: "Rounds explorer" }).click();
  const count = page.getByTestId("list-count");
  await count.filter({ hasText: "Rounds shown: 50, more to load" }).waitFor();
  assert.equal(await page.locator("tbody tr").count(), 50);
  await page.getByRole("button", { name: "Load more rounds" }).click();
  await count.filter({ hasText: `Rounds shown: ${ROUNDS} (all)` }).waitFor();
  const rows = await page.locator("tbody tr").allInnerTexts();
  assert.equal(rows.length, ROUNDS);
  assert.equal(new Set(rows).size, ROUNDS, "no round twice");
  assert.equal(await page.getByRole("button", { name: "Load more rounds" }).count(), 0);
  await page.screenshot({ path: join(SHOTS, "paged-explorer.png"), fullPage: true });

  // The wallet calls of the same filter page the same way (one debit per round here).
  await page.getByText("Wallet calls", { exact: true }).click();
  await count.filter({ hasText: "Wallet calls shown: 50, more to load" }).waitFor();
  await page.getByRole("button", { name: "Load more wallet calls" }).click();
  await count.filter({ hasText: `Wallet calls shown: ${ROUNDS} (all)` }).waitFor();
  assert.equal(await page.getByTestId("wallet-call").count(), ROUNDS);
});

test("a reconciliation's progress is polled while it matches, then its result opens", async () => {
  const id = "rec_progress_1";
  const now = Date.now();
  // A reconciliation as the server leaves it mid-matching (another tab's upload, say).
  await w.h.db.db
    .insertInto("reconciliations")
    .values({
      id,
      operator_id: operatorId,
      environment: "sandbox",
      from_ms: now - 86_400_000,
      to_ms: now,
      format: "csv",
      status: "matching",
      bytes_read: 90_000,
      lines_read: 1_000,
      calls_to_compare: 1_000,
      calls_compared: 250,
      matched: 240,
      differences: 10,
      counts: "{}",
      created_by: "someone",
      created_at_ms: now,
      finished_at_ms: null,
    })
    .execute();
  await page.getByRole("link", { name: "Reconciliation" }).click();
  const progress = page.getByTestId("reconciliation-progress-text");
  await progress.filter({ hasText: "250 of 1000 compared (25%)" }).waitFor();
  assert.match(await progress.innerText(), /240 matched, 10 differences so far/);
  assert.equal(
    await page.getByRole("progressbar", { name: `Matching ${id}: 25%` }).getAttribute("aria-valuenow"),
    "25",
  );
  await page.screenshot({ path: join(SHOTS, "reconciliation-progress.png"), fullPage: true });

  const set = (values: Record<string, unknown>) =>
    w.h.db.db.updateTable("reconciliations").set(values).where("id", "=", id).execute();
  await set({ calls_compared: 600, matched: 585, differences: 15 });
  await progress.filter({ hasText: "600 of 1000 compared (60%)" }).waitFor();

  await set({
    status: "done",
    calls_compared: 1_000,
    matched: 980,
    differences: 20,
    counts: JSON.stringify({ amount_mismatch: 20 }),
    finished_at_ms: Date.now(),
  });
  const result = page.getByTestId("reconciliation-result");
  await result.getByTestId("reconciliation-matched").filter({ hasText: "980 matched" }).waitFor();
  assert.match(await result.getByTestId("reconciliation-differences").innerText(), /20 differences/i);
  assert.equal(await page.getByTestId("reconciliation-progress").count(), 0, "nothing shows as running");
  await page.screenshot({ path: join(SHOTS, "reconciliation-done.png"), fullPage: true });
});
