import type { BlackjackAction, Round, RoundAnswer, RoundReplay, Session } from "./types.ts";

/** A refusal of /studio/api: its stable code, the message for the player, the balance when known. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly balance: number | undefined;
  constructor(code: string, status: number, message: string, balance?: number) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.balance = balance;
  }
}

/** What the player reads for each code; anything else gets the server's own detail. */
const PLAYER_TEXT: Readonly<Record<string, string>> = {
  INSUFFICIENT_FUNDS: "Insufficient funds: your balance is too low for this bet. Nothing was debited.",
  SESSION_EXPIRED: "Your game session has expired. Please launch the game again from the casino.",
  SESSION_ENDED: "Your game session has ended. Please launch the game again from the casino.",
  SESSION_NOT_FOUND: "This game session does not exist. Please launch the game again from the casino.",
  WALLET_UNAVAILABLE:
    "The casino's wallet is not answering. Your bet was not placed (anything debited is returned). Please try again later.",
  TRY_AGAIN: "The game is busy. Your bet was not placed. Please try again.",
  PLAYER_BLOCKED: "The casino does not allow you to play right now. Nothing was debited.",
  BET_REFUSED: "The casino refused this bet. Nothing was debited.",
  GAME_UNAVAILABLE: "This game is not available right now.",
  RATE_LIMITED: "Too many requests. Please wait a moment.",
  NETWORK: "The game server cannot be reached. Check your connection and try again.",
};

/** Codes after which the session cannot go on: the client shows the message instead of the game. */
export const FATAL_CODES: ReadonlySet<string> = new Set([
  "SESSION_EXPIRED",
  "SESSION_ENDED",
  "SESSION_NOT_FOUND",
  "GAME_UNAVAILABLE",
]);

async function send(
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/studio/api${path}`, {
      method,
      headers: {
        accept: "application/json",
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? null : JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    throw new ApiError("NETWORK", 0, PLAYER_TEXT.NETWORK ?? "Network error");
  }
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = text === "" ? {} : (JSON.parse(text) as Record<string, unknown>);
  } catch {
    // not JSON: a proxy's error page; the status says enough
  }
  if (!response.ok) {
    const code = typeof json.code === "string" ? json.code : "ERROR";
    const detail = typeof json.detail === "string" ? json.detail : `The server answered ${response.status}.`;
    const balance = typeof json.balance === "number" ? json.balance : undefined;
    throw new ApiError(code, response.status, PLAYER_TEXT[code] ?? detail, balance);
  }
  return json;
}

/**
 * The studio API for one page: the play token of the URL is exchanged for a short-lived access
 * token, exchanged again when it runs out.
 */
export interface StudioApi {
  open(): Promise<Session>;
  session(): Promise<Session>;
  play(betMinor: number, options?: unknown): Promise<RoundAnswer>;
  act(roundId: string, action: BlackjackAction): Promise<RoundAnswer>;
  history(cursor?: string): Promise<{ items: Round[]; nextCursor: string | null }>;
  replay(roundId: string): Promise<RoundReplay>;
}

export function createStudioApi(playToken: string): StudioApi {
  let accessToken: string | undefined;

  const exchange = async (): Promise<Session> => {
    const answer = (await send("POST", "/session", undefined, { play_token: playToken })) as {
      access_token: string;
      session: Session;
    };
    accessToken = answer.access_token;
    return answer.session;
  };

  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    if (accessToken === undefined) await exchange();
    try {
      return (await send(method, path, accessToken, body)) as T;
    } catch (error) {
      if (error instanceof ApiError && (error.code === "ACCESS_EXPIRED" || error.code === "UNAUTHORIZED")) {
        await exchange();
        return (await send(method, path, accessToken, body)) as T;
      }
      throw error;
    }
  };

  return {
    open: exchange,
    session: () => call<Session>("GET", "/session"),
    play: (betMinor, options) =>
      call<RoundAnswer>("POST", "/rounds", {
        bet_minor: betMinor,
        ...(options === undefined ? {} : { options }),
      }),
    act: (roundId, action) =>
      call<RoundAnswer>("POST", `/rounds/${encodeURIComponent(roundId)}/actions`, { action }),
    history: (cursor) =>
      call("GET", `/rounds?limit=20${cursor === undefined ? "" : `&cursor=${encodeURIComponent(cursor)}`}`),
    replay: (roundId) => call<RoundReplay>("GET", `/rounds/${encodeURIComponent(roundId)}/replay`),
  };
}

/** The play token of `/play/<token>`. */
export function playTokenOf(pathname: string): string | undefined {
  const match = /^\/play\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}
