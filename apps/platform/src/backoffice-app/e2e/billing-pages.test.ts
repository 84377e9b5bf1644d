// The money pages in a real browser: an admin adds a fee rate, records a top-up for an operator
// and runs the billing self-check; the operator's owner sees the balance and the entry, opens the
// reports of its closed rounds and downloads them as CSV, uploads its wallet's ledger for
// reconciliation and sees the difference it holds, and sets a webhook (the secret shown once).
// Every new page is checked with axe-core at 1280 px and 390 px (no sideways scrolling) and
// screenshotted into artifacts/ui-journey/.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { projectAll } from "../../billing/round-projector.ts";
import { insertClosedRound } from "../../billing/test/closed-rounds.ts";
import { ADMIN_EMAIL, ADMIN_PASSWORD, USER_PASSWORD } from "../../test/platform-harness.ts";
import {
  overflowsSideways,
  seriousViolations,
  SHOTS,
  startJourneyWorld,
  type JourneyWorld,
} from "./journey-world.ts";

let w: JourneyWorld;
/** The operator of the first test (its credit topped up to 500.00 EUR), shared by the second. */
let op: { operatorId: string; token: string; email: string };
const MEMBER_PASSWORD = "member password 4242";

before(async () => {
  w = await startJourneyWorld();
});
after(async () => {
  await w?.close();
});

