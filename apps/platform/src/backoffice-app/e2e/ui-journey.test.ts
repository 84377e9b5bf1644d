// The backoffice journey in a real browser, against the reference wallet: an operator registers,
// an admin approves, the owner invites a developer (and a viewer, who sees no secrets), the
// developer joins, turns on TOTP and signs in with a code, reads the salt, sets the callback URL,
// sends a test call, runs the conformance kit, creates a credential, plays a round as a test player
// from the backoffice (the game in a new tab, on a phone); support finds that round in the explorer by the id the game showed, with its callbacks and replay, and exports
// the rounds as CSV. Every step is screenshotted into artifacts/ui-journey/; the main pages are
// checked with axe-core and at 390 px and 1280 px.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { ADMIN_EMAIL, ADMIN_PASSWORD, USER_PASSWORD } from "../../test/platform-harness.ts";
import { TITLES } from "../../builtin-studio/test/studio-fixture.ts";
import { Secret, TOTP } from "otpauth";
import {
  overflowsSideways,
  seriousViolations,
  SHOTS,
  startJourneyWorld,
  type JourneyWorld,
} from "./journey-world.ts";

const OWNER = "owner@journey-casino.test";
const DEVELOPER = "dev@journey-casino.test";
const VIEWER = "viewer@journey-casino.test";
const MEMBER_PASSWORD = "developer password 42";
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

