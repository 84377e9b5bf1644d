import type { IncomingMessage, ServerResponse } from "node:http";
import { DEFAULT_MAX_BODY_BYTES, errorResponse } from "@croupier/protocol";
import type { WalletHandler } from "../handler/handler-types.ts";

/**
 * Options of {@link nodeHttpWalletListener}.
 *
 * @example
 * const options: NodeHttpWalletOptions = { maxBodyBytes: 65_536 };
 */
export interface NodeHttpWalletOptions {
  /** Bodies above this are answered INVALID_REQUEST unread. Default 65 536; match the handler's. */
  readonly maxBodyBytes?: number;
}

/**
 * How much of an oversized body is read and discarded so the connection can be reused. Past
 * it the answer goes out with `connection: close` and the socket is closed: reading gigabytes
 * to keep one socket alive is not worth it.
 */
const MAX_DISCARDED_BYTES = 8 * 1024 * 1024;

/**
 * A `node:http` request listener for the wallet callback. It reads the raw body (up to
 * `maxBodyBytes`), passes it with the headers to the handler and always answers HTTP 200
 * JSON — an oversized body, a non-POST method or a broken upload included. Mount it on the
 * callback path yourself if the server serves anything else.
 *
 * @example
 * import { createServer } from "node:http";
 * import { nodeHttpWalletListener } from "@croupier/wallet-sdk/node-http";
 *
 * createServer(nodeHttpWalletListener(handler)).listen(8080);
 */
export function nodeHttpWalletListener(
  handler: WalletHandler,
  options: NodeHttpWalletOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return (req, res) => {
    if (req.method !== "POST") {
      req.resume();
      send(res, JSON.stringify(errorResponse("INVALID_REQUEST", "use POST")));
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let answered = false;

    const refuseOversize = (close: boolean): void => {
      answered = true;
      const body = JSON.stringify(errorResponse("INVALID_REQUEST", `body larger than ${maxBodyBytes} bytes`));
      send(res, body, close);
      if (close) res.once("finish", () => req.socket.destroySoon());
    };

    req.on("data", (chunk: Buffer) => {
      received += chunk.byteLength;
      if (received <= maxBodyBytes) chunks.push(chunk);
      else chunks.length = 0;
      if (!answered && received > maxBodyBytes + MAX_DISCARDED_BYTES) refuseOversize(true);
    });
    req.on("end", () => {
      if (answered) return;
      if (received > maxBodyBytes) {
        refuseOversize(false);
        return;
      }
      handler({ body: Buffer.concat(chunks, received), headers: req.headers }).then(
        (answer) => send(res, answer.body),
        // The handler never rejects; should that ever break, drop the connection rather than
        // leave the caller waiting: for the platform it is an unknown outcome either way.
        () => res.destroy(),
      );
    });
    // An aborted upload has nobody left to answer; just let go of what was read.
    req.on("error", () => {
      chunks.length = 0;
    });
  };
}

function send(res: ServerResponse, body: string, close = false): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string | number> = {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
  };
  if (close) headers.connection = "close";
  res.writeHead(200, headers).end(body);
}
