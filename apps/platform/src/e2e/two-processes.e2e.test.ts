// Two platform processes on one PostgreSQL under load, each serving half of the players, with a
// quarter of the credits meeting an HTTP 500 (so retries go to whichever dispatcher claims them)
// and one process killed with SIGKILL midway and restarted. A proxy in front of the wallet sees
// every attempt: no call_id is ever in flight twice at once, and nothing is lost.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { checkLedger, waitUntilQuiet } from "./support/ledger-check.ts";
import { freePort, platformProcess, type PlatformProcess } from "./support/platform-process.ts";
import { preparePlatform, type PreparedPlatform } from "./support/prepared-platform.ts";
import { STUDIO_GAME } from "./support/provision.ts";
import { launchSession, startVirtualPlayers } from "./support/virtual-players.ts";
import { startWallet, type RunningWallet } from "./support/wallet.ts";
import { startWalletProxy, type WalletProxy } from "./support/wallet-proxy.ts";

const PLAYERS_PER_PROCESS = 4;
const INITIAL_MINOR = 10_000_000;
const ABANDON_AFTER_MS = 3_000;

describe("two platform processes on one PostgreSQL", { timeout: 240_000 }, () => {
  let wallet: RunningWallet | undefined;
  let proxy: WalletProxy | undefined;
  let prepared: PreparedPlatform | undefined;
  const processes: PlatformProcess[] = [];
  after(async () => {
    for (const p of processes) if (p.running) await p.kill();
    await proxy?.close();
    await wallet?.close();
    await prepared?.db.dispose();
  });

  test(
    "under load, with retries and a kill -9: no call sent by both at once, none lost",
    { timeout: 240_000 },
    async (t) => {
      wallet = await startWallet({ salts: ["placeholder-salt-0123456789"], clock: Date.now });
      proxy = await startWalletProxy(wallet.url);
      const failedOnce = new Set<string>();
      proxy.decide = (call) => {
        const id = String(call.call_id);
        if (call.action !== "credit" || failedOnce.has(id) || Math.random() >= 0.25) return { kind: "pass" };
        failedOnce.add(id);
        return { kind: "status500" };
      };
      prepared = await preparePlatform("postgres", { callbackUrl: `${proxy.url}/wallet`, timeoutMs: 1_000 });
      wallet.salts.replace([prepared.operator.salt]);
      for (let i = 0; i < 2; i++) {
        const port = await freePort();
        const p = platformProcess(
          {
            ...prepared.env,
            PUBLIC_URL: `http://127.0.0.1:${port}`,
            ROUND_ABANDON_AFTER_MS: String(ABANDON_AFTER_MS),
            ROUND_SWEEP_INTERVAL_MS: "500",
          },
          port,
        );
        processes.push(p);
        await p.start();
      }
      const [first, second] = processes as [PlatformProcess, PlatformProcess];

      const players = Array.from({ length: 2 * PLAYERS_PER_PROCESS }, (_, i) => ({
        playerId: `two-${i}`,
        initialMinor: INITIAL_MINOR,
      }));
      const loads = [];
      for (const [index, p] of [first, second].entries()) {
        const sessions = [];
        for (const player of players.slice(index * PLAYERS_PER_PROCESS, (index + 1) * PLAYERS_PER_PROCESS)) {
          await wallet.player(player.playerId, player.initialMinor);
          sessions.push(await launchSession(p.url, prepared.operator.apiToken, player.playerId, STUDIO_GAME));
        }
        loads.push(startVirtualPlayers({ baseUrl: () => p.url, studioKey: prepared.studioKey, sessions }));
      }

      await new Promise((resolve) => setTimeout(resolve, 4_000));
      await first.kill();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await first.start();
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      const rounds = (await Promise.all(loads.map((l) => l.stop()))).flat();

      await waitUntilQuiet(prepared.db, { abandonAfterMs: ABANDON_AFTER_MS + 1_000, deadlineMs: 150_000 });
      const { calls, problems } = await checkLedger(prepared.db, wallet, players, rounds);
      assert.deepEqual(problems, []);
      assert.deepEqual(proxy.overlaps, [], "a call_id was in flight twice at once");
      const retried = calls.filter((c) => c.attempts > 1);
      assert.ok(retried.length > 10, `only ${retried.length} calls were retried`);
      // Both processes delivered retries: the attempts' senders name two different processes.
      const senders = await prepared.db.db
        .selectFrom("wallet_call_attempts")
        .select("sender")
        .where("attempt_no", ">", 1)
        .execute();
      const owners = new Set(senders.map((s) => s.sender.replace(/#\d+$/, "")));
      assert.ok(owners.size >= 2, `retries came from ${owners.size} process(es)`);
      t.diagnostic(
        `rounds ${rounds.length}, won ${rounds.filter((r) => r.winStatus === 200).length}, calls ${calls.length}, retried ${retried.length}, senders ${owners.size}`,
      );
      for (const p of processes) assert.equal(await p.stop(), 0, p.output().join("\n"));
    },
  );
});
