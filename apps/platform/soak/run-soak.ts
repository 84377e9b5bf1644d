// The soak run: N rounds through the real HTTP surfaces (operator API launch, provider gateway bet
// and win) against the reference wallet behind a seeded fault proxy, with the platform process
// killed (SIGKILL) at random moments and restarted. Afterwards it checks conservation (each
// wallet balance = the platform's ledger, to the cent), that no call was applied twice and that
// no round is left open, prints the figures, and exits 1 on any difference.
//
//   npm run soak -- [--db sqlite|postgres] [--rounds 100000] [--seed N] [--players 32]
//                   [--kill-every-ms 4000-20000] [--timeout-ms 1000]
//
// Not part of `npm test`: a 100,000-round run takes minutes. Same seed, same faults, bet sizes and
// kill pauses in the same order (the interleaving with real time still differs between runs).
import { parseArgs } from "node:util";
import { checkLedger, waitUntilQuiet } from "../src/e2e/support/ledger-check.ts";
import { freePort, platformProcess, type PlatformProcess } from "../src/e2e/support/platform-process.ts";
import { preparePlatform, type PreparedPlatform } from "../src/e2e/support/prepared-platform.ts";
import { STUDIO_GAME } from "../src/e2e/support/provision.ts";
import { launchSession, startVirtualPlayers } from "../src/e2e/support/virtual-players.ts";
import { startWalletProxy, type WalletProxy } from "../src/e2e/support/wallet-proxy.ts";
import { startWallet, type RunningWallet } from "../src/e2e/support/wallet.ts";
import { faultPlan } from "./fault-plan.ts";
import { seededRandom } from "./seeded-random.ts";

const INITIAL_MINOR = 1_000_000_000;
const ABANDON_AFTER_MS = 3_000;
const PROGRESS_EVERY_MS = 5_000;
/** After the last kill, calls leased by the dead process become due when their lease ends (≤ 70 s). */
const QUIET_DEADLINE_MS = 300_000;
/** A restart on a busy machine can take long; the soak is about money, not start time. */
const START_DEADLINE_MS = 180_000;

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    rounds: { type: "string", default: "100000" },
    seed: { type: "string" },
    players: { type: "string", default: "32" },
    "kill-every-ms": { type: "string", default: "4000-20000" },
    "timeout-ms": { type: "string", default: "1000" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(
    "npm run soak -- [--db sqlite|postgres] [--rounds 100000] [--seed N] [--players 32]\n" +
      "               [--kill-every-ms 4000-20000] [--timeout-ms 1000]",
  );
  process.exit(0);
}

function positiveInt(name: string, text: string | undefined): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new Error(`--${name} takes a positive whole number, not ${text}`);
  return n;
}

const db = values.db;
if (db !== "sqlite" && db !== "postgres") throw new Error(`--db takes sqlite or postgres, not ${db}`);
const targetRounds = positiveInt("rounds", values.rounds);
const seed =
  values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : positiveInt("seed", values.seed);
const playerCount = positiveInt("players", values.players);
const timeoutMs = positiveInt("timeout-ms", values["timeout-ms"]);
const [killMinMs, killMaxMs] = (values["kill-every-ms"] ?? "")
  .split("-")
  .map((part, i) => positiveInt(`kill-every-ms (${i})`, part)) as [number, number];
if (killMaxMs === undefined || killMaxMs < killMinMs) throw new Error("--kill-every-ms takes MIN-MAX");

