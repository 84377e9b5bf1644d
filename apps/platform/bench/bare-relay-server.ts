// A bench baseline, not a product: the least any Node.js process between the studio and the
// wallet must do. It takes the gateway's bet and win requests over HTTP, sends the matching signed
// debit or closing credit to the wallet (undici keep-alive pool, as the platform does) and answers
// with the wallet's balance: no database, no checks, no records. The platform's rounds/s can be
// read against it to see how much of the gap to the ceiling is Node's own HTTP in and out.
//
// Env: RELAY_WALLET_URL, RELAY_SALT, RELAY_TOKENS (JSON array: the session token of player i is
// the wallet's `bench-i`). Announces its port over IPC like the wallet's bench target.
import { createServer } from "node:http";
import { signCall } from "@croupier/protocol";
import { Pool } from "undici";
import { announceReady, onStop } from "../../reference-wallet/bench/targets/child-ready.ts";

const walletUrl = process.env.RELAY_WALLET_URL ?? "";
const salt = process.env.RELAY_SALT ?? "";
const players = new Map(
  (JSON.parse(process.env.RELAY_TOKENS ?? "[]") as string[]).map((token, index) => [token, `bench-${index}`]),
);
const wallet = new Pool(walletUrl, { connections: players.size, pipelining: 1 });
let sequence = 0;
/** Per request: time in the relay minus its wallet exchange, µs (reported and reset on "added"). */
let addedMicros: number[] = [];

interface GatewayBody {
  readonly session_token: string;
  readonly round_id: string;
  readonly transaction_id: string;
  readonly amount: number;
}

interface RelayAnswer {
  readonly status: number;
  readonly body: string;
  /** The wallet exchange: sending the call to reading its whole answer, ns. */
  readonly walletNanos: bigint;
}

async function relay(path: string, text: string): Promise<RelayAnswer> {
  const body = JSON.parse(text) as GatewayBody;
  const debit = path.endsWith("/bet");
  const playerId = players.get(body.session_token);
  if (playerId === undefined) return { status: 401, body: '{"code":"SESSION_NOT_FOUND"}', walletNanos: 0n };
  const call = signCall(
    {
      action: debit ? "debit" : "credit",
      call_id: `relay-${process.pid}-${++sequence}`,
      player_id: playerId,
      session_id: `relay-s-${playerId}`,
      currency: "EUR",
      game_id: "bench-game",
      round_id: body.round_id,
      amount: body.amount,
      rb: 0,
      round_closed: !debit,
    },
    salt,
    Date.now(),
  );
  const sentAt = process.hrtime.bigint();
  const response = await wallet.request({
    method: "POST",
    path: "/wallet",
    headers: call.headers,
    body: call.body,
  });
  const answer = JSON.parse(await response.body.text()) as { status?: string; balance?: number };
  const walletNanos = process.hrtime.bigint() - sentAt;
  if (answer.status !== "ok") return { status: 502, body: JSON.stringify(answer), walletNanos };
  return {
    status: 200,
    walletNanos,
    body: JSON.stringify({ transaction_id: body.transaction_id, balance: answer.balance, currency: "EUR" }),
  };
}

const server = createServer((request, response) => {
  const startedAt = process.hrtime.bigint();
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    relay(request.url ?? "", Buffer.concat(chunks).toString("utf8")).then(
      (answer) => {
        response.writeHead(answer.status, { "content-type": "application/json" });
        // Measured as Fastify's responseTime is for the platform: from the request to the end of the answer.
        response.end(answer.body, () =>
          addedMicros.push(Number(process.hrtime.bigint() - startedAt - answer.walletNanos) / 1000),
        );
      },
      (error: unknown) => {
        response.writeHead(500, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: String(error) }));
      },
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  announceReady(typeof address === "object" && address !== null ? address.port : 0);
});
process.on("message", (message: { type?: string }) => {
  if (message.type !== "added") return;
  process.send!({ type: "added", micros: addedMicros });
  addedMicros = [];
});
onStop(async () => {
  server.close();
  await wallet.close();
});
