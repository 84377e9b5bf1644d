import type { HeaderBag, WalletResponse } from "@croupier/protocol";
import type { WalletStore } from "../store/wallet-store.ts";

/**
 * Options of {@link createWalletHandler}.
 *
 * @example
 * const options: WalletHandlerOptions = { salts: [process.env.WALLET_SALT!], store };
 */
export interface WalletHandlerOptions {
  /**
   * Active salt keys. Several may be active at once during a rotation; pass a function to
   * rotate without restarting (it is called once per request).
   */
  readonly salts: readonly string[] | (() => readonly string[]);
  /** Accepted distance of `timestamp` from the clock, past or future. Default 30. */
  readonly windowSeconds?: number;
  /** Refuse calls whose `webhook-signature` does not cover the raw body. Default false. */
  readonly requireBodySignature?: boolean;
  readonly store: WalletStore;
  /** Epoch milliseconds. Default `Date.now`. */
  readonly clock?: () => number;
  /**
   * Largest body accepted, in bytes; larger ones are answered INVALID_REQUEST. Default 65 536
   * (real calls are under 1 KiB). Give the HTTP adapters the same limit.
   */
  readonly maxBodyBytes?: number;
  /**
   * Called with anything unexpected (a database failure, a bug) before the handler answers
   * INTERNAL_ERROR. The answer carries no details; log them here.
   */
  readonly onInternalError?: (error: unknown, callId?: string) => void;
}

/**
 * One answered call: always HTTP 200 with a JSON body (the protocol's transport rule).
 *
 * @example
 * const { statusCode, headers, body } = await handler({ body: raw, headers: req.headers });
 * res.writeHead(statusCode, headers).end(body);
 */
export interface WalletHttpAnswer {
  readonly statusCode: 200;
  readonly headers: { readonly "content-type": "application/json" };
  /** `JSON.stringify(response)`. */
  readonly body: string;
  readonly response: WalletResponse;
}

/**
 * The operator's callback endpoint, without any web framework: give it the raw body and the
 * request headers, send back what it returns. It never throws.
 *
 * @example
 * const answer = await handler({ body: rawBodyBytes, headers: { "content-type": "application/json" } });
 * answer.response.status; // "ok" | "error"
 */
export type WalletHandler = (input: {
  readonly body: string | Uint8Array;
  readonly headers: HeaderBag;
}) => Promise<WalletHttpAnswer>;
