// Test support: a small in-memory operator wallet on real HTTP (loopback), protocol-faithful
// enough for the platform's tests, with faults on demand. Not for production use.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import {
  keyMatches,
  requestFingerprint,
  verifyWalletRequest,
  type WalletRequest,
  type WalletResponse,
} from "@croupier/protocol";

/**
 * What the wallet does with one request: answer normally, or misbehave. `apply-then-*` faults
 * apply the call (the balance changes) and then fail to answer: the sender cannot tell.
 */
export type Fault =
  | "none"
  | "http-500"
  | "garbage"
  | "internal-error"
  | "reset"
  | "hang"
  | "apply-then-reset"
  | "apply-then-hang"
  | "oversize"
  | "redirect"
  | { readonly delayMs: number };

export interface TestWalletOptions {
  readonly salts: readonly string[];
  /** The wallet's clock; shift it to simulate an operator whose clock is off. */
  clock?: () => number;
  readonly windowSeconds?: number;
  /** Decides the fault of each request (n counts from 0 over every request received). */
  fault?: (request: Record<string, unknown>, n: number) => Fault;
  /**
   * On `/gamehub`, process a rollback the way the classic dialect's rules read literally: like a
   * plain credit or debit, without looking for the original (still idempotent by call_id).
   */
  literalClassicRollbacks?: boolean;
}

interface Player {
  balance: number;
  readonly currency: string;
}

export interface TestWallet {
  readonly url: string;
  readonly gameHubUrl: string;
  readonly options: TestWalletOptions;
  readonly players: Map<string, Player>;
  /** Every request received, parsed, in order. */
  readonly received: Record<string, unknown>[];
  /** How many times each call_id changed a balance: exactly-once means never above 1. */
  readonly applied: Map<string, number>;
  /** call_ids that arrived while an earlier request with the same call_id was still in flight. */
  readonly overlaps: string[];
  /** Largest number of requests in flight at once. */
  readonly maxInFlight: () => number;
  addPlayer(playerId: string, balance: number, currency?: string): void;
  balanceOf(playerId: string): number;
  close(): Promise<void>;
}

