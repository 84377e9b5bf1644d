import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { isGlobalUnicast } from "../callbacks/address-policy.ts";
import { checkCallbackUrl } from "../operators/callback-url.ts";

/** Resolves a host name to every address (node:dns `lookup` with `all: true`); injectable for tests. */
export type ResolveAll = (hostname: string) => Promise<readonly { address: string }[]>;

const resolveAllSystem: ResolveAll = (hostname) => dnsLookup(hostname, { all: true });

export type TargetCheck = { ok: true } | { ok: false; message: string };

/**
 * The test call's private-address policy, applied to a conformance run's target before it
 * starts: the URL rules of `checkCallbackUrl` (which refuse private IP literals and `localhost`
 * unless private networks are allowed) and then the host name resolved, refused when any of
 * its addresses is private.
 *
 * Stricter than the test call, which filters the addresses at connection time: the kit opens
 * its own connections, so the only safe answer here is to refuse a name with any private
 * address. (A name re-pointed between this check and the kit's connection is not caught; that
 * needs the kit to accept a connect-time lookup — see the conformance-runs README.)
 */
export async function checkRunTarget(
  url: string,
  options: { allowPrivateNetworks: boolean; resolveAll?: ResolveAll },
): Promise<TargetCheck> {
  const checked = checkCallbackUrl(url, { allowPrivateNetworks: options.allowPrivateNetworks });
  if (!checked.ok) return checked;
  if (options.allowPrivateNetworks) return { ok: true };
  const host = new URL(checked.url).hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) !== 0) return { ok: true }; // a literal: checkCallbackUrl judged it already
  let addresses: readonly { address: string }[];
  try {
    addresses = await (options.resolveAll ?? resolveAllSystem)(host);
  } catch {
    return { ok: false, message: `The callback URL's host ${host} does not resolve.` };
  }
  if (addresses.length === 0)
    return { ok: false, message: `The callback URL's host ${host} does not resolve.` };
  const privateOne = addresses.find((a) => !isGlobalUnicast(a.address));
  if (privateOne !== undefined) {
    return {
      ok: false,
      message: `The callback URL's host ${host} resolves to a non-public address (${privateOne.address}).`,
    };
  }
  return { ok: true };
}
