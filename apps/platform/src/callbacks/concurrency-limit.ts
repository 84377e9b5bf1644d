interface Waiter {
  readonly resolve: (granted: boolean) => void;
  timer: NodeJS.Timeout | undefined;
}

/**
 * A counting semaphore with a bounded wait queue and a wait timeout. `acquire` answers true when
 * a slot is taken (call `release` afterwards) and false when the queue is full or the wait timed
 * out — the caller then does not send at all.
 */
export class ConcurrencyLimit {
  #active = 0;
  #waiters: Waiter[] = [];

  get active(): number {
    return this.#active;
  }

  get queued(): number {
    return this.#waiters.length;
  }

  /** Synchronous `true` on the fast path, so an idle operator costs no promise. */
  acquire(limit: number, maxQueued: number, waitMs: number): true | false | Promise<boolean> {
    if (this.#active < limit && this.#waiters.length === 0) {
      this.#active += 1;
      return true;
    }
    if (this.#waiters.length >= maxQueued) return false;
    return new Promise<boolean>((resolve) => {
      const waiter: Waiter = { resolve, timer: undefined };
      waiter.timer = setTimeout(() => {
        const index = this.#waiters.indexOf(waiter);
        if (index >= 0) this.#waiters.splice(index, 1);
        resolve(false);
      }, waitMs);
      this.#waiters.push(waiter);
    });
  }

  /** Frees a slot; hands it to the oldest waiter. `limit` may have changed since (operator settings). */
  release(limit: number): void {
    this.#active -= 1;
    while (this.#active < limit && this.#waiters.length > 0) {
      const waiter = this.#waiters.shift()!;
      clearTimeout(waiter.timer);
      this.#active += 1;
      waiter.resolve(true);
    }
  }
}
