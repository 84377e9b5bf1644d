import assert from "node:assert/strict";
import { test } from "node:test";
import { bundledCatalogue, bundledTitleFiles } from "../catalogue/bundled-titles.ts";
import { volatilityOf } from "../catalogue/volatility.ts";
import type { LoadedTitle } from "../engine.ts";
import { createSeededRng } from "../rng/seeded-rng.ts";
import { mutateStrongestPay } from "../simulation/pay-mutation.ts";
import { checkRtp, roundsToDetect } from "../simulation/rtp-check.ts";
import type { EngineId, InstantGame } from "../types.ts";

/** Simulation rounds a title check may use: keeps the suite fast on two cores. */
export const MAX_CHECK_ROUNDS = 1_500_000;

/** Bundled titles of one engine, with their files. */
export function titlesOf(engine: EngineId): { loaded: LoadedTitle; json: Record<string, unknown> }[] {
  const catalogue = bundledCatalogue();
  return bundledTitleFiles()
    .map(({ json }) => json as Record<string, unknown> & { id: string })
    .filter((json) => json.engine === engine)
    .map((json) => ({ json, loaded: catalogue.get(json.id)! }));
}

/** The published volatility is the class of the computed σ. */
export function testPublishedVolatility(loaded: LoadedTitle): void {
  test(`${loaded.title.id}: published volatility matches σ`, () => {
    const { stdDev } = loaded.analyze();
    assert.equal(volatilityOf(stdDev), loaded.title.published.volatility, `σ = ${stdDev}`);
  });
}

/**
 * The simulation kernel is the engine's `play`, minus the display: same seed, same wins,
 * round after round.
 */
export function testKernelMatchesPlay(
  loaded: LoadedTitle,
  betMinor: number,
  rounds = 2000,
  options?: unknown,
): void {
  test(`${loaded.title.id}: simulation kernel pays exactly what play pays`, () => {
    const game = loaded.game as InstantGame;
    const kernel = loaded.kernel();
    const a = createSeededRng(`kernel-${loaded.title.id}`);
    const b = createSeededRng(`kernel-${loaded.title.id}`);
    for (let i = 0; i < rounds; i++) {
      const r = game.play({ betMinor, options }, a);
      assert.ok(r.ok, !r.ok ? r.message : "");
      const units = kernel.round(b);
      assert.equal((r.totalWinMinor * kernel.unitsPerBet) / betMinor, units, `round ${i}`);
      const triggered = ((r.display as { base?: { spinsAwarded: number } }).base?.spinsAwarded ?? 0) > 0;
      assert.equal(kernel.hit, r.totalWinMinor > 0 || triggered, `hit flag, round ${i}`);
    }
  });
}

/**
 * A seeded simulation lands within 4σ/√n of the exact RTP, with n sized so that this band is
 * half the RTP effect of dropping the title's most important pay entry: a pay table missing it
 * (or a kernel paying as if it were) cannot pass. Then the mutated title is simulated and must
 * fail against the original RTP.
 */
export function testSimulationAgainstPayTable(loaded: LoadedTitle, json: Record<string, unknown>): void {
  test(`${loaded.title.id}: simulation agrees with the exact RTP and would expose a dropped pay entry`, () => {
    const mutation = mutateStrongestPay(json as Parameters<typeof mutateStrongestPay>[0]);
    const effect = mutation.effect.toNumber();
    const rounds = roundsToDetect(loaded.analyze().stdDev, effect);
    assert.ok(rounds <= MAX_CHECK_ROUNDS, `${mutation.entry} needs ${rounds} rounds`);
    const check = checkRtp(loaded, rounds, `rtp-${loaded.title.id}`);
    assert.ok(check.band <= effect / 2 + 1e-12);
    assert.ok(check.passed, `simulated ${check.simulated} vs exact ${check.theory} ± ${check.band}`);

    const wrong = checkRtp(mutation.mutated, rounds, `rtp-${loaded.title.id}`, {
      rtp: check.theory,
      stdDev: loaded.analyze().stdDev,
    });
    assert.ok(!wrong.passed, `with ${mutation.entry} the simulation ${wrong.simulated} still passed`);
  });
}
