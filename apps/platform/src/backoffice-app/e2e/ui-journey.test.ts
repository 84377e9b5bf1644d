// The backoffice journey in a real browser, against the reference wallet: an operator registers,
// an admin approves, the operator reads the salt, sets the callback URL, sends a test call, runs
// the conformance kit, creates a credential; a test player plays a round; support finds that
// round in the explorer by the id the game showed, with its callbacks and replay, and exports
// the rounds as CSV. Every step is screenshotted into artifacts/ui-journey/; the main pages are
// checked with axe-core and at 390 px and 1280 px.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { ADMIN_EMAIL, ADMIN_PASSWORD, USER_PASSWORD } from "../../test/platform-harness.ts";
import { TITLES } from "../../builtin-studio/test/studio-fixture.ts";
import {
  overflowsSideways,
  seriousViolations,
  SHOTS,
  startJourneyWorld,
  type JourneyWorld,
} from "./journey-world.ts";

const OWNER = "owner@journey-casino.test";
const PLAYER = "journey-player";
const CONFORMANCE_PLAYERS = ["conf-player-1", "conf-player-2"];

let w: JourneyWorld;
let step = 0;

async function shot(page: Page, name: string): Promise<void> {
  step += 1;
  await page.screenshot({
    path: join(SHOTS, `${String(step).padStart(2, "0")}-${name}.png`),
    fullPage: true,
  });
}

/** Opens a page of the app through its navigation (the session lives in the page's memory). */
async function go(page: Page, label: string): Promise<void> {
  const burger = page.getByRole("button", { name: "Menu" });
  const phone = await burger.isVisible();
  if (phone) await burger.click();
  await page.getByRole("link", { name: label }).click();
  // On a phone the menu slides away after the choice: wait until it is off screen.
  if (phone)
    await page.waitForFunction(
      () => (document.querySelector(".mantine-AppShell-navbar")?.getBoundingClientRect().right ?? 0) <= 1,
    );
}

