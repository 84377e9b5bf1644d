import { hostOf, isLocalName, isNonPublicIpLiteral } from "../callbacks/address-policy.ts";

/** Longest callback URL accepted (a limit on everything). */
export const MAX_CALLBACK_URL_LENGTH = 2048;

export type CallbackUrlCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * An absolute http(s) URL, no user info (it would end up in logs), no fragment, at most 2048
 * characters; with `allowPrivateNetworks` false (see `privateNetworksAllowed`), no IP literal
 * that is not global unicast and no `localhost`. Host names are checked again at connection time
 * (`publicOnlyLookup`), because DNS can point a public-looking name at a private address.
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
    if (isLocalName(hostOf(url)) || isNonPublicIpLiteral(url)) {
      return { ok: false, message: "The URL points at a private or loopback address." };
    }
  }
  return { ok: true, url: url.toString() };
}