export async function startTestWallet(options: TestWalletOptions): Promise<TestWallet> {
  const players = new Map<string, Player>();
  const stored = new Map<string, { fingerprint: string; response: WalletResponse; request: WalletRequest }>();
  const rolledBack = new Set<string>();
  const received: Record<string, unknown>[] = [];
  const applied = new Map<string, number>();
  const overlaps: string[] = [];
  const inFlight = new Map<string, number>();
  let peak = 0;
  let current = 0;
  const sockets = new Set<Socket>();
  const clock = () => (options.clock ?? Date.now)();

  function settle(request: WalletRequest, fingerprint: string, literalRollback = false): WalletResponse {
    const previous = stored.get(request.call_id);
    if (previous !== undefined) {
      if (previous.fingerprint !== fingerprint) {
        return { status: "error", code: "DUPLICATE_CONFLICT", message: "call_id reused" };
      }
      return previous.response;
    }
    const player = players.get(request.player_id);
    if (player === undefined) return { status: "error", code: "PLAYER_NOT_FOUND", message: "no such player" };
    if (player.currency !== request.currency) {
      return { status: "error", code: "CURRENCY_MISMATCH", message: "wrong currency" };
    }
    if (request.action === "balance") return { status: "ok", balance: player.balance };
    let response: WalletResponse;
    if (request.rb === 1 && !literalRollback) {
      const original = stored.get(request.rb_call_id!);
      rolledBack.add(request.rb_call_id!);
      if (
        original !== undefined &&
        original.response.status === "ok" &&
        original.request.action !== "balance"
      ) {
        if (original.request.amount !== request.amount) {
          return { status: "error", code: "INVALID_REQUEST", message: "rollback amount differs" };
        }
        player.balance += request.action === "credit" ? request.amount : -request.amount;
        applied.set(request.call_id, (applied.get(request.call_id) ?? 0) + 1);
      }
      response = { status: "ok", balance: player.balance };
    } else if (rolledBack.has(request.call_id)) {
      response = { status: "error", code: "ROLLED_BACK", message: "already rolled back" };
    } else if (request.action === "debit" && request.amount > player.balance) {
      response = {
        status: "error",
        code: "INSUFFICIENT_FUNDS",
        message: "balance too low",
        balance: player.balance,
      };
    } else {
      player.balance += request.action === "credit" ? request.amount : -request.amount;
      applied.set(request.call_id, (applied.get(request.call_id) ?? 0) + 1);
      response = { status: "ok", balance: player.balance };
    }
    stored.set(request.call_id, { fingerprint, response, request });
    return response;
  }

  function verifyGameHub(
    query: URLSearchParams,
  ): { ok: true; request: WalletRequest } | { ok: false; response: string } {
    const fields: Record<string, unknown> = {};
    for (const [name, value] of query) {
      const wire = name === "username" ? "player_id" : name === "gameplay_final" ? "round_closed" : name;
      fields[wire] = ["amount", "rb", "timestamp"].includes(name)
        ? Number(value)
        : wire === "round_closed"
          ? value === "1"
          : value;
    }
    if (!keyMatches(fields.key, fields.timestamp, options.salts))
      return { ok: false, response: '{"error":2,"balance":0}' };
    return { ok: true, request: fields as unknown as WalletRequest };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://wallet");
    if (url.pathname === "/redirected") {
      res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok","balance":999999}');
      return;
    }
    const gameHub = url.pathname === "/gamehub";
    let parsed: Record<string, unknown>;
    try {
      parsed = gameHub ? Object.fromEntries(url.searchParams) : (JSON.parse(raw) as Record<string, unknown>);
    } catch {
      parsed = {};
    }
    const n = received.length;
    received.push(parsed);
    const callId = String(gameHub ? url.searchParams.get("call_id") : parsed.call_id);
    if (inFlight.has(callId)) overlaps.push(callId);
    inFlight.set(callId, (inFlight.get(callId) ?? 0) + 1);
    current += 1;
    peak = Math.max(peak, current);
    const done = () => {
      current -= 1;
      const left = (inFlight.get(callId) ?? 1) - 1;
      if (left === 0) inFlight.delete(callId);
      else inFlight.set(callId, left);
    };
    res.on("close", done);

    const fault = options.fault?.(parsed, n) ?? "none";
    if (typeof fault === "object") await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    switch (fault) {
      case "http-500":
        res.writeHead(500, { "content-type": "text/plain" }).end("boom");
        return;
      case "garbage":
        res.writeHead(200, { "content-type": "application/json" }).end("<html>not json</html>");
        return;
      case "internal-error":
        res
          .writeHead(200, { "content-type": "application/json" })
          .end('{"status":"error","code":"INTERNAL_ERROR","message":"try later"}');
        return;
      case "reset":
        req.socket.destroy();
        return;
      case "hang":
        return;
      case "oversize":
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(`{"status":"ok","balance":1,"pad":"${"x".repeat(100_000)}"}`);
        return;
      case "redirect":
        res.writeHead(302, { location: "/redirected" }).end();
        return;
    }

    let body: string;
    if (gameHub) {
      const verdict = verifyGameHub(url.searchParams);
      if (!verdict.ok) body = verdict.response;
      else {
        const response = settle(
          verdict.request,
          requestFingerprint(verdict.request as unknown as Record<string, unknown>),
          options.literalClassicRollbacks === true,
        );
        body =
          response.status === "ok"
            ? JSON.stringify({ error: 0, balance: response.balance })
            : JSON.stringify({
                error: response.code === "INSUFFICIENT_FUNDS" ? 1 : 2,
                balance: response.balance ?? 0,
              });
      }
    } else {
      const verdict = verifyWalletRequest(raw, req.headers, {
        salts: options.salts,
        nowMs: clock(),
        requireBodySignature: true,
        ...(options.windowSeconds === undefined ? {} : { windowSeconds: options.windowSeconds }),
      });
      const response: WalletResponse = verdict.ok
        ? settle(verdict.request, verdict.fingerprint)
        : { status: "error", code: verdict.code, message: verdict.message };
      body = JSON.stringify(response);
    }
    if (fault === "apply-then-reset") {
      req.socket.destroy();
      return;
    }
    if (fault === "apply-then-hang") return;
    res.writeHead(200, { "content-type": "application/json" }).end(body);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/wallet`,
    gameHubUrl: `http://127.0.0.1:${port}/gamehub`,
    options,
    players,
    received,
    applied,
    overlaps,
    maxInFlight: () => peak,
    addPlayer(playerId, balance, currency = "EUR") {
      players.set(playerId, { balance, currency });
    },
    balanceOf(playerId) {
      return players.get(playerId)?.balance ?? Number.NaN;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
