import { parseArgs } from "node:util";
import type { ConformanceOptions } from "../options.ts";

/** What the command line asks for. */
export type CliCommand =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "list" }
  | { kind: "run"; options: ConformanceOptions; jsonPath?: string; junitPath?: string }
  | { kind: "usage-error"; message: string };

/** The usage text of `croupier-conformance --help`. */
export const USAGE = `Usage: croupier-conformance --url URL --salt SALT --players ID1,ID2 --currency EUR [options]

Tests an operator's wallet callback against the Croupier seamless wallet protocol.

Required:
  --url URL                 the callback URL (http or https)
  --salt SALT               the salt key (or set CROUPIER_SALT, which keeps it out of shell history)
  --players ID1,ID2         two test players with at least 1000 minor units each
  --currency CODE           the test players' currency, e.g. EUR

Options:
  --window SECONDS          the operator's timestamp window (default 30)
  --timeout-ms MS           the platform's callback timeout (default 5000)
  --require-body-signature  the operator enforces the webhook-signature header
  --profile native|classic  how the platform calls the operator (default native); classic (or gamehub)
                            is the compatibility profile: GET with a query, answers {"error":0|1|2}
  --only IDS                comma-separated check ids or areas, e.g. rollback,debit.insufficient-funds
  --game-id ID              game_id sent with every call (default croupier-conformance)
  --json FILE               write the full report as JSON
  --junit FILE              write the report as JUnit XML
  --list                    list the checks and exit
  --help, --version

Exit codes: 0 every required check passed, 1 a required check failed, 2 usage error or wallet unreachable.
`;

/**
 * Reads argv (without node and script) into a command. Never throws and never exits.
 *
 * @example
 * parseCli(["--url", "http://127.0.0.1:3100/wallet", "--salt", "s", "--players", "a,b", "--currency", "EUR"], {});
 */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: "string" },
        salt: { type: "string" },
        players: { type: "string" },
        currency: { type: "string" },
        window: { type: "string" },
        "timeout-ms": { type: "string" },
        "require-body-signature": { type: "boolean" },
        profile: { type: "string" },
        only: { type: "string" },
        "game-id": { type: "string" },
        json: { type: "string" },
        junit: { type: "string" },
        list: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" },
      },
    }));
  } catch (error) {
    return { kind: "usage-error", message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help === true) return { kind: "help" };
  if (values.version === true) return { kind: "version" };
  if (values.list === true) return { kind: "list" };

  const missing: string[] = [];
  const salt = values.salt ?? env.CROUPIER_SALT;
  if (values.url === undefined) missing.push("--url");
  if (salt === undefined || salt === "") missing.push("--salt (or CROUPIER_SALT)");
  if (values.players === undefined) missing.push("--players");
  if (values.currency === undefined) missing.push("--currency");
  if (missing.length > 0) return { kind: "usage-error", message: `missing ${missing.join(", ")}` };

  const windowSeconds = integer(values.window, "--window");
  const timeoutMs = integer(values["timeout-ms"], "--timeout-ms");
  for (const parsed of [windowSeconds, timeoutMs]) {
    if (typeof parsed === "string") return { kind: "usage-error", message: parsed };
  }
  const profile = values.profile?.trim().toLowerCase();
  if (profile !== undefined && profile !== "native" && profile !== "classic" && profile !== "gamehub") {
    return {
      kind: "usage-error",
      message: `--profile must be native, classic or gamehub; got "${values.profile}"`,
    };
  }
  const options: ConformanceOptions = {
    url: values.url as string,
    salt: salt as string,
    players: list(values.players),
    currency: (values.currency as string).trim().toUpperCase(),
    requireBodySignature: values["require-body-signature"] === true,
    only: list(values.only),
    ...(typeof windowSeconds === "number" ? { windowSeconds } : {}),
    ...(typeof timeoutMs === "number" ? { timeoutMs } : {}),
    ...(values["game-id"] === undefined ? {} : { gameId: values["game-id"] }),
    ...(profile === undefined ? {} : { profile }),
  };
  return {
    kind: "run",
    options,
    ...(values.json === undefined ? {} : { jsonPath: values.json }),
    ...(values.junit === undefined ? {} : { junitPath: values.junit }),
  };
}

function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** The number, undefined when absent, or an error message. */
function integer(value: string | undefined, name: string): number | undefined | string {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) return `${name} must be a whole number; got "${value}"`;
  return Number(value.trim());
}