async function signIn(page: Page, who: "Operator" | "Croupier staff", email: string, password: string) {
  await page.goto(`${w.h.baseUrl}/ui/`);
  await page.getByText(who, { exact: true }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

/** Opens a page through the navigation (on a phone through the burger menu). */
async function go(page: Page, label: string): Promise<void> {
  const burger = page.getByRole("button", { name: "Menu" });
  const phone = await burger.isVisible();
  if (phone) await burger.click();
  await page.getByRole("link", { name: label }).click();
  if (phone)
    await page.waitForFunction(
      () => (document.querySelector(".mantine-AppShell-navbar")?.getBoundingClientRect().right ?? 0) <= 1,
    );
}

/**
 * The page as it is now, at 1280 px and at 390 px: no serious or critical axe violation, nothing
 * sticking out sideways on the phone; a screenshot of each width. Ends at 1280 px.
 */
async function checkPage(page: Page, name: string, ready: () => Promise<unknown>): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await ready();
    assert.deepEqual(await seriousViolations(page), [], `${name} at ${width} px`);
    if (width === 390)
      assert.equal(await overflowsSideways(page), false, `${name} scrolls sideways at 390 px`);
    await page.screenshot({ path: join(SHOTS, `billing-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("money pages: top-up → balance → reports with CSV → reconciliation → webhook", async () => {
  op = await w.h.approvedOperator();
  // Three closed sandbox rounds of two games, as the round engine leaves them, then projected
  // into the report tables as the billing worker does.
  const now = Date.now();
  const rounds = [
    { game: "fruit-fiesta", bet: 1000, win: 250 },
    { game: "fruit-fiesta", bet: 500, win: 0 },
    { game: "lucky-dice", bet: 2000, win: 3000 },
  ];
  for (const [i, r] of rounds.entries())
    await insertClosedRound(w.h.db.db, {
      roundId: `${op.operatorId}_r${i}`,
      operatorId: op.operatorId,
      environment: "sandbox",
      gameId: r.game,
      closedAtMs: now - 10_000 + i,
      calls: [
        { action: "debit", amountMinor: r.bet },
        { action: "credit", amountMinor: r.win },
      ],
    });
  await projectAll(w.h.platform.deps, { lagMs: 0 });

  // 1. Admin: a fee rate, a top-up, a self-check.
  const admin = await w.newPage();
  await signIn(admin, "Croupier staff", ADMIN_EMAIL, ADMIN_PASSWORD);
  await go(admin, "Fee & exchange rates");
  await admin.getByLabel("Provider id").fill("croupier-studio");
  await admin.getByLabel("Share of GGR (%)").fill("12.5");
  await admin.getByRole("button", { name: "Add fee rate" }).click();
  await admin.getByTestId("fee-rates").getByText("12.5 %").waitFor();
  await checkPage(admin, "admin-rates", () => admin.getByTestId("fee-rates").waitFor());

  await go(admin, "Operator billing");
  await admin.getByRole("combobox", { name: "Operator", exact: true }).click();
  await admin.getByRole("option", { name: new RegExp(op.operatorId) }).click();
  await admin.getByTestId("credit-balance").waitFor();
  await admin.getByLabel("Amount").fill("500.00");
  await admin.getByLabel("Payment reference").fill("SEPA INV-1042");
  await admin.getByLabel("Note").fill("December prepayment");
  await admin.getByRole("button", { name: "Record top-up" }).click();
  assert.match(
    await admin.getByTestId("credit-recorded").innerText(),
    /500\.00 EUR recorded; balance 500\.00 EUR/,
  );
  await admin.getByTestId("credit-entry").filter({ hasText: "SEPA INV-1042" }).waitFor();
  // The billing currency is fixed once the account has an entry: the server refuses, the UI says why.
  await admin.getByLabel("Billing currency").fill("USD");
  await admin.getByRole("button", { name: "Save settings" }).click();
  assert.match(
    await admin.getByRole("alert").innerText(),
    /already has 1 entries in EUR; its currency stays/,
  );
  assert.match(await admin.getByTestId("credit-balance").innerText(), /500\.00 EUR/);
  await admin.getByLabel("Billing currency").fill("EUR");
  await checkPage(admin, "admin-operator-billing", () => admin.getByTestId("credit-entry").first().waitFor());

  await go(admin, "Billing self-check");
  await admin.getByRole("button", { name: "Run self-check now" }).click();
  await admin.getByTestId("self-check").first().waitFor();
  await checkPage(admin, "admin-self-check", () => admin.getByTestId("self-check").first().waitFor());

  // 2. The operator's owner: balance and the entry.
  const owner = await w.newPage();
  await signIn(owner, "Operator", op.email, USER_PASSWORD);
  await go(owner, "Billing");
  assert.match(await owner.getByTestId("credit-balance").innerText(), /500\.00 EUR/);
  assert.equal((await owner.getByTestId("credit-state").innerText()).toLowerCase(), "ok");
  await owner
    .getByTestId("credit-entry")
    .filter({ hasText: "SEPA INV-1042 — December prepayment" })
    .waitFor();
  await owner.getByTestId("statement").waitFor();
  assert.match(await owner.getByTestId("statement").innerText(), /Top-ups \(1\)\s+500\.00 EUR/);
  const [statementFile] = await Promise.all([
    owner.waitForEvent("download"),
    owner.getByRole("button", { name: "Download statement CSV" }).click(),
  ]);
  const statementCsv = await readFile((await statementFile.path())!, "utf8");
  assert.match(statementCsv, /50000/, statementCsv);
  await checkPage(owner, "billing", () => owner.getByTestId("statement").waitFor());

  // 3. Reports of the sandbox rounds, and their CSV.
  await go(owner, "Reports");
  const totals = owner.getByTestId("report-totals");
  await totals.waitFor();
  // Bets 35.00, wins 32.50, GGR 2.50 in EUR over three rounds.
  assert.match(await totals.innerText(), /EUR\s+3\s+35\.00\s+32\.50\s+2\.50/);
  await owner.getByTestId("ggr-chart").locator(".recharts-bar-rectangle").first().waitFor();
  await checkPage(owner, "reports", () => owner.getByTestId("ggr-chart").waitFor());
  const [download] = await Promise.all([
    owner.waitForEvent("download"),
    owner.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  const csv = await readFile((await download.path())!, "utf8");
  const [header, ...lines] = csv.trim().split("\n");
  assert.match(header!, /gameId|game_id/);
  assert.ok(
    lines.some((line) => line.includes("lucky-dice")),
    csv,
  );
  assert.ok(
    lines.some((line) => line.includes("fruit-fiesta")),
    csv,
  );

  // 4. Reconciliation: the wallet's ledger with one amount booked wrong.
  const calls = await w.h.db.db
    .selectFrom("wallet_calls")
    .selectAll()
    .where("operator_id", "=", op.operatorId)
    .orderBy("created_at_ms")
    .execute();
  const ledger = [
    "call_id,action,amount,currency,rb,status,time",
    ...calls.map((c, i) =>
      [
        c.call_id,
        c.action,
        i === 0 ? (c.amount_minor ?? 0) + 1 : c.amount_minor,
        c.currency,
        c.rb,
        "ok",
        new Date(c.created_at_ms).toISOString(),
      ].join(","),
    ),
  ].join("\n");
  await go(owner, "Reconciliation");
  // A file with the wrong columns is refused whole, with the reason.
  await owner.locator('input[type="file"]').setInputFiles({
    name: "wrong.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("call_id,action,amount\nx,debit,1\n"),
  });
  await owner.getByRole("button", { name: "Upload and reconcile" }).click();
  assert.match(await owner.getByRole("alert").innerText(), /LEDGER_UPLOAD_REFUSED[\s\S]*columns/);
  await owner.locator('input[type="file"]').setInputFiles({
    name: "ledger.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${ledger}\n`),
  });
  await owner.getByRole("button", { name: "Upload and reconcile" }).click();
  const result = owner.getByTestId("reconciliation-result");
  await result.getByTestId("difference").first().waitFor();
  const badge = async (id: string) => (await result.getByTestId(id).innerText()).toLowerCase();
  assert.equal(await badge("reconciliation-matched"), `${calls.length - 1} matched`);
  assert.equal(await badge("reconciliation-differences"), "1 difference");
  assert.match(
    (await result.getByTestId("difference").innerText()).toLowerCase(),
    new RegExp(`amount mismatch[\\s\\S]*${calls[0]!.call_id}`),
  );
  await owner.getByTestId("reconciliation").first().waitFor();
  await checkPage(owner, "reconciliation", () => result.waitFor());

  // 5. Notifications: the webhook's signing secret is shown once.
  await go(owner, "Notifications");
  await owner.getByTestId("webhook-status").filter({ hasText: "No webhook is set" }).waitFor();
  await owner.getByLabel("Webhook URL").fill("http://127.0.0.1:9/croupier-events");
  await owner.getByRole("button", { name: "Save webhook" }).click();
  assert.ok((await owner.getByTestId("webhook-secret").innerText()).length >= 16);
  // The page reads back what is configured (never the secret again).
  await owner.getByTestId("webhook-url").filter({ hasText: "http://127.0.0.1:9/croupier-events" }).waitFor();
  await checkPage(owner, "notifications", () => owner.getByTestId("webhook-secret").waitFor());
});

