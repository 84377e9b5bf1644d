import { DEFAULT_MAX_BODY_BYTES, errorResponse } from "@croupier/protocol";
import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import type { WalletHandler } from "../handler/handler-types.ts";

/**
 * Options of {@link expressWallet}.
 *
 * @example
 * const options: ExpressWalletOptions = { maxBodyBytes: 65_536 };
 */
export interface ExpressWalletOptions {
  /** Bodies above this are answered INVALID_REQUEST. Default 65 536; match the handler's. */
  readonly maxBodyBytes?: number;
}

/**
 * Express middleware serving the wallet callback. It reads the raw body itself
 * (`express.raw` for every content type), so mount it where no JSON parser ran before it —
 * the body signature covers the exact bytes. Body-parser refusals (too large, bad encoding,
 * aborted) become HTTP 200 INVALID_REQUEST, as the protocol requires.
 *
 * @example
 * import express from "express";
 * import { expressWallet } from "@croupier/wallet-sdk/express";
 *
 * const app = express();
 * app.post("/wallet", expressWallet(handler));
 * app.use(express.json()); // the rest of the app may parse JSON as usual
 * app.listen(8080);
 */
export function expressWallet(handler: WalletHandler, options: ExpressWalletOptions = {}): RequestHandler {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const readRaw = express.raw({ type: () => true, limit: maxBodyBytes });

  return (req: Request, res: Response, _next: NextFunction) => {
    readRaw(req, res, (error?: unknown) => {
      if (error !== undefined && error !== null) {
        send(res, JSON.stringify(parserRefusal(error, maxBodyBytes)));
        return;
      }
      const raw: unknown = req.body;
      if (raw !== undefined && !(raw instanceof Uint8Array) && typeof raw !== "string") {
        // An app-level JSON parser already consumed the bytes: the signature can no longer be
        // checked and nothing faithful can be passed on. A configuration bug, not the caller's.
        send(res, JSON.stringify(errorResponse("INTERNAL_ERROR", "internal error")));
        return;
      }
      handler({ body: raw ?? "", headers: req.headers }).then(
        (answer) => send(res, answer.body),
        () => res.destroy(),
      );
    });
  };
}

function parserRefusal(error: unknown, maxBodyBytes: number) {
  const status = (error as { status?: unknown }).status;
  const type = (error as { type?: unknown }).type;
  if (type === "entity.too.large")
    return errorResponse("INVALID_REQUEST", `body larger than ${maxBodyBytes} bytes`);
  if (typeof status === "number" && status >= 400 && status < 500) {
    return errorResponse("INVALID_REQUEST", "malformed HTTP request");
  }
  return errorResponse("INTERNAL_ERROR", "internal error");
}

function send(res: Response, body: string): void {
  if (res.headersSent || res.destroyed) return;
  res.status(200).type("application/json").send(body);
}
