/**
 * The compatibility (GameHub-style, "classic") profile for the operator's side: a call arrives as
 * a GET query string (`username` for `player_id`, `gameplay_final` 0/1 for `round_closed`) and
 * is answered `{"error":0|1|2,"balance":…}`. The query is turned into the native JSON body and
 * handled by the very same handler, so every duty (idempotency, rollbacks that look for their
 * original, atomicity) and every check (key, window, shapes) is the native one.
 *
 * The dialect carries no body signature: a captured URL can be replayed with another amount
 * inside the timestamp window. Prefer the native profile; otherwise accept these calls only from
 * the platform's egress addresses (see the protocol document, "Compatibility profile").
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { GAMEHUB_ERRORS, type WalletResponse } from "@croupier/protocol";
import { createWalletHandler } from "../handler/create-wallet-handler.ts";
import type { WalletHandlerOptions } from "../handler/handler-types.ts";

/** The dialect's names of the native fields it renames. */
const RENAMED: Readonly<Record<string, string>> = { username: "player_id", gameplay_final: "round_closed" };
/** Fields whose text is put in the body as a JSON number when it is a plain non-negative integer. */
const INTEGER_FIELDS: ReadonlySet<string> = new Set(["amount", "rb", "timestamp"]);
const PLAIN_INTEGER = /^(0|[1-9][0-9]{0,19})$/;
/** Longest query accepted; a real call is a few hundred characters. */
export const MAX_CLASSIC_QUERY_LENGTH = 8_192;

/** One answer in the dialect. INTERNAL_ERROR is HTTP 500, so the platform reads the outcome as unknown. */
export interface ClassicWalletAnswer {
  readonly statusCode: 200 | 500;
  readonly headers: { readonly "content-type": "application/json" };
  /** `{"error":0|1|2,"balance":…}` */
  readonly body: string;
  /** The native answer it encodes. */
  readonly response: WalletResponse;
}

export type ClassicWalletHandler = (query: string | URLSearchParams) => Promise<ClassicWalletAnswer>;

/**
 * The JSON body a classic query stands for, or why it cannot be one. Integers stay number
 * literals exactly as written (the key covers the timestamp's text as sent); anything else that
 * is not a plain integer travels as a string, so the native shape check refuses it. A parameter
 * given twice is refused: which one counts would be a guess.
 *
 * @example
 * classicQueryToBody(new URLSearchParams("action=balance&call_id=c1&username=p1&timestamp=1767225600&key=…"));
 * // { ok: true, body: '{"action":"balance","call_id":"c1","player_id":"p1","timestamp":1767225600,"key":"…"}' }
 */
export function classicQueryToBody(
  query: URLSearchParams,
): { ok: true; body: string } | { ok: false; message: string } {
  const seen = new Set<string>();
  const members: string[] = [];
  for (const [name, value] of query) {
    const field = RENAMED[name] ?? name;
    if (seen.has(field)) return { ok: false, message: `parameter ${name} is given twice` };
    seen.add(field);
    let json: string;
    if (INTEGER_FIELDS.has(field) && PLAIN_INTEGER.test(value)) json = value;
    else if (field === "round_closed" && (value === "0" || value === "1"))
      json = value === "1" ? "true" : "false";
    else json = JSON.stringify(value);
    members.push(`${JSON.stringify(field)}:${json}`);
  }
  return { ok: true, body: `{${members.join(",")}}` };
}

/**
 * A wallet callback handler for the compatibility profile. Takes the same options as
 * `createWalletHandler` except `requireBodySignature`: the dialect has no signature to require,
 * so asking for one is refused at construction.
 *
 * @example
 * const classic = createClassicWalletHandler({ salts: [process.env.WALLET_SALT!], store });
 * const answer = await classic(new URL(req.url!, "http://wallet").searchParams);
 * res.writeHead(answer.statusCode, answer.headers).end(answer.body);
 */
export function createClassicWalletHandler(
  options: Omit<WalletHandlerOptions, "requireBodySignature"> & { readonly requireBodySignature?: false },
): ClassicWalletHandler {
  if ((options as WalletHandlerOptions).requireBodySignature === true) {
    throw new Error(
      "the compatibility profile carries no body signature; requireBodySignature cannot be set",
    );
  }
  const native = createWalletHandler({ ...options, requireBodySignature: false });
  return async (query) => {
    const text = typeof query === "string" ? query : query.toString();
    if (text.length > MAX_CLASSIC_QUERY_LENGTH) {
      return classicAnswer({ status: "error", code: "INVALID_REQUEST", message: "query too long" });
    }
    const body = classicQueryToBody(typeof query === "string" ? new URLSearchParams(query) : query);
    if (!body.ok) return classicAnswer({ status: "error", code: "INVALID_REQUEST", message: body.message });
    const answer = await native({ body: body.body, headers: { "content-type": "application/json" } });
    return classicAnswer(answer.response);
  };
}

/** The dialect's encoding of a native answer. */
export function classicAnswer(response: WalletResponse): ClassicWalletAnswer {
  const headers = { "content-type": "application/json" } as const;
  if (response.status === "ok") {
    return {
      statusCode: 200,
      headers,
      body: JSON.stringify({ error: GAMEHUB_ERRORS.ok, balance: response.balance }),
      response,
    };
  }
  if (response.code === "INTERNAL_ERROR") {
    return {
      statusCode: 500,
      headers,
      body: JSON.stringify({ error: GAMEHUB_ERRORS.otherRefusal }),
      response,
    };
  }
  const error =
    response.code === "INSUFFICIENT_FUNDS" ? GAMEHUB_ERRORS.insufficientFunds : GAMEHUB_ERRORS.otherRefusal;
  const balance = response.balance === undefined ? {} : { balance: response.balance };
  return { statusCode: 200, headers, body: JSON.stringify({ error, ...balance }), response };
}

/**
 * A `node:http` request listener for the compatibility profile: GET with the call in the query.
 * Any other method is answered `{"error":2}`. Mount it on the callback path yourself.
 *
 * @example
 * import { createServer } from "node:http";
 * createServer(nodeHttpClassicWalletListener(createClassicWalletHandler({ salts, store }))).listen(8080);
 */
export function nodeHttpClassicWalletListener(
  handler: ClassicWalletHandler,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    req.resume();
    const send = (answer: ClassicWalletAnswer) =>
      res.writeHead(answer.statusCode, answer.headers).end(answer.body);
    if (req.method !== "GET") {
      send(classicAnswer({ status: "error", code: "INVALID_REQUEST", message: "use GET" }));
      return;
    }
    const url = req.url ?? "/";
    const at = url.indexOf("?");
    handler(at === -1 ? "" : url.slice(at + 1)).then(send, () => res.destroy());
  };
}
