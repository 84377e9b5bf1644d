import type { CheckContext } from "./check-context.ts";
import type { BalanceAccount } from "./types.ts";

/**
 * Leaves each test player's balance where the run found it. Checks roll back what they applied,
 * so a correct wallet needs nothing here; a wallet that broke a duty (applied one call twice,
 * paid a rollback out twice) ends up off by some amount, which one plain balancing debit or
 * credit corrects. Whatever cannot be corrected is reported exactly. The note names the failed
 * checks as the likely source of a difference, not one cause: the kit cannot tell whether a
 * rollback or a double debit left it.
 */
export async function settleBalances(
  ctx: CheckContext,
  startBalances: ReadonlyMap<string, number | undefined>,
  failedChecks: readonly string[] = [],
): Promise<BalanceAccount[]> {
  const source =
    failedChecks.length === 0
      ? "with no check failing"
      : `failed checks: ${failedChecks.slice(0, MAX_NAMED_CHECKS).join(", ")}` +
        (failedChecks.length > MAX_NAMED_CHECKS ? ` and ${failedChecks.length - MAX_NAMED_CHECKS} more` : "");
  const accounts: BalanceAccount[] = [];
  for (const [playerId, start] of startBalances) {
    if (start === undefined) {
      accounts.push({
        playerId,
        balancingMinor: 0,
        note: "unknown: the starting balance was not an integer",
      });
      continue;
    }
    const end = await readBalance(ctx, playerId, "final balance");
    if (end === undefined) {
      accounts.push({
        playerId,
        startMinor: start,
        balancingMinor: 0,
        note: "unknown: no usable final balance",
      });
      continue;
    }
    const drift = end - start;
    if (drift === 0) {
      accounts.push({
        playerId,
        startMinor: start,
        endMinor: end,
        residualMinor: 0,
        balancingMinor: 0,
        note: "net zero",
      });
      continue;
    }
    const balancing =
      drift < 0
        ? ctx.calls.credit(playerId, -drift)
        : ctx.calls.debit(playerId, drift, { round_closed: true });
    const sent = await ctx.send(`balancing ${balancing.action} of ${Math.abs(drift)}`, balancing);
    const after =
      sent.answer.kind === "ok" ? await readBalance(ctx, playerId, "balance after balancing") : end;
    const final = after ?? end;
    const residual = final - start;
    accounts.push({
      playerId,
      startMinor: start,
      endMinor: final,
      residualMinor: residual,
      balancingMinor: sent.answer.kind === "ok" ? -drift : 0,
      note:
        residual === 0
          ? `net zero after a balancing ${balancing.action} of ${Math.abs(drift)} (the checks left it ${describeDrift(drift)}; ${source})`
          : `left ${describeDrift(residual)} than found (${source})`,
    });
  }
  return accounts;
}

/** How many failed checks a balance note names before it counts the rest. */
const MAX_NAMED_CHECKS = 5;

function describeDrift(drift: number): string {
  return drift > 0 ? `${drift} higher` : `${-drift} lower`;
}

async function readBalance(ctx: CheckContext, playerId: string, label: string): Promise<number | undefined> {
  const sent = await ctx.send(`${label} of ${playerId}`, ctx.calls.balance(playerId));
  return sent.answer.kind === "ok" ? sent.answer.balance : undefined;
}
