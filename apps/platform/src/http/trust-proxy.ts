import { isAddressOrCidr } from "./ip-entries.ts";

/** Names Fastify's `trustProxy` (proxy-addr) understands for well-known ranges. */
const RANGE_NAMES = ["loopback", "linklocal", "uniquelocal"] as const;

/**
 * The proxies whose `X-Forwarded-For` is believed: `false` (none: the socket address is the
 * client) or a list of addresses and CIDR ranges, passed as is to Fastify's `trustProxy`.
 */
export type TrustedProxies = false | readonly string[];

/**
 * Reads `TRUST_PROXY`: unset or `false` trusts no proxy; otherwise a comma-separated list of
 * addresses, CIDR ranges or the names `loopback`, `linklocal`, `uniquelocal`. `true` is refused:
 * trusting every hop lets any client pick its own IP by sending `X-Forwarded-For`, and every
 * failure limit and rate limit counted per IP with it.
 *
 * @example
 * parseTrustProxy("10.0.0.0/8, 127.0.0.1") // { ok: true, value: ["10.0.0.0/8", "127.0.0.1"] }
 */
export function parseTrustProxy(
  raw: string | undefined,
): { readonly ok: true; readonly value: TrustedProxies } | { readonly ok: false; readonly message: string } {
  const text = raw?.trim() ?? "";
  if (text === "" || text.toLowerCase() === "false") return { ok: true, value: false };
  if (text.toLowerCase() === "true") {
    return {
      ok: false,
      message:
        "TRUST_PROXY=true is refused: it would let any client choose its IP through X-Forwarded-For. " +
        "Name your proxies' addresses or CIDR ranges instead, e.g. TRUST_PROXY=10.0.0.0/8,127.0.0.1.",
    };
  }
  const entries = text.split(",").map((entry) => entry.trim());
  const bad = entries.filter((entry) => !isProxyEntry(entry));
  if (bad.length > 0) {
    return {
      ok: false,
      message:
        `TRUST_PROXY must be false or a comma-separated list of addresses or CIDR ranges ` +
        `(or loopback, linklocal, uniquelocal); not ${bad.map((entry) => JSON.stringify(entry)).join(", ")}.`,
    };
  }
  return { ok: true, value: entries };
}

function isProxyEntry(entry: string): boolean {
  return (RANGE_NAMES as readonly string[]).includes(entry) || isAddressOrCidr(entry);
}