console.log(
  `soak: db=${db} rounds=${targetRounds} seed=${seed} players=${playerCount} kills every ${killMinMs}-${killMaxMs} ms`,
);
const random = seededRandom(seed);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let wallet: RunningWallet | undefined;
let proxy: WalletProxy | undefined;
let prepared: PreparedPlatform | undefined;
let platform: PlatformProcess | undefined;
let exitCode = 1;
try {
  wallet = await startWallet({ salts: ["placeholder-salt-until-provisioned"], clock: Date.now });
  proxy = await startWalletProxy(wallet.url);
  const faults = faultPlan(random, timeoutMs);
  prepared = await preparePlatform(db, { callbackUrl: `${proxy.url}/wallet`, timeoutMs });
  wallet.salts.replace([prepared.operator.salt]);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  platform = platformProcess(
    {
      ...prepared.env,
      PUBLIC_URL: url,
      ALLOW_PRIVATE_CALLBACK_URLS: "true",
      ROUND_ABANDON_AFTER_MS: String(ABANDON_AFTER_MS),
      ROUND_SWEEP_INTERVAL_MS: "500",
    },
    port,
    START_DEADLINE_MS,
  );
  await platform.start();

  const players = Array.from({ length: playerCount }, (_, i) => ({
    playerId: `soak-${i}`,
    initialMinor: INITIAL_MINOR,
  }));
  const sessions = [];
  for (const p of players) {
    await wallet.player(p.playerId, p.initialMinor);
    sessions.push(await launchSession(url, prepared.operator.apiToken, p.playerId, STUDIO_GAME));
  }
  // Faults start once every player is in a game: a launch refused for a lost balance answer is
  // a launch the player retries, not a round.
  proxy.decide = () => faults.decide();
  const started = Date.now();
  const load = startVirtualPlayers({ baseUrl: () => url, studioKey: prepared.studioKey, sessions, random });

  let kills = 0;
  let nextKillAt = Date.now() + killMinMs + random() * (killMaxMs - killMinMs);
  let nextProgressAt = Date.now() + PROGRESS_EVERY_MS;
  while (load.rounds.length < targetRounds) {
    await sleep(50);
    if (Date.now() >= nextKillAt) {
      await platform.kill();
      kills += 1;
      await sleep(random() * 200);
      await platform.start();
      nextKillAt = Date.now() + killMinMs + random() * (killMaxMs - killMinMs);
    }
    if (Date.now() >= nextProgressAt) {
      const done = load.rounds.length;
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `  ${done}/${targetRounds} rounds (${Math.round((100 * done) / targetRounds)} %), ` +
          `${Math.round(done / seconds)} rounds/s, ${kills} kills, ${proxy.seen.length} wallet calls`,
      );
      nextProgressAt = Date.now() + PROGRESS_EVERY_MS;
    }
  }
  const rounds = await load.stop();
  const playSeconds = (Date.now() - started) / 1000;
  // Faults stop once the players do: what is left (retries, rollbacks, abandoned rounds) must heal.
  proxy.decide = () => ({ kind: "pass" });
  console.log(
    `  played ${rounds.length} rounds in ${playSeconds.toFixed(0)} s; waiting for the platform to settle`,
  );
  const quietFrom = Date.now();
  await waitUntilQuiet(prepared.db, {
    abandonAfterMs: ABANDON_AFTER_MS + 1_000,
    deadlineMs: QUIET_DEADLINE_MS,
  });
  await sleep(ABANDON_AFTER_MS + 1_500);
  await waitUntilQuiet(prepared.db, { abandonAfterMs: 0, deadlineMs: QUIET_DEADLINE_MS });
  const settleSeconds = (Date.now() - quietFrom) / 1000;

  const { calls, problems } = await checkLedger(prepared.db, wallet, players, rounds);
  const open = await prepared.db.db
    .selectFrom("rounds")
    .select(({ fn }) => fn.countAll<number>().as("n"))
    .where("status", "=", "open")
    .executeTakeFirstOrThrow();
  if (Number(open.n) > 0) problems.push(`${open.n} rounds left open`);

  let walletTotal = 0;
  for (const p of players) walletTotal += await wallet.balance(p.playerId);
  const count = (pred: (c: (typeof calls)[number]) => boolean) => calls.filter(pred).length;
  const ackedDebits = calls.filter((c) => c.action === "debit" && c.rb === 0 && c.state === "ok");
  const ackedCredits = calls.filter((c) => c.action === "credit" && c.rb === 0 && c.state === "ok");
  const sum = (rows: typeof calls) => rows.reduce((s, c) => s + (c.amount_minor ?? 0), 0);
  const rolledBack = new Set(calls.filter((c) => c.rb === 1 && c.state === "ok").map((c) => c.rb_call_id));
  const debitsKept = ackedDebits.filter((d) => !rolledBack.has(d.call_id));
  const expectedTotal = INITIAL_MINOR * players.length - sum(debitsKept) + sum(ackedCredits);
  if (walletTotal !== expectedTotal)
    problems.push(`wallets hold ${walletTotal} in all, the platform's ledger ${expectedTotal}`);
  console.log(`
soak result (db=${db}, seed=${seed})
  rounds started ${rounds.length}; bets answered 200: ${rounds.filter((r) => r.betStatus === 200).length}; wins answered 200: ${rounds.filter((r) => r.winStatus === 200).length}
  platform kills (SIGKILL) ${kills}; play ${playSeconds.toFixed(0)} s, settle ${settleSeconds.toFixed(0)} s
  wallet calls recorded ${calls.length}; requests through the proxy ${proxy.seen.length}; same call in flight twice (a dead sender's and its successor's) ${proxy.overlaps.length}
  faults injected ${JSON.stringify(faults.counts)}
  debits ok ${ackedDebits.length} (${sum(ackedDebits)} minor); credits ok ${ackedCredits.length} (${sum(ackedCredits)} minor)
  unknown debits ${count((c) => c.action === "debit" && c.rb === 0 && c.state === "unknown")}, rollbacks ok ${count((c) => c.rb === 1 && c.state === "ok")}, calls retried ${count((c) => c.attempts > 1)}
  conservation: wallets hold ${walletTotal} minor; the platform's ledger (initial − debits kept + credits) ${expectedTotal}: ${walletTotal === expectedTotal ? "equal" : "DIFFERENT"}
  rounds left open ${open.n}
  problems ${problems.length}${problems.length > 0 ? ":\n    " + problems.slice(0, 50).join("\n    ") : ""}
`);
  exitCode = problems.length === 0 ? 0 : 1;
} catch (error) {
  console.error("soak failed:", error);
  if (platform !== undefined) console.error(platform.output().slice(-40).join("\n"));
} finally {
  if (platform?.running) await platform.kill();
  await proxy?.close();
  await wallet?.close();
  await prepared?.db.dispose();
}
process.exit(exitCode);
