import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface StubCall {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: Record<string, unknown>;
}

/**
 * A tiny real wallet for tests: answers `balance` calls on loopback, accepting a configurable
 * set of salts (key = md5(String(timestamp) + salt)), like an operator's wallet during a
 * rotation. Known players get `ok`; others PLAYER_NOT_FOUND; a bad key INVALID_KEY.
 */
export interface WalletStub {
  readonly url: string;
  /** The salts the wallet accepts now; change it to model the operator's deployment. */
  salts: string[];
  players: Map<string, number>;
  /** When set, every request gets this raw answer instead (status, body). */
  override: { status: number; body: string } | undefined;
  readonly calls: StubCall[];
  close(): Promise<void>;
}

export async function startWalletStub(options: {
  salts: string[];
  players?: Record<string, number>;
}): Promise<WalletStub> {
  const stub = {
    salts: [...options.salts],
    players: new Map(Object.entries(options.players ?? {})),
    override: undefined as { status: number; body: string } | undefined,
    calls: [] as StubCall[],
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      } catch {
        body = {};
      }
      stub.calls.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      const answer = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(typeof payload === "string" ? payload : JSON.stringify(payload));
      };
      if (stub.override !== undefined) return answer(stub.override.status, stub.override.body);
      const timestamp = body.timestamp;
      const key = body.key;
      const accepted = stub.salts.some(
        (salt) =>
          createHash("md5")
            .update(String(timestamp) + salt)
            .digest("hex") === key,
      );
      if (!accepted)
        return answer(200, { status: "error", code: "INVALID_KEY", message: "key matches no salt" });
      const balance = stub.players.get(String(body.player_id));
      if (balance === undefined) {
        return answer(200, { status: "error", code: "PLAYER_NOT_FOUND", message: "unknown player" });
      }
      return answer(200, { status: "ok", balance });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(stub, {
    url: `http://127.0.0.1:${port}/wallet`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  });
}