async function signIn(page: Page, who: "Operator" | "Croupier staff", email: string, password: string) {
  await page.goto(`${w.h.baseUrl}/ui/`);
  await page.getByText(who, { exact: true }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

before(async () => {
  w = await startJourneyWorld();
});
after(async () => {
  await w?.close();
});

test("operator journey: register → approval → integration → a played round found by the game's id", async () => {
  // 1. The operator applies.
  const operator = await w.newPage();
  await operator.goto(`${w.h.baseUrl}/ui/register`);
  await operator.getByLabel("Company name").fill("Journey Casino Ltd");
  await operator.getByLabel("Website").fill("https://journey-casino.example");
  await operator.getByLabel("Contact name").fill("Grace Hopper");
  await operator.getByLabel("Contact email").fill("grace@journey-casino.test");
  await operator.getByLabel("Licence jurisdictions").fill("MT");
  await operator.getByLabel("Currencies").fill("EUR");
  await operator.getByLabel("Your platform").fill("Online casino with an in-house wallet.");
  await operator.getByLabel("Your email").fill(OWNER);
  await operator.getByRole("textbox", { name: "Password" }).fill(USER_PASSWORD);
  await shot(operator, "register");
  await operator.getByRole("button", { name: "Submit application" }).click();
  await operator.getByTestId("registration-done").waitFor();
  await signIn(operator, "Operator", OWNER, USER_PASSWORD);
  assert.match((await operator.getByTestId("operator-status").innerText()).toLowerCase(), /pending/);
  await shot(operator, "application-pending");

  // 2. An admin approves it.
  const admin = await w.newPage();
  await signIn(admin, "Croupier staff", ADMIN_EMAIL, ADMIN_PASSWORD);
  const card = admin.getByTestId("application").filter({ hasText: "Journey Casino Ltd" });
  await shot(admin, "admin-applications");
  await card.getByRole("button", { name: "Approve" }).click();
  await card.waitFor({ state: "detached" });

  // 3. The operator reads the salt and installs it in its wallet (the reference wallet).
  await go(operator, "Salt keys");
  await operator.getByRole("button", { name: "Reveal salt" }).click();
  const salt = await operator.getByTestId("salt-active").innerText();
  assert.ok(salt.length >= 32, salt);
  await shot(operator, "salt-keys");
  const walletUrl = await w.startWallet(salt);
  for (const playerId of [PLAYER, ...CONFORMANCE_PLAYERS]) {
    const created = await w
      .wallet()
      .createPlayer({ playerId, currency: "EUR", balanceMinor: 100_000, blocked: false });
    assert.ok(created.ok);
  }

  // 4. The callback URL, and a test call.
  await go(operator, "Callback URL");
  await operator.getByLabel("Callback URL").fill(walletUrl);
  await operator.getByRole("button", { name: "Save" }).click();
  await operator.getByRole("status").filter({ hasText: "Saved." }).waitFor();
  await operator.getByLabel("Player id").fill(PLAYER);
  await operator.getByRole("button", { name: "Send test call" }).click();
  const report = operator.getByTestId("test-call-report");
  await report.waitFor();
  assert.match(await report.innerText(), /^ok/i);
  assert.match(await report.innerText(), /HTTP 200/);
  await shot(operator, "test-call");

  // 5. The conformance kit, checks appearing as they finish.
  await go(operator, "Conformance");
  await operator.getByLabel("Test players").fill(CONFORMANCE_PLAYERS.join(", "));
  await operator.getByRole("button", { name: "Run the kit" }).click();
  const status = operator.getByTestId("conformance-status");
  await status.waitFor();
  await operator.waitForFunction(
    () =>
      !/running/i.test(document.querySelector("[data-testid=conformance-status]")?.textContent ?? "running"),
    undefined,
    { timeout: 120_000 },
  );
  await shot(operator, "conformance");
  assert.match((await status.innerText()).toLowerCase(), /passed/);

  // 6. A credential for the operator's game server (the secret shown once).
  await go(operator, "API credentials");
  await operator.getByLabel("Name").fill("journey game server");
  await operator.getByRole("button", { name: "Create credential" }).click();
  const secret = await operator.getByTestId("new-credential-secret").innerText();
  assert.match(secret, /^crp_sandbox_/);
  await shot(operator, "credential-created");

  // 7. A test player plays a round of roulette on a phone; the game shows the round's id.
  const launched = await w.h.request("POST", "/v1/sessions", {
    headers: { authorization: `Bearer ${secret}` },
    body: {
      game_id: TITLES.roulette,
      player_id: PLAYER,
      currency: "EUR",
      language: "en",
      return_url: "https://journey-casino.example/lobby",
      cashier_url: "https://journey-casino.example/cashier",
    },
  });
  assert.equal(launched.status, 201, launched.text);
  const game = await w.newPage(390);
  await game.goto(launched.json.launch_url as string);
  await game.getByTestId("balance").waitFor();
  await game.getByLabel("Chip").selectOption({ label: "1.00 EUR" });
  await game.getByRole("button", { name: /on Red/ }).click();
  await game.getByRole("button", { name: "Spin the wheel" }).click();
  await game.locator(".history tbody tr").first().waitFor();
  assert.equal(await overflowsSideways(game), false, "the roulette table fits 390 px");
  for (const spot of [/on Straight 36\b/, /on Black/, /on Odd/, /on 19 to 36/, /on Column/]) {
    const box = await game.getByRole("button", { name: spot }).first().boundingBox();
    assert.ok(box !== null && box.x >= 0 && box.x + box.width <= 390, `${spot} is on screen at 390 px`);
  }
  await shot(game, "player-round");
  await game.locator(".history tbody tr").first().getByRole("button").first().click();
  const shownId = (await game.locator(".replay-facts code").first().innerText()).trim();
  assert.match(shownId, /^sr_/);
  await shot(game, "player-round-id");

  // 8. Support finds the round by the id the player quotes: callbacks and replay.
  await go(operator, "Rounds explorer");
  await operator.getByLabel("Round id").fill(shownId);
  await operator.getByRole("button", { name: "Search" }).click();
  const detail = operator.getByTestId("round-detail");
  await detail.getByTestId("round-replay").waitFor();
  const callbacks = await operator.getByTestId("round-callbacks").innerText();
  assert.match(callbacks, /debit/i);
  assert.match(callbacks, /credit/i);
  assert.match(await operator.getByTestId("round-totals").innerText(), /Bets 1\.00 EUR/);
  await operator.getByRole("button", { name: /debit/ }).first().click();
  await shot(operator, "explorer-round");

  // 9. The rounds as CSV.
  await go(operator, "Rounds explorer");
  const download = operator.waitForEvent("download");
  await operator.getByRole("button", { name: "Export CSV" }).click();
  const csv = await readFile((await (await download).path())!, "utf8");
  const engineRoundId = (
    await w.h.request("GET", `/v1/rounds/${shownId}`, { headers: { authorization: `Bearer ${secret}` } })
  ).json.round_id;
  assert.match(csv, /^round_id,status,player_id/);
  assert.ok(csv.includes(`${engineRoundId},closed,${PLAYER}`), csv);
  await shot(operator, "explorer-export");

  // 10. Main pages: no serious or critical axe violations, nothing cut off at 390 px or 1280 px.
  const pages: [Page, string][] = [
    [operator, "Overview & go-live"],
    [operator, "API credentials"],
    [operator, "Salt keys"],
    [operator, "Callback URL"],
    [operator, "Conformance"],
    [operator, "Catalogue"],
    [operator, "Rounds explorer"],
    [admin, "Applications"],
    [admin, "Operators"],
    [admin, "Manual resolution"],
    [admin, "Audit log"],
  ];
  for (const width of [1280, 390]) {
    for (const [page, label] of pages) {
      await page.setViewportSize({ width, height: 900 });
      await go(page, label);
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      await page.waitForLoadState("networkidle");
      const name = `${label.toLowerCase().replace(/[^a-z]+/g, "-")}-${width}`;
      await shot(page, name);
      assert.deepEqual(await seriousViolations(page), [], `${label} at ${width} px`);
      assert.equal(await overflowsSideways(page), false, `${label} fits ${width} px`);
    }
  }
});