/** Invites a member with `role` through the API and accepts the invitation from the mail outbox. */
async function member(role: "finance" | "viewer"): Promise<string> {
  const email = `${role}-${Date.now()}@money.test`;
  const invited = await w.h.request("POST", "/backoffice/team/invites", {
    token: op.token,
    body: { email, role },
  });
  assert.equal(invited.status, 201, invited.text);
  const mails = await w.h.request("GET", "/admin/account-mails", { token: w.h.adminToken });
  const mail = mails.json.items.find((m: { to: string }) => m.to === email);
  const token = /#token=(\S+)/.exec(mail.body)?.[1];
  const accepted = await w.h.request("POST", "/backoffice/invites/accept", {
    body: { token, password: MEMBER_PASSWORD },
  });
  assert.equal(accepted.status, 201, accepted.text);
  return email;
}

test("roles: a viewer sees no money actions; finance sets the low-credit threshold and sees the state change", async () => {
  assert.ok(op !== undefined, "runs after the first test");
  const viewer = await w.newPage();
  await signIn(viewer, "Operator", await member("viewer"), MEMBER_PASSWORD);
  await viewer.getByRole("link", { name: "Billing" }).waitFor();
  assert.equal(await viewer.getByRole("link", { name: "Reconciliation" }).count(), 0);
  await go(viewer, "Billing");
  await viewer.getByTestId("credit-entry").first().waitFor();
  assert.equal(await viewer.getByRole("button", { name: "Save threshold" }).count(), 0);
  assert.equal(await viewer.getByRole("button", { name: "Download statement CSV" }).count(), 0);
  await go(viewer, "Notifications");
  await viewer.getByRole("heading", { name: "Events" }).waitFor();
  assert.equal(await viewer.getByLabel("Webhook URL").count(), 0);
  // A viewer cannot change the webhook but sees where events go.
  assert.equal(await viewer.getByTestId("webhook-url").innerText(), "http://127.0.0.1:9/croupier-events");

  const finance = await w.newPage();
  await signIn(finance, "Operator", await member("finance"), MEMBER_PASSWORD);
  await finance.getByRole("link", { name: "Reconciliation" }).waitFor();
  await go(finance, "Billing");
  assert.equal((await finance.getByTestId("credit-state").innerText()).toLowerCase(), "ok");
  await finance.getByLabel("Low-credit threshold (EUR)").fill("600.00");
  await finance.getByRole("button", { name: "Save threshold" }).click();
  await finance.getByTestId("credit-state").filter({ hasText: /low/i }).waitFor();
  assert.match(await finance.getByTestId("credit-balance").innerText(), /threshold: 600\.00 EUR/);
  await checkPage(finance, "billing-low", () => finance.getByTestId("credit-balance").waitFor());
  await go(finance, "Notifications");
  await finance.getByRole("heading", { name: "Events" }).waitFor();
  assert.equal(await finance.getByLabel("Webhook URL").count(), 0);
});
