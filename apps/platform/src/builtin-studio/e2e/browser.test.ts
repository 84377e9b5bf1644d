// A real browser (Debian's Chromium, driven by playwright-core) plays the built-in studio's
// clients: launch through /v1, open the launch URL, play slots, roulette, blackjack and keno,
// and check that the reference wallet moved by exactly the bets and wins shown on screen.
// Screenshots of every client go to $SCREENSHOT_DIR (default: <tmp>/croupier-game-client-screenshots).
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { builtInFigures } from "../../catalogue/feed/built-in-figures.ts";
import { formatRtp } from "../../catalogue/vocabulary.ts";
import { startStudio, TITLES, type StudioFixture } from "../test/studio-fixture.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = process.env.SCREENSHOT_DIR ?? join(tmpdir(), "croupier-game-client-screenshots");

/** "1,234.56 EUR" → 123456 (the session plays EUR: two decimals). */
function minorOf(text: string): number {
  const match = /^(-?[\d,]+)\.(\d{2}) EUR$/.exec(text.trim());
  assert.ok(match, `not an EUR amount: ${JSON.stringify(text)}`);
  return Number(`${match[1]?.replace(/,/g, "")}${match[2]}`);
}

async function shownBalance(page: Page): Promise<number> {
  return minorOf(await page.getByTestId("balance").innerText());
}

/** Waits until the history lists `rows` rounds (the round is settled and shown). */
async function historyRows(page: Page, rows: number): Promise<void> {
  await page
    .locator(".history tbody tr")
    .nth(rows - 1)
    .waitFor();
  assert.equal(await page.locator(".history tbody tr").count(), rows);
}

/**
 * Clicks a control that sends a request (POST to a path matching `path`) and waits until the
 * answer is on screen: the response has arrived and no control is disabled (busy) any more.
 */
async function clickAndSettle(page: Page, button: Locator, path: RegExp): Promise<void> {
  const answered = page.waitForResponse(
    (response) => response.request().method() === "POST" && path.test(new URL(response.url()).pathname),
  );
  await button.click();
  await answered;
  await page.locator(".controls [disabled]").first().waitFor({ state: "detached" });
}

/** The bet and win of the last round, as the result line shows them. */
async function shownResult(page: Page): Promise<{ bet: number; win: number }> {
  const result = page.getByTestId("result");
  return {
    bet: minorOf(await result.locator(".result-bet").innerText()),
    win: minorOf(await result.locator(".result-win").innerText()),
  };
}

