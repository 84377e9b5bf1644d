import { BlockList, isIP } from "node:net";

/** Longest callback URL accepted (a limit on everything). */
export const MAX_CALLBACK_URL_LENGTH = 2048;

/**
 * Addresses an operator's callback must not point at when private networks are not allowed:
 * loopback, RFC 1918, link-local (cloud metadata at 169.254.169.254), CGNAT, unique-local
 * IPv6 and the unspecified addresses. Otherwise an operator could make the platform call, and
 * show them the answer of, services inside our own network.
 */
const PRIVATE = new BlockList();
PRIVATE.addSubnet("0.0.0.0", 8, "ipv4");
PRIVATE.addSubnet("10.0.0.0", 8, "ipv4");
PRIVATE.addSubnet("100.64.0.0", 10, "ipv4");
PRIVATE.addSubnet("127.0.0.0", 8, "ipv4");
PRIVATE.addSubnet("169.254.0.0", 16, "ipv4");
PRIVATE.addSubnet("172.16.0.0", 12, "ipv4");
PRIVATE.addSubnet("192.168.0.0", 16, "ipv4");
PRIVATE.addSubnet("198.18.0.0", 15, "ipv4");
PRIVATE.addSubnet("224.0.0.0", 3, "ipv4");
PRIVATE.addAddress("::", "ipv6");
PRIVATE.addAddress("::1", "ipv6");
PRIVATE.addSubnet("fc00::", 7, "ipv6");
PRIVATE.addSubnet("fe80::", 10, "ipv6");

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, "ipv4");
  if (family === 6) {
    const mapped = mappedIpv4(address);
    return mapped === undefined ? PRIVATE.check(address, "ipv6") : PRIVATE.check(mapped, "ipv4");
  }
  return false;
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:10.0.0.1` or `::ffff:a00:1`). */
function mappedIpv4(address: string): string | undefined {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted?.[1] !== undefined) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hex?.[1] === undefined || hex[2] === undefined) return undefined;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

export type CallbackUrlCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * An absolute http(s) URL, no user info (it would end up in logs), no fragment, at most 2048
 * characters; with `allowPrivateNetworks` false, no private or loopback IP literal and no
 * `localhost`. Host names are checked again at connection time (see test-call.ts), because DNS
 * can point a public-looking name at a private address.
 */
export function checkCallbackUrl(text: string, options: { allowPrivateNetworks: boolean }): CallbackUrlCheck {
  if (text.length > MAX_CALLBACK_URL_LENGTH) return { ok: false, message: "The URL is too long." };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: "Not an absolute URL." };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, message: "Only http and https URLs are allowed." };
  }
  if (url.username !== "" || url.password !== "") {
    return { ok: false, message: "The URL may not contain a user name or password." };
  }
  if (url.hash !== "") return { ok: false, message: "The URL may not contain a fragment." };
  if (!options.allowPrivateNetworks) {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (host === "localhost" || host.endsWith(".localhost") || isPrivateAddress(host)) {
      return { ok: false, message: "The URL points at a private or loopback address." };
    }
  }
  return { ok: true, url: url.toString() };
}
