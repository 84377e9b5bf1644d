/**
 * Throughput of the wallet endpoint over real HTTP (autocannon, 50 connections, 5 s per mode):
 * plain HTTP as the ceiling, then debits on SQLite with and without group commit, and on
 * PostgreSQL. Run with `npm run bench -w @croupier/wallet-sdk`. Numbers depend on the disk's
 * fsync latency; the ratio between the SQLite modes is the point.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { signCall } from "@croupier/protocol";
import { createTestSchema } from "@croupier/test-support";

const SERVER = fileURLToPath(new URL("./bench-server.ts", import.meta.url));
const SALT = "bench-salt-0123456789";
const PLAYERS = 1_000;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = 5;

async function start(mode: string, pgUrl = "") {
  const child = spawn(process.execPath, [SERVER, mode, pgUrl], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.setEncoding("utf8");
  for await (const chunk of child.stdout as AsyncIterable<string>) {
    output += chunk;
    const match = /READY (\d+)/.exec(output);
    if (match) return { child, url: `http://127.0.0.1:${match[1]}/wallet` };
  }
  throw new Error(`server ${mode} did not start`);
}

function debitBody(): { body: string; headers: Record<string, string> } {
  const call = signCall(
    {
      action: "debit",
      call_id: randomUUID(),
      player_id: `bench-${Math.floor(Math.random() * PLAYERS)}`,
      session_id: "bench",
      currency: "EUR",
      game_id: "bench",
      round_id: "bench",
      amount: 1,
      rb: 0,
      round_closed: true,
    },
    SALT,
    Date.now(),
  );
  return call;
}

async function measure(mode: string, pgUrl = ""): Promise<number> {
  const { child, url } = await start(mode, pgUrl);
  try {
    const probe = debitBody();
    const answer = (await (await fetch(url, { method: "POST", ...probe })).json()) as { status: string };
    if (answer.status !== "ok") throw new Error(`${mode}: probe answered ${JSON.stringify(answer)}`);
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        {
          method: "POST",
          setupRequest: (request) => {
            const { body, headers } = debitBody();
            return { ...request, body, headers };
          },
        },
      ],
    });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${mode}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return result.requests.average;
  } finally {
    child.kill();
  }
}

const schema = await createTestSchema("wallet_bench");
try {
  const rows: Array<[string, number]> = [];
  for (const mode of ["plain", "sqlite", "sqlite-no-group", "postgres"]) {
    rows.push([mode, await measure(mode, schema.url)]);
  }
  const ceiling = rows[0]?.[1] ?? 1;
  for (const [mode, rps] of rows) {
    console.log(
      `${mode.padEnd(16)} ${Math.round(rps).toString().padStart(7)} req/s  ${((rps / ceiling) * 100).toFixed(0)}% of plain HTTP`,
    );
  }
} finally {
  await schema.drop();
}
