/**
 * The salts the callback endpoint accepts right now. SALT_KEYS gives the boot value;
 * `PUT /admin/salts` replaces it at run time so a platform can rotate with an overlap
 * (new + old, then new alone) without a restart. Held in memory only: a restart goes back to
 * SALT_KEYS, which is why a rotation must end by updating SALT_KEYS too.
 */
export interface ActiveSalts {
  /** The current list; the SDK handler reads it on every call. */
  readonly current: () => readonly string[];
  readonly replace: (salts: readonly string[]) => void;
}

export function createActiveSalts(initial: readonly string[]): ActiveSalts {
  // Frozen copies: a caller holding the old array can never change what is active.
  let salts: readonly string[] = Object.freeze([...initial]);
  return {
    current: () => salts,
    replace: (next) => {
      salts = Object.freeze([...next]);
    },
  };
}
