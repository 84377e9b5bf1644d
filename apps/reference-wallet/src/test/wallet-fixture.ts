// Test support for this app only: a real wallet on a real store, listening on loopback.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { signCall, type UnsignedWalletRequest, type WalletResponse } from "@croupier/protocol";
import { createTestSchema } from "@croupier/test-support";
import type { FastifyInstance } from "fastify";
import { buildWalletApp } from "../app.ts";
import { createActiveSalts } from "../salts/active-salts.ts";
import { openStore, type ReferenceWalletStore } from "../store/open-store.ts";

export const ADMIN_TOKEN = "test-admin-token-0123456789";
export const BACKENDS = ["sqlite", "postgres"] as const;
export type Backend = (typeof BACKENDS)[number];

export interface WalletFixture {
  readonly app: FastifyInstance;
  readonly store: ReferenceWalletStore;
  readonly baseUrl: string;
  /** One admin API request; `token: null` sends no Authorization header. */
  admin(
    method: string,
    urlPath: string,
    body?: unknown,
    options?: { token?: string | null; contentType?: string; rawBody?: string },
  ): Promise<{ status: number; contentType: string; headers: Headers; json: Record<string, unknown> }>;
  /** Signs `unsigned` with `salt` (now) and POSTs it to /wallet. */
  call(unsigned: UnsignedWalletRequest, salt: string): Promise<{ status: number; json: WalletResponse }>;
  close(): Promise<void>;
}

export async function startWallet(
  backend: Backend,
  salts: readonly string[],
  options: { readonly classicProfile?: boolean } = {},
): Promise<WalletFixture> {
  let cleanup: () => Promise<void>;
  let store: ReferenceWalletStore;
  if (backend === "postgres") {
    const schema = await createTestSchema("rw");
    store = await openStore({ kind: "postgres", connectionString: schema.url });
    cleanup = () => schema.drop();
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "reference-wallet-test-"));
    store = await openStore({ kind: "sqlite", dataDir: dir, filename: path.join(dir, "wallet.sqlite") });
    cleanup = () => rm(dir, { recursive: true, force: true });
  }
  const app = buildWalletApp({
    store,
    salts: createActiveSalts(salts),
    adminToken: ADMIN_TOKEN,
    ...(options.classicProfile === undefined ? {} : { classicProfile: options.classicProfile }),
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;

  return {
    app,
    store,
    baseUrl,
    async admin(method, urlPath, body, options = {}) {
      const headers: Record<string, string> = {};
      const token = options.token === undefined ? ADMIN_TOKEN : options.token;
      if (token !== null) headers.authorization = `Bearer ${token}`;
      let payload: string | undefined = options.rawBody;
      if (payload === undefined && body !== undefined) payload = JSON.stringify(body);
      if (payload !== undefined) headers["content-type"] = options.contentType ?? "application/json";
      const response = await fetch(`${baseUrl}${urlPath}`, { method, headers, body: payload });
      const text = await response.text();
      return {
        status: response.status,
        contentType: response.headers.get("content-type") ?? "",
        headers: response.headers,
        json: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>),
      };
    },
    async call(unsigned, salt) {
      const signed = signCall(unsigned, salt, Date.now());
      const response = await fetch(`${baseUrl}/wallet`, {
        method: "POST",
        headers: signed.headers,
        body: signed.body,
      });
      return { status: response.status, json: (await response.json()) as WalletResponse };
    },
    async close() {
      await app.close();
      try {
        await store.close();
      } finally {
        await cleanup();
      }
    },
  };
}

/** A fresh id, so tests sharing a store never collide. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
