import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import type { Environment } from "./wallet-endpoint.ts";

/**
 * The one policy for where the platform's outbound calls to operators may go: wallet calls of the
 * round engine, test calls, salt checks, conformance runs, and the callback URLs operators save.
 *
 * Only global unicast addresses are public. Classification is ipaddr.js's (a maintained table of
 * the IANA special-purpose registries), so loopback, RFC 1918, link-local (cloud metadata),
 * CGNAT, documentation ranges (192.0.2.0/24, 2001:db8::/32), benchmarking, multicast, reserved,
 * and every IPv6 form that embeds an IPv4 address (`::ffff:127.0.0.1`, `::127.0.0.1`,
 * `::ffff:0:127.0.0.1`, `64:ff9b::127.0.0.1`, 6to4, Teredo) are not. IPv6 must also lie in
 * 2000::/3, the block global unicast is allocated from.
 */
export function isGlobalUnicast(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.range() !== "unicast") return false;
  if (parsed.kind() === "ipv6") return (parsed as ipaddr.IPv6).match(GLOBAL_UNICAST_V6);
  return true;
}

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3") as [ipaddr.IPv6, number];

/**
 * Which operators' callbacks may reach private addresses:
 * - `false`: none (the default, and production's);
 * - `true`: sandbox callbacks only (ALLOW_PRIVATE_CALLBACK_URLS, for a wallet on the developer's
 *   own network); live callbacks never;
 * - `"tests-any-environment"`: tests, whose loopback wallets stand in for live ones too. No
 *   configuration variable can select it.
 */
export type PrivateNetworkPolicy = boolean | "tests-any-environment";

/** Whether a call in `environment` may go to a private address under `policy`. */
export function privateNetworksAllowed(policy: PrivateNetworkPolicy, environment: Environment): boolean {
  return policy === "tests-any-environment" || (policy === true && environment === "sandbox");
}

/** The host of a URL without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, "");
}

/** Whether a URL's host is an IP literal that is not public (literals skip DNS, so the lookup never sees them). */
export function isNonPublicIpLiteral(url: URL): boolean {
  const host = hostOf(url);
  return ipaddr.isValid(host) && !isGlobalUnicast(host);
}

/** Names that always mean this machine, whatever DNS says. */
export function isLocalName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || name.endsWith(".localhost");
}

/**
 * A DNS lookup that keeps public addresses only: the connection-time half of the policy, so a
 * public name resolving to 10.0.0.1 (or re-resolving there later) is refused too.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error !== null) return callback(error, "", 4);
    const allowed = addresses.filter((a) => isGlobalUnicast(a.address));
    const first = allowed[0];
    if (first === undefined) {
      const refused = Object.assign(new Error(`${hostname} resolves only to non-public addresses`), {
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
