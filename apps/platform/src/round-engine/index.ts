/** The round engine: plain service functions `fn(deps, input)` over the outbox, its write model and the callback client. */
export { openRound, getRound, type OpenRoundResult } from "./open-round.ts";
export { placeBet, type BetResult } from "./place-bet.ts";
export { settleWin, type WinResult, type WinDelivery } from "./settle-win.ts";
export { getBalance, type BalanceResult } from "./get-balance.ts";
export { rollbackBet, type RollbackResult, type RollbackDelivery } from "./rollback-bet.ts";
export {
  closeAbandonedRounds,
  startRoundSweeper,
  registerRoundGauges,
  payNothing,
  DEFAULT_ABANDON_AFTER_MS,
  DEFAULT_SWEEP_INTERVAL_MS,
  type AbandonedRoundPayout,
  type ResolveAbandonedRound,
  type RoundSweeper,
  type SweepOptions,
  type SweepReport,
} from "./abandoned-rounds.ts";
export { storeClaimAnswerLater, recordSessionActivityLater } from "./ride-along.ts";
export type {
  AcknowledgementWrites,
  BetCommitWrites,
  CallClaim,
  ClaimAnswer,
  ClaimRow,
  SessionActivity,
  WinCommitWrites,
} from "./write-model/riding-writes.ts";
export { ROUND_ERRORS, type RoundError, type RoundErrorCode } from "./round-errors.ts";
export type { GameSession, Round, RoundDeps } from "./round-deps.ts";
export type { RoundRow, RoundStatus, RoundTables } from "./tables.ts";
