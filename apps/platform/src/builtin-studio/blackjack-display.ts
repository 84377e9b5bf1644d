import type { BlackjackGame, BlackjackState } from "@croupier/games";

/** What a blackjack round shows: the player's view (hole card hidden while in play), decisions, result. */
export function displayOf(game: BlackjackGame, state: BlackjackState) {
  const settlement = state.phase === "complete" ? game.settle(state) : undefined;
  return {
    view: game.view(state),
    actions: state.actions,
    settlement:
      settlement?.ok === true
        ? {
            totalBetMinor: settlement.totalBetMinor,
            totalWinMinor: settlement.totalWinMinor,
            handWinsMinor: settlement.handWinsMinor,
          }
        : null,
  };
}
