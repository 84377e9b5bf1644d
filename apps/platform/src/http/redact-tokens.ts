/**
 * Bearer secrets that travel in URLs or bodies and must never reach a log: launch tokens
 * (`lt_`, in `/launch/<token>`), studio session tokens (`sst_`, in `/play/<token>`), the game
 * client's access tokens (`sca_`), studio gateway secrets (`gws_`) and API credentials
 * (`crp_<environment>_…`). Whoever reads a log line with one could play the player's session.
 */
const SECRET_TOKEN = /\b(lt|sst|sca|gws|crp_sandbox|crp_live)_[A-Za-z0-9_-]+/g;

/** The text with every secret token replaced by its prefix and `[redacted]`. */
export function redactTokens(text: string): string {
  return text.replace(SECRET_TOKEN, "$1_[redacted]");
}

/** What pino writes to: a stream with `write`, maybe with `flush`/`flushSync`/`end` (SonicBoom). */
export interface LogDestination {
  write(chunk: string): unknown;
  flush?(callback?: (error?: Error) => void): unknown;
  flushSync?(): unknown;
  end?(): unknown;
}

/**
 * Wraps a log destination so that every line is redacted as written: the message, the request
 * URL, an error's message and stack alike, whichever code logged it. The one place that sees
 * each finished line, so nothing logged anywhere can carry a token out.
 */
export function redactingDestination(destination: LogDestination): LogDestination {
  return {
    write: (chunk) => destination.write(redactTokens(chunk)),
    ...(destination.flush === undefined ? {} : { flush: destination.flush.bind(destination) }),
    ...(destination.flushSync === undefined ? {} : { flushSync: destination.flushSync.bind(destination) }),
    ...(destination.end === undefined ? {} : { end: destination.end.bind(destination) }),
  };
}
