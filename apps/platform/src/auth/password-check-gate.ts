/**
 * Bounds how many password checks (scrypt, 128 MiB and ~0.4 s of a core each) run at once, with
 * a short queue behind them; beyond that a check is refused at once rather than queued without
 * bound. scrypt runs on libuv's small thread pool, which the database drivers and file I/O share:
 * unauthenticated sign-ins must not starve game rounds of it.
 */
export interface PasswordCheckGate {
  /** Runs `work` when a slot is free; `{ ok: false }` at once when the slots and the queue are full. */
  run<T>(work: () => Promise<T>): Promise<{ readonly ok: true; readonly value: T } | { readonly ok: false }>;
  /** Most checks that have run at the same time since the gate was made (for tests and metrics). */
  readonly peakRunning: number;
}

export interface PasswordCheckGateOptions {
  /** Checks running at once. */
  readonly concurrency: number;
  /** Checks waiting for a slot; one more is refused. */
  readonly queue: number;
}

export const DEFAULT_PASSWORD_CHECK_GATE: PasswordCheckGateOptions = { concurrency: 2, queue: 8 };

export function createPasswordCheckGate(
  options: PasswordCheckGateOptions = DEFAULT_PASSWORD_CHECK_GATE,
): PasswordCheckGate {
  let running = 0;
  let peakRunning = 0;
  const waiting: (() => void)[] = [];

  function start(): void {
    running += 1;
    peakRunning = Math.max(peakRunning, running);
  }

  function finish(): void {
    const next = waiting.shift();
    // The slot passes straight to the next waiter, so no newcomer can overtake the queue.
    if (next !== undefined) next();
    else running -= 1;
  }

  return {
    get peakRunning() {
      return peakRunning;
    },
    async run(work) {
      if (running < options.concurrency) start();
      else if (waiting.length < options.queue) await new Promise<void>((resolve) => waiting.push(resolve));
      else return { ok: false };
      try {
        return { ok: true, value: await work() };
      } finally {
        finish();
      }
    },
  };
}
