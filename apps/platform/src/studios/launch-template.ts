/**
 * A studio's launch URL template: where the platform sends the player's browser once a launch
 * URL is opened. Placeholders in braces are filled in, URL-encoded. `{token}` (the studio
 * session token the studio validates through the gateway) is required.
 *
 * @example
 * renderLaunchUrl("https://games.acme.example/play?t={token}&lang={language}", values);
 */
export const LAUNCH_PLACEHOLDERS = [
  "token",
  "session_id",
  "game_id",
  "language",
  "currency",
  "demo",
  "return_url",
  "cashier_url",
] as const;

export type LaunchPlaceholder = (typeof LAUNCH_PLACEHOLDERS)[number];

export const LAUNCH_TEMPLATE_MAX_LENGTH = 1024;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Why the template is unusable, or undefined. */
export function launchTemplateProblem(template: string): string | undefined {
  if (template.length > LAUNCH_TEMPLATE_MAX_LENGTH) return `at most ${LAUNCH_TEMPLATE_MAX_LENGTH} characters`;
  const names = [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
  const unknown = names.filter((name) => !(LAUNCH_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length > 0)
    return `unknown placeholder {${unknown[0]}}; allowed: ${LAUNCH_PLACEHOLDERS.map((n) => `{${n}}`).join(", ")}`;
  if (!names.includes("token")) return "must contain {token}";
  let url: URL;
  try {
    url = new URL(template.replace(PLACEHOLDER, "x"));
  } catch {
    return "is not an absolute URL";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "must be an http(s) URL";
  if (url.username !== "" || url.password !== "") return "must not carry credentials";
  return undefined;
}

/** The template with every placeholder replaced by its URL-encoded value. */
export function renderLaunchUrl(
  template: string,
  values: Readonly<Record<LaunchPlaceholder, string>>,
): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) =>
    encodeURIComponent(values[name as LaunchPlaceholder] ?? ""),
  );
}
