/**
 * @croupier/env — reading a service's configuration from environment variables, with every
 * problem collected so that one start names all of them. The apps keep their own rules (which
 * variables, defaults, checks between them); the reading itself is this one module.
 */

/** The boolean spellings accepted, beside true/false. */
const TRUE_WORDS = ["1", "true", "yes", "on"];
const FALSE_WORDS = ["0", "false", "no", "off"];

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface EnvReader {
  /** Problems found so far, one sentence each naming the variable. */
  readonly errors: string[];
  /** Things to print at start-up. */
  readonly warnings: string[];
  /** The trimmed value; undefined when unset or only whitespace. */
  value(name: string): string | undefined;
  /** Plain digits from `min` to `max`; `fallback` when unset (or, with an error noted, when bad). */
  integer(
    name: string,
    bounds: { readonly fallback: number; readonly min: number; readonly max: number },
  ): number;
  /** true/false, 1/0, yes/no, on/off (any case); `fallback` when unset (or, with an error noted, when bad). */
  boolean(name: string, fallback: boolean): boolean;
  /** One of `allowed`; `fallback` when unset (or, with an error noted, when another value). */
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
}

/**
 * A reader over `env` (usually `process.env`). Reading never throws: a bad value notes an error
 * and gives the fallback, so the caller goes on and reports everything at the end.
 *
 * @example
 * const env = readEnv({ PORT: "70000" });
 * env.integer("PORT", { fallback: 8080, min: 0, max: 65535 }); // 8080
 * env.errors; // ['PORT must be an integer from 0 to 65535; got "70000".']
 */
export function readEnv(env: NodeJS.ProcessEnv): EnvReader {
  const errors: string[] = [];
  const warnings: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name];
    return raw === undefined || raw.trim() === "" ? undefined : raw.trim();
  };
  return {
    errors,
    warnings,
    value,
    integer(name, { fallback, min, max }) {
      const raw = value(name);
      if (raw === undefined) return fallback;
      if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        errors.push(`${name} must be an integer from ${min} to ${max}; got "${raw}".`);
        return fallback;
      }
      return Number(raw);
    },
    boolean(name, fallback) {
      const raw = value(name);
      if (raw === undefined) return fallback;
      const lower = raw.toLowerCase();
      if (TRUE_WORDS.includes(lower)) return true;
      if (FALSE_WORDS.includes(lower)) return false;
      errors.push(`${name} must be true or false (also 1/0, yes/no, on/off); got "${raw}".`);
      return fallback;
    },
    oneOf(name, allowed, fallback) {
      const raw = value(name);
      if (raw === undefined) return fallback;
      if ((allowed as readonly string[]).includes(raw)) return raw as (typeof allowed)[number];
      errors.push(`${name} must be one of ${allowed.join(", ")}; got "${raw}".`);
      return fallback;
    },
  };
}