async function signIn(
  page: Page,
  who: "Operator" | "Croupier staff",
  email: string,
  password: string,
  totpCode?: () => string,
) {
  await page.goto(`${w.h.baseUrl}/ui/`);
  await page.getByText(who, { exact: true }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (totpCode !== undefined) {
    await page.getByLabel("Authenticator code").fill(totpCode());
    await shot(page, "sign-in-totp");
    await page.getByRole("button", { name: "Sign in" }).click();
  }
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

/** The owner invites `email`; the admin reads the link in the mail outbox; the member joins. */
async function inviteAndJoin(owner: Page, admin: Page, email: string, role: string): Promise<Page> {
  await go(owner, "Team");
  await owner.getByLabel("Email").fill(email);
  await owner.getByRole("combobox", { name: "Role", exact: true }).click();
  await owner.getByRole("option", { name: new RegExp(`^${role}`, "i") }).click();
  await owner.getByRole("button", { name: "Invite" }).click();
  await owner
    .getByRole("status")
    .filter({ hasText: `Invitation sent to ${email}` })
    .waitFor();
  await go(admin, "Audit log"); // away and back: the mail list loads afresh
  await go(admin, "Account mail");
  const mail = admin.getByTestId("account-mail").filter({ hasText: email });
  const link = /(http\S+#token=\S+)/.exec(await mail.innerText())?.[1];
  assert.ok(link !== undefined, "the invitation link is in the mail");
  const member = await w.newPage();
  await member.goto(link);
  await member.getByLabel("Choose a password").fill(MEMBER_PASSWORD);
  await member.getByRole("button", { name: "Create my account" }).click();
  await member.getByTestId("invite-accepted").waitFor();
  return member;
}

before(async () => {
  w = await startJourneyWorld();
});
after(async () => {
  await w?.close();
});

// The whole journey in one browser walk (a dozen pages, a conformance run, a game in a new tab):
// longer than the suite's default 120 s on a busy 2-core machine.
test(
  "operator journey: register → approval → integration → a played round found by the game's id",
  { timeout: 300_000 },
  async () => {
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

    // 3. The owner invites a developer (the link read from the mail outbox by an admin, as in
    //    development); the developer joins, turns on TOTP and signs in again with a code.
    await signIn(operator, "Operator", OWNER, USER_PASSWORD);
    await go(operator, "Team");
    await shot(operator, "team");
    const owner = operator;
    const developer = await inviteAndJoin(owner, admin, DEVELOPER, "developer");
    await shot(developer, "invite-accepted");
    await signIn(developer, "Operator", DEVELOPER, MEMBER_PASSWORD);
    await go(developer, "Your account");
    await developer.getByRole("button", { name: "Set up" }).click();
    const totp = new TOTP({
      secret: Secret.fromBase32(await developer.getByTestId("totp-secret").innerText()),
    });
    await developer.getByLabel("Code from the app").fill(totp.generate());
    await developer.getByRole("button", { name: "Turn on" }).click();
    await developer.getByTestId("recovery-codes").waitFor();
    await shot(developer, "totp-enabled");
    // The enabling code is used up: the next step's code (accepted one step early) signs in.
    await signIn(developer, "Operator", DEVELOPER, MEMBER_PASSWORD, () =>
      totp.generate({ timestamp: Date.now() + 30_000 }),
    );
    assert.equal(await developer.getByTestId("signed-in-as").innerText(), DEVELOPER);
    const teamNav = await developer.getByRole("link", { name: "Team" }).isVisible();
    assert.ok(teamNav);
    await go(developer, "Team");
    await developer.getByText("Only owners change the team.").waitFor();

    // A viewer sees no secrets in the navigation, and the server refuses them anyway.
    const viewer = await inviteAndJoin(owner, admin, VIEWER, "viewer");
    await signIn(viewer, "Operator", VIEWER, MEMBER_PASSWORD);
    for (const hidden of ["Salt keys", "API credentials", "Callback URL"])
      assert.equal(await viewer.getByRole("link", { name: hidden }).count(), 0, `a viewer has no ${hidden}`);
    await shot(viewer, "viewer-navigation");
    await viewer.close();

    // 4. The developer reads the salt and installs it in the wallet (the reference wallet).
    const dev = developer;
    await go(dev, "Salt keys");
    await dev.getByRole("button", { name: "Reveal salt" }).click();
    const salt = await dev.getByTestId("salt-active").innerText();
    assert.ok(salt.length >= 32, salt);
    await shot(dev, "salt-keys");
    const walletUrl = await w.startWallet(salt);
    for (const playerId of [PLAYER, ...CONFORMANCE_PLAYERS]) {
      const created = await w
        .wallet()
        .createPlayer({ playerId, currency: "EUR", balanceMinor: 100_000, blocked: false });
      assert.ok(created.ok);
    }

    // 4. The callback URL, and a test call.
    await go(dev, "Callback URL");
    await dev.getByLabel("Callback URL").fill(walletUrl);
    await dev.getByRole("button", { name: "Save" }).click();
    await dev.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await dev.getByLabel("Player id").fill(PLAYER);
    await dev.getByRole("button", { name: "Send test call" }).click();
    const report = dev.getByTestId("test-call-report");
    await report.waitFor();
    assert.match(await report.innerText(), /^ok/i);
    assert.match(await report.innerText(), /HTTP 200/);
    await shot(dev, "test-call");

    // 5. The conformance kit, checks appearing as they finish.
    await go(dev, "Conformance");
    await dev.getByLabel("Test players").fill(CONFORMANCE_PLAYERS.join(", "));
    await dev.getByRole("button", { name: "Run the kit" }).click();
    const status = dev.getByTestId("conformance-status");
    await status.waitFor();
    await dev.waitForFunction(
      () =>
        !/running/i.test(
          document.querySelector("[data-testid=conformance-status]")?.textContent ?? "running",
        ),
      undefined,
      { timeout: 120_000 },
    );
    await shot(dev, "conformance");
    assert.match((await status.innerText()).toLowerCase(), /passed/);

    // 6. A credential for the operator's game server (the secret shown once).
    await go(dev, "API credentials");
    await dev.getByLabel("Name").fill("journey game server");
    await dev.getByRole("button", { name: "Create credential" }).click();
    const secret = await dev.getByTestId("new-credential-secret").innerText();
    assert.match(secret, /^crp_sandbox_/);
    await shot(dev, "credential-created");

    // 7. The developer plays roulette as a test player from the backoffice (sandbox, against the
    //    wallet behind the callback URL); the game opens in a new tab, here on a phone, and shows
    //    the round's id.
    await go(dev, "Play a game");
    await dev.getByLabel("Test player id").fill(PLAYER);
    await dev.getByLabel("Find a game").fill(TITLES.roulette);
    await shot(dev, "play-a-game");
    const [game] = await Promise.all([
      dev.context().waitForEvent("page"),
      dev.getByRole("button", { name: `Play ${TITLES.roulette}`, exact: true }).click(),
    ]);
    await dev.getByRole("status").filter({ hasText: "The game opened in a new tab." }).waitFor();
    await game.setViewportSize({ width: 390, height: 900 });
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
    await go(dev, "Rounds explorer");
    await dev.getByLabel("Round id").fill(shownId);
    await dev.getByRole("button", { name: "Search" }).click();
    const detail = dev.getByTestId("round-detail");
    await detail.getByTestId("round-replay").waitFor();
    const callbacks = await dev.getByTestId("round-callbacks").innerText();
    assert.match(callbacks, /debit/i);
    assert.match(callbacks, /credit/i);
    assert.match(await dev.getByTestId("round-totals").innerText(), /Bets 1\.00 EUR/);
    await dev.getByRole("button", { name: /debit/ }).first().click();
    await shot(dev, "explorer-round");
    await detail.getByTestId("round-replay").scrollIntoViewIfNeeded();
    await detail.getByTestId("round-replay").screenshot({ path: join(SHOTS, "explorer-round-replay.png") });

    // 9. The rounds as CSV.
    await go(dev, "Rounds explorer");
    const download = dev.waitForEvent("download");
    await dev.getByRole("button", { name: "Export CSV" }).click();
    const csv = await readFile((await (await download).path())!, "utf8");
    const engineRoundId = (
      await w.h.request("GET", `/v1/rounds/${shownId}`, { headers: { authorization: `Bearer ${secret}` } })
    ).json.round_id;
    assert.match(csv, /^round_id,status,player_id/);
    assert.ok(csv.includes(`${engineRoundId},closed,${PLAYER}`), csv);
    await shot(dev, "explorer-export");

    // 10. Main pages: no serious or critical axe violations, nothing cut off at 390 px or 1280 px.
    const pages: [Page, string][] = [
      [operator, "Overview & go-live"],
      [operator, "API credentials"],
      [operator, "Salt keys"],
      [operator, "Callback URL"],
      [operator, "Conformance"],
      [operator, "Catalogue"],
      [operator, "Rounds explorer"],
      [operator, "Play a game"],
      [operator, "Notifications"],
      [operator, "Team"],
      [dev, "Your account"],
      [admin, "Applications"],
      [admin, "Operators"],
      [admin, "Manual resolution"],
      [admin, "Audit log"],
      [admin, "Studios"],
      [admin, "Catalogue imports"],
      [admin, "Account mail"],
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
  },
);
