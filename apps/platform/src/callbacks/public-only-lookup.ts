import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { isPrivateAddress } from "../operators/callback-url.ts";

/**
 * A DNS lookup that refuses private addresses: the connection-time half of the callback URL
 * check, so a public name resolving to 10.0.0.1 (or re-resolving there later) is refused too.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error !== null) return callback(error, "", 4);
    const allowed = addresses.filter((a) => !isPrivateAddress(a.address));
    const first = allowed[0];
    if (first === undefined) {
      const refused = Object.assign(new Error(`${hostname} resolves only to private addresses`), {
        code: "EPRIVATE",
      });
      return callback(refused, "", 4);
    }
    // net.connect asks for every address (`all`) when it races IPv4 and IPv6.
    if ((options as { all?: boolean }).all === true) {
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
    }
    return callback(null, first.address, first.family);
  });
};

/** Whether a URL's host is a private or loopback IP literal (which skips DNS, so the lookup never sees it). */
export function isPrivateIpLiteral(url: URL): boolean {
  return isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ""));
}
