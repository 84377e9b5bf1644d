// Crash test under the compatibility (GameHub) profile: virtual players play through the provider
// gateway while the platform process (`node src/server.ts`, SQLite) is killed with SIGKILL and
// restarted, against a wallet that follows the classic rules literally (a rollback is processed
// like a plain credit). No rollback goes out on its own for a debit whose outcome is unknown;
// each is held with its evidence, and once a person resolves them by the wallet's ledger (retry
// for a debit it holds, resolve for one it never took), every balance is exact (ADR 0006).
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { startTestWallet, type TestWallet, type TestWalletOptions } from "../callbacks/test/test-wallet.ts";
import { waitUntilQuiet } from "./support/ledger-check.ts";
import { httpClient } from "./support/http.ts";
import { freePort, platformProcess, type PlatformProcess } from "./support/platform-process.ts";
import { PREPARED_ADMIN, preparePlatform, type PreparedPlatform } from "./support/prepared-platform.ts";
import { STUDIO_GAME } from "./support/provision.ts";
import { launchSession, startVirtualPlayers } from "./support/virtual-players.ts";

const KILLS = 5;
const PLAYERS = 4;
const INITIAL_MINOR = 10_000_000;
const ABANDON_AFTER_MS = 3_000;

describe(
  "crash under the compatibility profile, literal classic wallet (sqlite)",
  { timeout: 300_000 },
  () => {
    let wallet: TestWallet | undefined;
    let prepared: PreparedPlatform | undefined;
    let platform: PlatformProcess | undefined;
    after(async () => {
      if (platform?.running) await platform.kill();
      await wallet?.close();
      await prepared?.db.dispose();
    });

    test(
      `${KILLS} kills: no blind rollback, and resolving by the ledger loses nothing`,
      { timeout: 300_000 },
      async (t) => {
        const walletOptions: TestWalletOptions & { salts: string[] } = {
          salts: [],
          clock: Date.now,
          literalClassicRollbacks: true,
        };
        wallet = await startTestWallet(walletOptions);
        prepared = await preparePlatform("sqlite", { callbackUrl: wallet.gameHubUrl, timeoutMs: 1_000 });
        walletOptions.salts.push(prepared.operator.salt);
        const port = await freePort();
        const url = `http://127.0.0.1:${port}`;
        const http = httpClient(() => url);
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
        const profile = await http("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
          token: prepared.operator.boToken,
          body: { profile: "gamehub" },
        });
        assert.equal(profile.status, 200, profile.text);

        const players = Array.from({ length: PLAYERS }, (_, i) => `classic-crash-${i}`);
        const sessions = [];
        for (const playerId of players) {
          wallet.addPlayer(playerId, INITIAL_MINOR);
          sessions.push(await launchSession(url, prepared.operator.apiToken, playerId, STUDIO_GAME));
        }
        const load = startVirtualPlayers({ baseUrl: () => url, studioKey: prepared.studioKey, sessions });
        for (let kill = 0; kill < KILLS; kill++) {
          await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 1_200));
          await platform.kill();
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 200));
          await platform.start();
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        const rounds = await load.stop();
        assert.ok(
          rounds.some((r) => r.winStatus === 200),
          "rounds were played",
        );
        await waitUntilQuiet(prepared.db, { abandonAfterMs: ABANDON_AFTER_MS + 1_000, deadlineMs: 150_000 });

        // The wallet never saw a rollback the platform sent on its own.
        assert.equal(wallet.received.filter((request) => request.rb === "1").length, 0);
        const db = prepared.db.db;
        const held = await db
          .selectFrom("wallet_calls")
          .selectAll()
          .where("rb", "=", 1)
          .where("state", "=", "manual")
          .execute();
        const unknownDebits = await db
          .selectFrom("wallet_calls")
          .select("call_id")
          .where("action", "=", "debit")
          .where("state", "=", "unknown")
          .execute();
        assert.deepEqual(held.map((c) => c.rb_call_id).sort(), unknownDebits.map((c) => c.call_id).sort());
        for (const rollback of held) assert.match(rollback.outcome_reason ?? "", /held for review/);

        // A person resolves each by the wallet's ledger, through the admin API.
        const login = await http("POST", "/admin/login", { body: PREPARED_ADMIN });
        const admin = login.json.token as string;
        let sent = 0;
        for (const rollback of held) {
          if (wallet.applied.has(rollback.rb_call_id!)) {
            const retried = await http("POST", `/admin/wallet-calls/${rollback.call_id}/retry`, {
              token: admin,
            });
            assert.equal(retried.status, 200, retried.text);
            assert.equal(retried.json.state, "ok");
            sent += 1;
          } else {
            const resolved = await http("POST", `/admin/wallet-calls/${rollback.call_id}/resolve`, {
              token: admin,
              body: { reason: "not in the operator's ledger" },
            });
            assert.equal(resolved.status, 200, resolved.text);
          }
        }
        await waitUntilQuiet(prepared.db, { abandonAfterMs: ABANDON_AFTER_MS + 1_000, deadlineMs: 60_000 });

        // Every player's wallet balance: initial − debits the wallet took and kept + credits paid.
        const calls = await db.selectFrom("wallet_calls").selectAll().execute();
        for (const playerId of players) {
          let expected = INITIAL_MINOR;
          for (const call of calls) {
            if (call.player_id !== playerId || call.amount_minor === null) continue;
            const applied = wallet.applied.has(call.call_id);
            if (call.action === "debit" && applied) expected -= call.amount_minor;
            if (call.action === "credit" && applied) expected += call.amount_minor;
          }
          assert.equal(wallet.balanceOf(playerId), expected, playerId);
          // No money for a bet never taken: every rollback the wallet applied names a debit it took.
          for (const call of calls) {
            if (call.player_id === playerId && call.rb === 1 && wallet.applied.has(call.call_id))
              assert.ok(
                wallet.applied.has(call.rb_call_id!),
                `rollback ${call.call_id} paid for a debit never taken`,
              );
          }
        }
        for (const count of wallet.applied.values()) assert.equal(count, 1);
        t.diagnostic(
          `rounds ${rounds.length}, unknown debits ${unknownDebits.length}, rollbacks sent after review ${sent}`,
        );
        assert.equal(await platform.stop(), 0, platform.output().join("\n"));
      },
    );
  },
);