describe("game clients in a real browser", () => {
  let f: StudioFixture;
  let browser: Browser;
  const consoleErrors: string[] = [];

  before(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}: the browser test needs it (apt-get install -y chromium, or set CHROMIUM_PATH).`,
      );
    }
    mkdirSync(SHOTS, { recursive: true });
    f = await startStudio("sqlite");
    browser = await chromium.launch({
      headless: true,
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  });
  after(async () => {
    await browser?.close();
    await f?.close();
  });

  /** Launches `gameId` through /v1 like an operator and opens the launch URL in a new page. */
  async function open(gameId: string, player: string, width = 1100): Promise<Page> {
    const launched = await f.launch({ game_id: gameId, player_id: player });
    assert.equal(launched.status, 201, launched.text);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(`${gameId}: ${message.text()}`);
    });
    page.on("pageerror", (error) => consoleErrors.push(`${gameId}: ${error.message}`));
    await page.goto(launched.json.launch_url as string);
    await page.getByTestId("balance").waitFor();
    assert.match(page.url(), /\/play\/sst_/);
    return page;
  }

  test("line slot: spins shown on screen move the wallet by exactly bets − wins; replay", async () => {
    const player = "browser-slot";
    await f.player(player, 10_000);
    const page = await open(TITLES.line, player);
    assert.equal(await shownBalance(page), 10_000);
    await page.getByLabel("Stake").selectOption({ label: "1.00 EUR" });
    let bets = 0;
    let wins = 0;
    for (let i = 1; i <= 5; i++) {
      await page.getByRole("button", { name: "Spin" }).click();
      await historyRows(page, i);
      const { bet, win } = await shownResult(page);
      bets += bet;
      wins += win;
    }
    assert.equal(bets, 500);
    const wallet = await f.walletBalance(player);
    assert.equal(wallet, 10_000 - bets + wins, "the wallet moved by exactly the bets and wins shown");
    assert.equal(await shownBalance(page), wallet, "the balance shown is the wallet's");
    await page.screenshot({ path: join(SHOTS, "line-slot.png"), fullPage: true });

    await page
      .locator(".history tbody tr")
      .last()
      .getByRole("button", { name: /Replay/ })
      .click();
    await page.getByRole("heading", { name: /Replay/ }).waitFor();
    assert.match(await page.locator(".replay").innerText(), /Verified/);
    assert.match(await page.locator(".replay .movements").innerText(), /Stake debited/);
    await page.locator(".replay").screenshot({ path: join(SHOTS, "line-slot-replay.png") });
    await page.close();
  });

  test("roulette: chips on red and 17, spins, wallet equals the screen", async () => {
    const player = "browser-roulette";
    await f.player(player, 10_000);
    const page = await open(TITLES.roulette, player);
    await page.getByLabel("Chip").selectOption({ label: "1.00 EUR" });
    await page.getByRole("button", { name: /on Red/ }).click();
    await page.getByRole("button", { name: /on Straight 17\b/ }).click();
    assert.equal(minorOf(await page.locator(".total-bet").innerText()), 200);
    let bets = 0;
    let wins = 0;
    for (let i = 1; i <= 3; i++) {
      await page.getByRole("button", { name: "Spin the wheel" }).click();
      await historyRows(page, i);
      const { bet, win } = await shownResult(page);
      const number = Number(await page.getByTestId("winning-number").innerText());
      assert.ok(number >= 0 && number <= 36);
      bets += bet;
      wins += win;
    }
    assert.equal(bets, 600);
    const wallet = await f.walletBalance(player);
    assert.equal(wallet, 10_000 - bets + wins);
    assert.equal(await shownBalance(page), wallet);
    await page.screenshot({ path: join(SHOTS, "roulette.png"), fullPage: true });
    await page.close();
  });

  test("blackjack: deal, decide, settle; wallet equals the screen", async () => {
    const player = "browser-blackjack";
    await f.player(player, 10_000);
    const page = await open(TITLES.blackjack, player);
    await page.getByLabel("Stake").selectOption({ label: "2.00 EUR" });
    let bets = 0;
    let wins = 0;
    let shotInPlay = false;
    for (let i = 1; i <= 3; i++) {
      // Each click waits for its answer to be on screen: the previous hand's result stays visible
      // while a deal is in flight, so looking for "settled" earlier would find the old one.
      await clickAndSettle(page, page.getByRole("button", { name: "Deal" }), /\/studio\/api\/rounds$/);
      // Stand on every decision (a natural settles at once).
      for (;;) {
        const stand = page.getByRole("button", { name: "Stand" });
        if (!(await stand.isVisible())) break;
        if (!shotInPlay) {
          await page.screenshot({ path: join(SHOTS, "blackjack-in-play.png"), fullPage: true });
          shotInPlay = true;
        }
        await clickAndSettle(page, stand, /\/actions$/);
      }
      await historyRows(page, i);
      const { bet, win } = await shownResult(page);
      bets += bet;
      wins += win;
    }
    const wallet = await f.walletBalance(player);
    assert.equal(wallet, 10_000 - bets + wins);
    assert.equal(await shownBalance(page), wallet);
    await page.screenshot({ path: join(SHOTS, "blackjack.png"), fullPage: true });
    await page.close();
  });

  test("every client shows its pay table and the RTP its engine computes (issue 12, item 22)", async () => {
    const player = "browser-info";
    await f.player(player, 10_000);
    for (const gameId of Object.values(TITLES)) {
      const page = await open(gameId, player);
      const info = page.getByTestId("game-info");
      await info.getByText("Pay table and rules").click();
      const rtp = page.getByTestId("rtp");
      await rtp.waitFor({ state: "visible" });
      const figures = builtInFigures(gameId);
      assert.ok(figures !== undefined, gameId);
      assert.match(
        await rtp.innerText(),
        new RegExp(`Return to player: ${formatRtp(figures.rtpBp).replace(".", "\\.")} %`),
      );
      const table = page.getByTestId("pay-table");
      assert.ok(await table.isVisible(), `${gameId}: the pay table is visible`);
      assert.ok((await table.locator("tr").count()) >= 2, `${gameId}: the pay table has rows`);
      if (gameId === TITLES.line)
        await page.screenshot({ path: join(SHOTS, "pay-table.png"), fullPage: true });
      await page.close();
    }
  });

  test("keno and ways slot: a round each; a narrow screen; insufficient funds shown plainly", async () => {
    const player = "browser-keno";
    await f.player(player, 10_000);
    const keno = await open(TITLES.keno, player);
    for (const n of [7, 19, 33, 48, 80])
      await keno.getByRole("button", { name: new RegExp(`^${n}\\b`) }).click();
    await keno.getByRole("button", { name: "Draw", exact: true }).click();
    await historyRows(keno, 1);
    const { bet, win } = await shownResult(keno);
    assert.equal(await f.walletBalance(player), 10_000 - bet + win);
    await keno.screenshot({ path: join(SHOTS, "keno.png"), fullPage: true });
    await keno.close();

    const waysPlayer = "browser-ways";
    await f.player(waysPlayer, 10_000);
    const ways = await open(TITLES.ways, waysPlayer, 390);
    await ways.getByRole("button", { name: "Spin" }).click();
    await historyRows(ways, 1);
    const spun = await shownResult(ways);
    assert.equal(await f.walletBalance(waysPlayer), 10_000 - spun.bet + spun.win);
    await ways.screenshot({ path: join(SHOTS, "ways-slot-mobile.png"), fullPage: true });
    await ways.close();

    const poor = "browser-poor";
    await f.player(poor, 30);
    const page = await open(TITLES.line, poor);
    await page.getByLabel("Stake").selectOption({ label: "1.00 EUR" });
    await page.getByRole("button", { name: "Spin" }).click();
    const alert = page.getByTestId("error");
    await alert.waitFor();
    assert.match(await alert.innerText(), /Insufficient funds/);
    assert.equal(await shownBalance(page), 30);
    assert.equal(await f.walletBalance(poor), 30);
    await page.screenshot({ path: join(SHOTS, "insufficient-funds.png"), fullPage: true });
    await page.close();
    assert.deepEqual(
      consoleErrors.filter((e) => !/402|Payment Required/.test(e)),
      [],
      "no script or CSP errors",
    );
  });
});
