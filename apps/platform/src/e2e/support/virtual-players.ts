// Test support: virtual players playing rounds through the provider gateway as a studio would:
// a bet, then a closing win. A request that meets a dead server (connection refused or reset) or
// a "retry" answer is sent again unchanged, with the same transaction id, until it is answered.
import { signGatewayRequest } from "../../provider-gateway/signature.ts";

export interface GatewaySession {
  readonly playerId: string;
  readonly token: string;
}

export interface PlayedRound {
  readonly playerId: string;
  readonly roundRef: string;
  readonly betTx: string;
  readonly betAmount: number;
  /** HTTP status and gateway code of the bet's final answer; 0 when the player gave up. */
  betStatus: number;
  betCode?: string;
  readonly winTx: string;
  winAmount?: number;
  winStatus?: number;
  winCode?: string;
}

/** Gateway answers that say "ask again" rather than "no". */
const RETRY_CODES = new Set(["TRANSACTION_IN_PROGRESS", "OVERLOADED", "BALANCE_UNAVAILABLE"]);

export interface PlayersOptions {
  readonly baseUrl: () => string;
  readonly studioKey: { readonly keyId: string; readonly secret: string };
  readonly sessions: readonly GatewaySession[];
  /** Largest bet; wins are 0–3 times the bet. */
  readonly maxBetMinor?: number;
  /** Pause between rounds of one player. */
  readonly thinkMs?: number;
  /** Source of bet and win sizes (a seeded one makes a soak run's amounts repeatable); default Math.random. */
  readonly random?: () => number;
}

export interface RunningPlayers {
  readonly rounds: PlayedRound[];
  /** Stops starting rounds, lets each player finish (or give up on) the request in hand. */
  stop(): Promise<PlayedRound[]>;
}

let sequence = 0;

export function startVirtualPlayers(options: PlayersOptions): RunningPlayers {
  const rounds: PlayedRound[] = [];
  let running = true;
  const maxBet = options.maxBetMinor ?? 100;
  const random = options.random ?? Math.random;

  async function send(
    path: string,
    body: Record<string, unknown>,
  ): Promise<{ status: number; code?: string } | undefined> {
    const text = JSON.stringify(body);
    const fullPath = `/gateway/v1${path}`;
    // After stop, a request in hand is tried a little longer, then given up (the sweeper closes its round).
    let triesAfterStop = 40;
    for (;;) {
      if (!running && --triesAfterStop < 0) return undefined;
      try {
        const headers = signGatewayRequest(options.studioKey, {
          method: "POST",
          path: fullPath,
          body: text,
          timestampSeconds: Math.floor(Date.now() / 1000),
        });
        const response = await fetch(`${options.baseUrl()}${fullPath}`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: text,
        });
        const answer = (await response.json().catch(() => ({}))) as { code?: string };
        if (response.status === 200) return { status: 200 };
        if (answer.code !== undefined && RETRY_CODES.has(answer.code)) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          continue;
        }
        return { status: response.status, ...(answer.code === undefined ? {} : { code: answer.code }) };
      } catch {
        // The server is down or restarting: same request again shortly.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }

  async function play(session: GatewaySession): Promise<void> {
    while (running) {
      sequence += 1;
      const tag = `${sequence}-${random().toString(36).slice(2, 8)}`;
      const round: PlayedRound = {
        playerId: session.playerId,
        roundRef: `vr-${tag}`,
        betTx: `vb-${tag}`,
        betAmount: 1 + Math.floor(random() * maxBet),
        betStatus: 0,
        winTx: `vw-${tag}`,
      };
      rounds.push(round);
      const bet = await send("/bet", {
        session_token: session.token,
        transaction_id: round.betTx,
        round_id: round.roundRef,
        amount: round.betAmount,
      });
      round.betStatus = bet?.status ?? 0;
      if (bet?.code !== undefined) round.betCode = bet.code;
      if (bet?.status !== 200) continue;
      round.winAmount = Math.floor(random() * 3 * round.betAmount);
      const win = await send("/win", {
        session_token: session.token,
        transaction_id: round.winTx,
        round_id: round.roundRef,
        amount: round.winAmount,
        round_closed: true,
      });
      round.winStatus = win?.status ?? 0;
      if (win?.code !== undefined) round.winCode = win.code;
      if (options.thinkMs !== undefined) await new Promise((resolve) => setTimeout(resolve, options.thinkMs));
    }
  }

  const players = options.sessions.map((session) => play(session));
  return {
    rounds,
    async stop() {
      running = false;
      await Promise.all(players);
      return rounds;
    },
  };
}

/** Launches a real-money session for a player through /v1 and opens it; returns the studio token. */
export async function launchSession(
  baseUrl: string,
  apiToken: string,
  playerId: string,
  gameId: string,
): Promise<GatewaySession & { readonly sessionId: string }> {
  const launched = await fetch(`${baseUrl}/v1/sessions`, {
    method: "POST",
    headers: { authorization: `Bearer ${apiToken}`, "content-type": "application/json" },
    body: JSON.stringify({
      player_id: playerId,
      currency: "EUR",
      game_id: gameId,
      language: "en",
      return_url: "https://casino.example/lobby",
      cashier_url: "https://casino.example/cashier",
    }),
  });
  const body = (await launched.json()) as { session_id: string; launch_url: string };
  if (launched.status !== 201) throw new Error(`launch: ${launched.status} ${JSON.stringify(body)}`);
  const opened = await fetch(body.launch_url, { redirect: "manual" });
  const location = opened.headers.get("location");
  const token = location === null ? null : new URL(location).searchParams.get("token");
  if (token === null) throw new Error(`open: ${opened.status} ${await opened.text()}`);
  return { playerId, sessionId: body.session_id, token };
}
