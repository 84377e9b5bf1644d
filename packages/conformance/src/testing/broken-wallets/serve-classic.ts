import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { MemoryWallet, type MemoryWalletConfig, type Reply } from "./memory-wallet.ts";
import type { RunningWallet } from "./serve.ts";

/**
 * Mistakes only the compatibility profile's encoding can make, on top of the memory wallet's
 * duty faults: the answer's `error` number is wrong while the duty itself is kept.
 */
export const CLASSIC_FAULTS = {
  "insufficient-as-error-2": "insufficient funds answered error 2 instead of 1",
  "refusal-as-error-0": "a refused call answered error 0 (ok) with the balance",
  "balance-missing": "ok answers without the balance",
} as const;

export type ClassicFault = keyof typeof CLASSIC_FAULTS | "none";

const RENAMED: Readonly<Record<string, string>> = { username: "player_id", gameplay_final: "round_closed" };
const INTEGER_FIELDS = new Set(["amount", "rb", "timestamp"]);

/**
 * The memory wallet behind the compatibility profile: `GET /wallet?…` is turned into the native
 * body (integers as written, `gameplay_final` 0/1 as a boolean, everything else a string) and
 * the answer into `{"error":0|1|2,"balance":…}`.
 *
 * @example
 * const running = await serveClassicMemoryWallet({ salt, players }, "insufficient-as-error-2");
 */
export async function serveClassicMemoryWallet(
  config: MemoryWalletConfig,
  classicFault: ClassicFault = "none",
): Promise<RunningWallet> {
  const wallet = new MemoryWallet(config);
  const server = createServer((req, res) => {
    req.resume();
    const url = new URL(req.url ?? "/", "http://wallet");
    const respond = (status: number, body: unknown): void => {
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    };
    if (req.method !== "GET" || url.pathname !== "/wallet") return respond(404, { error: 2 });
    wallet
      .handle(queryToBody(url.searchParams), {})
      .then((reply) => {
        const answer = classicAnswer(reply, classicFault);
        respond(answer.status, answer.body);
      })
      .catch(() => respond(500, { error: 2 }));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/wallet`,
    wallet,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function queryToBody(query: URLSearchParams): string {
  const members: string[] = [];
  for (const [name, value] of query) {
    const field = RENAMED[name] ?? name;
    let json = JSON.stringify(value);
    // Numbers as the wallet's own (possibly lenient) parser would read them, so that the memory
    // wallet's amount faults (negative, fractional) can be expressed in a query too.
    if (INTEGER_FIELDS.has(field) && /^-?(0|[1-9][0-9]{0,19})(\.[0-9]+)?$/.test(value)) json = value;
    if (field === "round_closed" && (value === "0" || value === "1")) json = value === "1" ? "true" : "false";
    members.push(`${JSON.stringify(field)}:${json}`);
  }
  return `{${members.join(",")}}`;
}

function classicAnswer(reply: Reply, fault: ClassicFault): { status: number; body: Record<string, unknown> } {
  const body = reply.body;
  if (reply.status !== 200) return { status: reply.status, body };
  const balance = body.balance === undefined ? {} : { balance: body.balance };
  if (body.status === "ok")
    return { status: 200, body: fault === "balance-missing" ? { error: 0 } : { error: 0, ...balance } };
  if (body.code === "INTERNAL_ERROR") return { status: 500, body: { error: 2 } };
  if (fault === "refusal-as-error-0") return { status: 200, body: { error: 0, ...balance } };
  const insufficient = body.code === "INSUFFICIENT_FUNDS" && fault !== "insufficient-as-error-2";
  return { status: 200, body: { error: insufficient ? 1 : 2, ...balance } };
}
