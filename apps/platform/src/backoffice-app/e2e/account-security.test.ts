// Account security in a real browser: an admin changes the password on the Security page, sets
// up TOTP (recovery codes shown once), signs out and back in with a code; then requires a second
// factor of every operator's users, and an operator user already signed in is led, at the next
// page, to set one up before anything else (the server refuses the rest meanwhile). axe-core at 1280 px and 390 px, no
// sideways scrolling; screenshots into artifacts/ui-journey/.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { Secret, TOTP } from "otpauth";
import type { Page } from "playwright-core";
import {
  overflowsSideways,
  seriousViolations,
  SHOTS,
  startJourneyWorld,
  type JourneyWorld,
} from "./journey-world.ts";

let w: JourneyWorld;
const ADMIN = { email: "security-admin@croupier.test", password: "first admin password 1" };
const NEW_PASSWORD = "second admin password 2";

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
}

/** A code of the next time step: the server accepts one step ahead, and never a step twice. */
function nextCode(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + 30_000 });
}

/** Sets up TOTP on the page shown (Security, Your account or the enrollment page); returns the key. */
async function enrollInUi(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Set up" }).click();
  const secret = (await page.getByTestId("totp-secret").innerText()).trim();
  await page.getByLabel("Code from the app").fill(new TOTP({ secret: Secret.fromBase32(secret) }).generate());
  await page.getByRole("button", { name: "Turn on" }).click();
  await page.getByTestId("recovery-codes").waitFor();
  assert.equal(await page.getByTestId("recovery-codes").locator("li").count(), 10);
  return secret;
}

async function checkPage(page: Page, name: string, ready: () => Promise<unknown>): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await ready();
    assert.deepEqual(await seriousViolations(page), [], `${name} at ${width} px`);
    if (width === 390)
      assert.equal(await overflowsSideways(page), false, `${name} scrolls sideways at 390 px`);
    await page.screenshot({ path: join(SHOTS, `security-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("an admin changes the password, sets up TOTP and signs in with a code", async () => {
  const created = await w.h.request("POST", "/admin/admins", { token: w.h.adminToken, body: ADMIN });
  assert.equal(created.status, 201, created.text);
  const page = await w.newPage();
  await signIn(page, "Croupier staff", ADMIN.email, ADMIN.password);
  await page.getByRole("link", { name: "Security" }).click();
  await page.getByTestId("admin-email").waitFor();
  await checkPage(page, "admin", () => page.getByTestId("totp-state").waitFor());

  await page.getByRole("textbox", { name: "Current password" }).fill(ADMIN.password);
  await page.getByRole("textbox", { name: "New password" }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await page.getByText("Password changed; your other sessions were signed out.").waitFor();

  const secret = await enrollInUi(page);
  assert.equal((await page.getByTestId("totp-state").innerText()).toLowerCase(), "on");
  await page.screenshot({ path: join(SHOTS, "security-admin-totp-on.png"), fullPage: true });
  await page.getByRole("button", { name: "Sign out", exact: true }).click();

  await signIn(page, "Croupier staff", ADMIN.email, NEW_PASSWORD);
  await page.getByLabel("Authenticator code").fill(nextCode(secret));
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("link", { name: "Security" }).waitFor();
  const old = await w.h.request("POST", "/admin/login", { body: ADMIN });
  assert.equal(old.status, 401, "the old password no longer works");
  await page.context().close();
});

test("an admin requires a second factor of operators' users: an operator user is led to set it up", async () => {
  const operator = await w.h.approvedOperator();
  // Signed in before the requirement: the next page it opens is the setup.
  const user = await w.newPage();
  await signIn(user, "Operator", operator.email, "operator password 123");
  await user.getByRole("link", { name: "API credentials" }).waitFor();

  const admin = await w.newPage();
  await signIn(admin, "Croupier staff", "root@croupier.test", "correct horse battery staple");
  await admin.getByRole("link", { name: "Security" }).click();
  await admin.getByRole("switch", { name: "Every operator's users" }).click();
  await admin.getByRole("switch", { name: "Every operator's users", checked: true }).waitFor();
  await admin.screenshot({ path: join(SHOTS, "security-admin-require.png"), fullPage: true });

  await user.getByRole("link", { name: "API credentials" }).click();
  await user.getByText("An admin requires a second factor for your account.").waitFor();
  assert.equal(await user.getByRole("link", { name: "API credentials" }).count(), 0, "no other page offered");
  await checkPage(user, "operator-enroll", () => user.getByRole("button", { name: "Set up" }).waitFor());
  // Meanwhile the server refuses the rest to this user, whatever the client does.
  const token = await w.h.login(operator.email);
  const refused = await w.h.request("GET", "/backoffice/credentials", { token });
  assert.equal(refused.json.code, "SECOND_FACTOR_ENROLLMENT_REQUIRED");

  await enrollInUi(user);
  await user.getByRole("button", { name: "I stored my recovery codes: continue" }).click();
  await user.getByRole("link", { name: "API credentials" }).waitFor();
  assert.equal((await w.h.request("GET", "/backoffice/credentials", { token })).status, 200);

  // Another operator's user signing in now goes straight to the setup.
  const other = await w.h.approvedOperator();
  const fresh = await w.newPage();
  await signIn(fresh, "Operator", other.email, "operator password 123");
  await fresh.getByText("An admin requires a second factor for your account.").waitFor();
  await fresh.context().close();

  await admin.getByRole("switch", { name: "Every operator's users" }).click();
  await admin.getByRole("switch", { name: "Every operator's users", checked: false }).waitFor();
  const audit = await w.h.request("GET", "/admin/audit-log?action=security.totp_require", {
    token: w.h.adminToken,
  });
  assert.equal(audit.json.items.length, 1);
  await admin.context().close();
  await user.context().close();
});
