// The bench's servers, each in its own process: the reference wallet (its bench target: the app
// as `npm start` builds it, durable store, no request logging), the bare relay baseline and the platform (`src/server.ts`
// exactly as deployed, its JSON log written to a file for the latency breakdown).
import { fork, spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PLATFORM_NODE_FLAGS } from "../src/node-flags.ts";

const WALLET_TARGET = fileURLToPath(
  new URL("../../reference-wallet/bench/targets/wallet-server.ts", import.meta.url),
);
const RELAY_TARGET = fileURLToPath(new URL("./bare-relay-server.ts", import.meta.url));
const PLATFORM_SERVER = fileURLToPath(new URL("../src/server.ts", import.meta.url));
const QUERY_COUNTER = fileURLToPath(new URL("./pg-query-counter.ts", import.meta.url));
/** The wallet bench target's admin token (it is started for benches only). */
export const WALLET_ADMIN_TOKEN = "bench-admin-token-unused";

export interface Target {
  readonly url: string;
  /** The process id (for its memory in /proc). */
  readonly pid: number | undefined;
  /** CPU time (user + system, every thread) the process has used so far, seconds. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

const CLOCK_TICKS_PER_SECOND = 100;

/**
 * A process's CPU time from /proc (Linux): unlike rounds/s, the CPU a round costs barely moves
 * when other processes compete for the cores, so it compares runs made on a busy machine.
 */
export function cpuSecondsOf(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited(child);
  clearTimeout(timer);
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));
}

/** The reference wallet with `players` bench players (bench-0 …), accepting `salt` until told otherwise. */
export async function startWallet(dataDir: string, players: number): Promise<Target> {
  return (
    await forkTarget(WALLET_TARGET, {
      BENCH_DATA_DIR: dataDir,
      BENCH_SALT: "bench-placeholder-0123456789",
      BENCH_PLAYERS: String(players),
    })
  ).target;
}

/** The bare relay baseline (bare-relay-server.ts) in front of the wallet; `tokens[i]` plays as bench-i. */
export async function startBareRelay(
  walletUrl: string,
  salt: string,
  tokens: readonly string[],
): Promise<Target & { takeAddedMicros(): Promise<number[]> }> {
  const { target, child } = await forkTarget(RELAY_TARGET, {
    RELAY_WALLET_URL: walletUrl,
    RELAY_SALT: salt,
    RELAY_TOKENS: JSON.stringify(tokens),
  });
  return {
    ...target,
    /** The relay's own time per request (its time minus the wallet exchange) since the last call, µs. */
    takeAddedMicros: () =>
      new Promise((resolve) => {
        const onMessage = (message: { type?: string; micros?: number[] }) => {
          if (message.type !== "added") return;
          child.off("message", onMessage);
          resolve(message.micros ?? []);
        };
        child.on("message", onMessage);
        child.send({ type: "added" });
      }),
  };
}

/** A bench target script as a child process that announces its port over IPC (child-ready.ts). */
async function forkTarget(
  script: string,
  env: Readonly<Record<string, string>>,
): Promise<{ readonly target: Target; readonly child: ChildProcess }> {
  const child = fork(script, [], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.on("message", (message: { type?: string; port?: number }) => {
      if (message.type === "ready" && typeof message.port === "number") resolve(message.port);
    });
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  const target: Target = {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    cpuSeconds: () => cpuSecondsOf(child.pid),
    stop: () => stopChild(child, 10_000),
  };
  return { target, child };
}

/** Replaces the wallet's active salts through its admin API. */
export async function setWalletSalts(walletUrl: string, salts: readonly string[]): Promise<void> {
  const response = await fetch(`${walletUrl}/admin/salts`, {
    method: "PUT",
    headers: { authorization: `Bearer ${WALLET_ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ salts }),
  });
  if (response.status !== 200) throw new Error(`wallet salts: ${response.status} ${await response.text()}`);
}

/** `node src/server.ts` on `port`, log lines (LOG_LEVEL info, the default) appended to `logFile`. */
export async function startPlatform(options: {
  readonly env: Readonly<Record<string, string>>;
  readonly port: number;
  readonly logFile: string;
  readonly cpuProfileDir?: string | undefined;
  /** Count the queries it sends to PostgreSQL into this file (pg-query-counter.ts). */
  readonly queryCountFile?: string | undefined;
}): Promise<Target> {
  const log = openSync(options.logFile, "a");
  const child = spawn(
    process.execPath,
    [
      ...(options.cpuProfileDir === undefined
        ? []
        : ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`]),
      ...(options.queryCountFile === undefined ? [] : ["--import", QUERY_COUNTER]),
      ...PLATFORM_NODE_FLAGS,
      PLATFORM_SERVER,
    ],
    {
      env: {
        PATH: process.env.PATH ?? "",
        HOST: "127.0.0.1",
        PORT: String(options.port),
        LOG_LEVEL: "info",
        // The bench's wallet listens on loopback: a sandbox operator may call it only when enabled.
        ALLOW_PRIVATE_CALLBACK_URLS: "true",
        ...(options.queryCountFile === undefined ? {} : { BENCH_QUERY_COUNT_FILE: options.queryCountFile }),
        ...options.env,
      },
      stdio: ["ignore", log, log],
    },
  );
  closeSync(log);
  const url = `http://127.0.0.1:${options.port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`platform exited with ${child.exitCode}; see ${options.logFile}`);
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) break;
    } catch {
      // not yet
    }
    if (Date.now() > until) throw new Error(`platform did not start; see ${options.logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    pid: child.pid,
    cpuSeconds: () => cpuSecondsOf(child.pid),
    stop: () => stopChild(child, 20_000),
  };
}
