// Crash test: virtual players play rounds through the provider gateway while the platform
// process (`node src/server.ts`, SQLite) is killed with SIGKILL at random moments, at least 20
// times, and restarted. Afterwards the platform's ledger and the real wallet's agree to the cent:
// every win credited exactly once, every unknown debit rolled back, no round left open.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { checkLedger, waitUntilQuiet } from "./support/ledger-check.ts";
import { freePort, platformProcess, type PlatformProcess } from "./support/platform-process.ts";
import { preparePlatform, type PreparedPlatform } from "./support/prepared-platform.ts";
import { STUDIO_GAME } from "./support/provision.ts";
import { launchSession, startVirtualPlayers } from "./support/virtual-players.ts";
import { startWallet, type RunningWallet } from "./support/wallet.ts";

const KILLS = 20;
const PLAYERS = 6;
const INITIAL_MINOR = 10_000_000;
const ABANDON_AFTER_MS = 3_000;

describe("crash: kill -9 of the platform while rounds run (sqlite)", { timeout: 300_000 }, () => {
  let wallet: RunningWallet | undefined;
  let prepared: PreparedPlatform | undefined;
  let platform: PlatformProcess | undefined;
  after(async () => {
    if (platform?.running) await platform.kill();
    await wallet?.close();
    await prepared?.db.dispose();
  });

  test(
    `${KILLS} kills at random moments: nothing lost, nothing twice, wallet = ledger`,
    { timeout: 300_000 },
    async (t) => {
      wallet = await startWallet({ salts: ["placeholder-salt-0123456789"], clock: Date.now });
      prepared = await preparePlatform("sqlite", { callbackUrl: `${wallet.url}/wallet`, timeoutMs: 1_000 });
      wallet.salts.replace([prepared.operator.salt]);
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      platform = platformProcess(
        {
          ...prepared.env,
          PUBLIC_URL: url,
          ROUND_ABANDON_AFTER_MS: String(ABANDON_AFTER_MS),
          ROUND_SWEEP_INTERVAL_MS: "500",
        },
        port,
      );
      await platform.start();

      const players = Array.from({ length: PLAYERS }, (_, i) => ({
        playerId: `crash-${i}`,
        initialMinor: INITIAL_MINOR,
      }));
      const sessions = [];
      for (const p of players) {
        await wallet.player(p.playerId, p.initialMinor);
        sessions.push(await launchSession(url, prepared.operator.apiToken, p.playerId, STUDIO_GAME));
      }
      const load = startVirtualPlayers({ baseUrl: () => url, studioKey: prepared.studioKey, sessions });

      for (let kill = 0; kill < KILLS; kill++) {
        await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 1_500));
        await platform.kill();
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 200));
        await platform.start();
      }
      // The last process serves bets and wins before the load stops (its metrics are checked
      // below): a restart can take most of a second under load, so wait for both, not for a time.
      const op = prepared.operator.operatorId;
      const callbackCount = (action: string) =>
        new RegExp(
          `croupier_wallet_callback_duration_seconds_count\\{operator_id="${op}",environment="sandbox",action="${action}"\\} \\d+`,
        );
      const seenBothUntil = Date.now() + 30_000;
      while (Date.now() < seenBothUntil) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const text = await (await fetch(`${url}/metrics`)).text();
        if (callbackCount("debit").test(text) && callbackCount("credit").test(text)) break;
      }
      const rounds = await load.stop();
      const won = rounds.filter((r) => r.winStatus === 200).length;
      assert.ok(won > KILLS, `only ${won} rounds completed`);

      // Calls left leased by a killed process are taken over once their lease ends (at most the
      // claim lease of 70 s after the last kill); abandoned rounds are closed by the sweeper.
      const quietFrom = Date.now();
      await waitUntilQuiet(prepared.db, { abandonAfterMs: ABANDON_AFTER_MS + 1_000, deadlineMs: 150_000 });
      const quietAfterMs = Date.now() - quietFrom;
      const { calls, problems } = await checkLedger(prepared.db, wallet, players, rounds);
      assert.deepEqual(problems, []);
      const unknownDebits = calls.filter((c) => c.action === "debit" && c.state === "unknown").length;
      const retried = calls.filter((c) => c.attempts > 1).length;
      // Not assertions of timing: a record of what this run went through, printed with the result.
      t.diagnostic(
        `rounds ${rounds.length}, won ${won}, calls ${calls.length}, unknown debits ${unknownDebits}, retried ${retried}, quiet after ${quietAfterMs} ms`,
      );
      const metrics = await (await fetch(`${url}/metrics`)).text();
      for (const action of ["debit", "credit"]) assert.match(metrics, callbackCount(action));
      assert.equal(await platform.stop(), 0, platform.output().join("\n"));
    },
  );
});
