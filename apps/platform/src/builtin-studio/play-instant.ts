import type { InstantGame } from "@croupier/games";
import type { ClientAccess } from "./access.ts";
import { currentBalance, stake, txIds } from "./money.ts";
import { presentRound, type RoundView } from "./present.ts";
import { studioFail, type StudioFailure } from "./problems.ts";
import { insertRound, updateRound } from "./round-store.ts";
import { returnUnacknowledged, settleRound } from "./settle.ts";
import type { StudioDeps } from "./studio-deps.ts";
import type { BetLimits, StudioTitle } from "./titles.ts";

export type PlayResult =
  { readonly ok: true; readonly round: RoundView; readonly balanceMinor: number | undefined } | StudioFailure;

/** A stake outside the session's limits (the title's, narrowed by the catalogue's), or undefined. */
export function limitProblem(betMinor: number, limits: BetLimits): StudioFailure | undefined {
  if (!Number.isSafeInteger(betMinor) || betMinor < limits.minMinor || betMinor > limits.maxMinor) {
    return studioFail(
      "INVALID_BET",
      `The stake must be between ${limits.minMinor} and ${limits.maxMinor} minor units.`,
    );
  }
  if (betMinor % limits.stepMinor !== 0) {
    return studioFail("INVALID_BET", `The stake must be a multiple of ${limits.stepMinor} minor units.`);
  }
  return undefined;
}

/**
 * One round of a slot, roulette or keno: the outcome is drawn and stored first (so a crash at
 * any later line leaves a round that can be finished or returned), then the stake is debited,
 * then the result credited and the round closed: one `debit` and one `credit` at the wallet.
 * The player sees the result only once the stake is accepted.
 */
export async function playInstantRound(
  deps: StudioDeps,
  access: ClientAccess,
  title: StudioTitle & { game: InstantGame },
  limits: BetLimits,
  input: { betMinor: number; options?: unknown },
): Promise<PlayResult> {
  const outOfLimits = limitProblem(input.betMinor, limits);
  if (outOfLimits !== undefined) return outOfLimits;
  const stakeLimits = { minMinor: limits.minMinor, maxMinor: limits.maxMinor };
  const request =
    input.options === undefined
      ? { betMinor: input.betMinor, limits: stakeLimits }
      : { ...input, limits: stakeLimits };
  const outcome = title.game.play(request, deps.rng);
  if (!outcome.ok) {
    return studioFail(
      outcome.code === "INVALID_OPTIONS" ? "INVALID_OPTIONS" : "INVALID_BET",
      outcome.message,
    );
  }
  const roundRef = deps.ids("sr");
  let row = await insertRound(deps, access.session, {
    roundRef,
    title,
    request,
    draws: outcome.draws,
    display: outcome.display,
    winMinor: outcome.totalWinMinor,
  });

  const staked = await stake(deps, access, {
    txId: txIds.bet(roundRef),
    roundRef,
    amountMinor: input.betMinor,
  });
  if (!staked.ok) {
    if (staked.final) {
      await updateRound(deps, row, { status: "refused", error_code: staked.code ?? staked.gatewayCode });
    } else {
      await returnUnacknowledged(deps, access, row, txIds.bet(roundRef), staked.code ?? "TRY_AGAIN");
    }
    return failureOf(deps, staked, roundRef);
  }
  const accepted = { status: "pending_win" as const, bet_minor: input.betMinor };
  await updateRound(deps, row, accepted);
  row = { ...row, ...accepted };

  const settled = await settleRound(deps, access, row);
  const balanceMinor = settled.money.ok
    ? (settled.money.balanceMinor ?? (await currentBalance(deps, access)))
    : undefined;
  return { ok: true, round: presentRound(settled.row), balanceMinor };
}

/** A refused stake as the player's error; the studio's own bugs are logged and answered plainly. */
export function failureOf(
  deps: StudioDeps,
  refused: {
    code: StudioFailure["code"] | undefined;
    gatewayCode: string;
    message: string;
    balanceMinor: number | undefined;
  },
  roundRef: string,
): StudioFailure {
  if (refused.code === undefined) {
    deps.logger.error(
      { round_ref: roundRef, gateway_code: refused.gatewayCode },
      "built-in studio: stake refused",
    );
    return studioFail(
      "TRY_AGAIN",
      "The game could not place this bet. Nothing was debited; please try again.",
    );
  }
  return studioFail(
    refused.code,
    refused.message,
    refused.balanceMinor === undefined ? undefined : { balance: refused.balanceMinor },
  );
}
