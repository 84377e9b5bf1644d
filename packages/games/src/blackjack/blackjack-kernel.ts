import type { Rng } from "../rng/rng.ts";
import type { SimulationKernel } from "../types.ts";
import type { BlackjackRules } from "./rules.ts";
import { basicStrategy, DOUBLE, HIT, SPLIT } from "./strategy.ts";

const value = (rank: number) => (rank >= 9 ? 10 : rank + 1);

/**
 * Basic-strategy blackjack for the RTP simulation: the same rules, draw order and card mapping
 * as the game (`blackjack-game.ts`), but with the shoe kept as counts per rank and hands in
 * preallocated arrays, so a round allocates nothing. Returns credit minus extra stakes in units
 * where the base stake is `unitsPerBet` (the natural's denominator, so 3:2 stays whole).
 * Tests pin it to the game round by round.
 */
export function createBlackjackKernel(rules: BlackjackRules): SimulationKernel {
  const { decks, maxHands, doubleAfterSplit, dealerHitsSoft17 } = rules;
  const [num, den] = rules.blackjackPays;
  const U = den;
  const counts = new Int32Array(13); // cards left per rank
  let left = 0;
  const hard = new Int32Array(maxHands); // sum with aces as 1
  const aces = new Int32Array(maxHands);
  const cards = new Int32Array(maxHands);
  const first = new Int32Array(maxHands); // ranks of the first two cards
  const second = new Int32Array(maxHands);
  const bet = new Int32Array(maxHands);
  const fromSplit = new Uint8Array(maxHands);
  const splitAce = new Uint8Array(maxHands);
  const done = new Uint8Array(maxHands);
  let hands = 0;

  let rng: Rng = { int: () => 0 };
  let dHard = 0;
  let dAces = 0;
  const dealerTotal = () => (dAces > 0 && dHard + 10 <= 21 ? dHard + 10 : dHard);
  const total = (h: number) => (aces[h]! > 0 && hard[h]! + 10 <= 21 ? hard[h]! + 10 : hard[h]!);
  const soft = (h: number) => aces[h]! > 0 && hard[h]! + 10 <= 21;
  const deal = (): number => {
    let j = rng.int(left);
    left--;
    for (let r = 0; r < 13; r++) {
      const c = counts[r]!;
      if (j < c) {
        counts[r] = c - 1;
        return r;
      }
      j -= c;
    }
    throw new Error("shoe exhausted");
  };
  const give = (h: number, rank: number) => {
    hard[h]! += value(rank);
    if (rank === 0) aces[h]!++;
    if (cards[h] === 0) first[h] = rank;
    else if (cards[h] === 1) second[h] = rank;
    cards[h]!++;
    if (splitAce[h] || total(h) >= 21) done[h] = 1;
  };
  const reset = (h: number) => {
    hard[h] = 0;
    aces[h] = 0;
    cards[h] = 0;
    bet[h] = U;
    fromSplit[h] = 0;
    splitAce[h] = 0;
    done[h] = 0;
  };
  // basicStrategy tabulated once: the kernel looks decisions up instead of re-deriving them.
  const decisions = new Int8Array(11 * 2 * 32 * 2 * 2 * 11);
  const slot = (
    pair: number,
    isSoft: boolean,
    t: number,
    canDouble: boolean,
    canSplit: boolean,
    up: number,
  ) =>
    ((((pair * 2 + (isSoft ? 1 : 0)) * 32 + t) * 2 + (canDouble ? 1 : 0)) * 2 + (canSplit ? 1 : 0)) * 11 + up;
  for (let pair = 0; pair <= 10; pair++) {
    for (const isSoft of [false, true]) {
      for (let t = 0; t < 32; t++) {
        for (const canDouble of [false, true]) {
          for (const canSplit of [false, true]) {
            for (let up = 1; up <= 10; up++) {
              decisions[slot(pair, isSoft, t, canDouble, canSplit, up)] = basicStrategy(
                rules,
                t,
                isSoft,
                pair,
                canDouble,
                canSplit,
                up,
              );
            }
          }
        }
      }
    }
  }

  const kernel: SimulationKernel = {
    unitsPerBet: U,
    hit: false,
    round(r) {
      rng = r;
      counts.fill(4 * decks);
      left = 52 * decks;
      reset(0);
      hands = 1;
      const p1 = deal();
      const up = deal();
      const p2 = deal();
      const hole = deal();
      give(0, p1);
      give(0, p2);
      dHard = value(up) + value(hole);
      dAces = (up === 0 ? 1 : 0) + (hole === 0 ? 1 : 0);
      const playerNatural = total(0) === 21;
      const dealerNatural = dealerTotal() === 21;
      if (playerNatural || dealerNatural) {
        const credit = playerNatural ? (dealerNatural ? U : U + (U * num) / den) : 0;
        kernel.hit = credit > 0;
        return credit;
      }

      const upValue = value(up);
      for (let h = 0; h < hands; h++) {
        if (cards[h] === 1) give(h, deal());
        while (!done[h]) {
          const two = cards[h] === 2;
          const pair = two && value(first[h]!) === value(second[h]!) ? value(first[h]!) : 0;
          const canSplit = pair > 0 && hands < maxHands;
          const canDouble = two && (!fromSplit[h] || doubleAfterSplit);
          const action = decisions[slot(pair, soft(h), total(h), canDouble, canSplit, upValue)];
          if (action === HIT) give(h, deal());
          else if (action === DOUBLE) {
            bet[h]! *= 2;
            give(h, deal());
            done[h] = 1;
          } else if (action === SPLIT) {
            for (let k = hands; k > h + 1; k--) copyHand(k, k - 1);
            hands++;
            const r1 = first[h]!;
            const r2 = second[h]!;
            reset(h);
            reset(h + 1);
            give(h, r1);
            give(h + 1, r2);
            fromSplit[h] = fromSplit[h + 1] = 1;
            splitAce[h] = splitAce[h + 1] = r1 === 0 ? 1 : 0;
            give(h, deal());
          } else done[h] = 1;
        }
      }

      let staked = 0;
      let live = false;
      for (let h = 0; h < hands; h++) {
        staked += bet[h]!;
        if (total(h) <= 21) live = true;
      }
      if (live) {
        for (;;) {
          const t = dealerTotal();
          const isSoft = dAces > 0 && dHard + 10 <= 21;
          if (t > 17 || (t === 17 && !(isSoft && dealerHitsSoft17))) break;
          const r = deal();
          dHard += value(r);
          if (r === 0) dAces++;
        }
      }
      const dealer = dealerTotal();
      let credit = 0;
      for (let h = 0; h < hands; h++) {
        const p = total(h);
        if (p > 21) continue;
        if (dealer > 21 || p > dealer) credit += 2 * bet[h]!;
        else if (p === dealer) credit += bet[h]!;
      }
      kernel.hit = credit > 0;
      return credit - (staked - U);
    },
  };

  function copyHand(to: number, from: number): void {
    hard[to] = hard[from]!;
    aces[to] = aces[from]!;
    cards[to] = cards[from]!;
    first[to] = first[from]!;
    second[to] = second[from]!;
    bet[to] = bet[from]!;
    fromSplit[to] = fromSplit[from]!;
    splitAce[to] = splitAce[from]!;
    done[to] = done[from]!;
  }
  return kernel;
}
