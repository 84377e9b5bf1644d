import pg from "pg";
import { signCall, type UnsignedWalletRequest } from "@croupier/protocol";
import type { ManagedWalletStore } from "../admin/player-admin-types.ts";
import type { WalletHandler, WalletHttpAnswer } from "../handler/handler-types.ts";
import { NOW_MS, SALT } from "./calls.ts";

/** The same store without `settle`: the handler then runs the TypeScript duties over `transact`. */
export function transactOnly(store: ManagedWalletStore): ManagedWalletStore {
  const copy = { ...store };
  delete copy.settle;
  return copy;
}

/** Signs `request` and hands it to the handler directly (no HTTP), `step` seconds apart. */
export function send(
  handler: WalletHandler,
  request: UnsignedWalletRequest,
  step = 0,
): Promise<WalletHttpAnswer> {
  const signed = signCall(request as never, SALT, NOW_MS - (step % 20) * 1_000);
  return handler({ body: signed.body, headers: signed.headers });
}

/** An answer body with its operator `tx_id` (random per store) blanked. */
export function withoutTxId(body: string): string {
  return body.replace(/"tx_id":"[^"]*"/, '"tx_id":"-"');
}

/** A plain `pg` client on `url` for the length of `run` (schema changes a test makes). */
export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
