import { isIP } from "node:net";

/**
 * Whether `entry` is one IPv4 or IPv6 address, or a CIDR range of one (`10.0.0.0/8`,
 * `2001:db8::/32`), written strictly (no shorthand such as `10` for `0.0.0.10`). Shared by the
 * settings that list addresses: TRUST_PROXY and EGRESS_ADDRESSES.
 *
 * @example
 * isAddressOrCidr("198.51.100.0/24") // true
 * isAddressOrCidr("10.0.0.0/33")     // false
 */
export function isAddressOrCidr(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}
