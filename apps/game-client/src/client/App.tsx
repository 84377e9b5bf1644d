import { useCallback, useEffect, useMemo, useState } from "react";
import { ApiError, createStudioApi, FATAL_CODES, playTokenOf, type StudioApi } from "./api.ts";
import { GameInfo } from "./components/GameInfo.tsx";
import { History } from "./components/History.tsx";
import { Money } from "./components/Money.tsx";
import { RoundReplayView } from "./components/RoundReplayView.tsx";
import { BlackjackGame } from "./games/BlackjackGame.tsx";
import type { GameProps } from "./games/game-props.ts";
import { KenoGame } from "./games/KenoGame.tsx";
import { RouletteGame } from "./games/RouletteGame.tsx";
import { SlotGame } from "./games/SlotGame.tsx";
import type { MoneyFormat, RoundAnswer, RoundReplay, Session } from "./types.ts";

function GameFor(props: GameProps) {
  switch (props.session.engine) {
    case "line-slot":
    case "ways-slot":
      return <SlotGame {...props} />;
    case "roulette":
      return <RouletteGame {...props} />;
    case "blackjack":
      return <BlackjackGame {...props} />;
    case "keno":
      return <KenoGame {...props} />;
  }
}

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : "Something went wrong. Please try again.";
}

/** A page that cannot show the game: the reason in plain words, and the way back. */
function Stopped(props: { title: string; message: string; returnUrl?: string }) {
  return (
    <main className="stopped">
      <h1>{props.title}</h1>
      <p role="alert">{props.message}</p>
      {props.returnUrl !== undefined && <a href={props.returnUrl}>Back to the casino</a>}
    </main>
  );
}

function Playing(props: { api: StudioApi; session: Session }) {
  const { api, session } = props;
  const format: MoneyFormat = { currency: session.currency, exponent: session.currency_exponent };
  const [balance, setBalance] = useState<number | null>(session.balance);
  const [error, setError] = useState<string | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [historyVersion, setHistoryVersion] = useState(0);
  const [replay, setReplay] = useState<RoundReplay | null>(null);

  const run = useCallback(async (request: () => Promise<RoundAnswer>): Promise<RoundAnswer | undefined> => {
    setBusy(true);
    setError(null);
    try {
      const answer = await request();
      if (answer.balance !== null) setBalance(answer.balance);
      setHistoryVersion((v) => v + 1);
      return answer;
    } catch (e) {
      if (e instanceof ApiError && e.balance !== undefined) setBalance(e.balance);
      if (e instanceof ApiError && FATAL_CODES.has(e.code)) setFatal(e.message);
      else setError(messageOf(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  const openReplay = async (roundId: string) => {
    setError(null);
    try {
      setReplay(await api.replay(roundId));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  if (fatal !== null) {
    return <Stopped title={session.game_name} message={fatal} returnUrl={session.return_url} />;
  }
  return (
    <div className="app">
      <header className="top">
        <h1>{session.game_name}</h1>
        {session.demo && <span className="badge">Play money</span>}
        <p className="balance">
          Balance{" "}
          <strong data-testid="balance" id="balance">
            {balance === null ? "—" : <Money minor={balance} format={format} />}
          </strong>
        </p>
        <nav className="links">
          <a href={session.cashier_url}>Deposit</a>
          <a href={session.return_url}>Lobby</a>
        </nav>
      </header>
      {error !== null && (
        <div className="error" role="alert" data-testid="error">
          <p>{error}</p>
          <button type="button" onClick={() => setError(null)} aria-label="Dismiss the message">
            ×
          </button>
        </div>
      )}
      <main className="layout">
        <div className="stage">
          <GameFor session={session} format={format} api={api} run={run} busy={busy} />
          <GameInfo session={session} />
          {replay !== null && <RoundReplayView replay={replay} onClose={() => setReplay(null)} />}
        </div>
        <aside>
          <History api={api} format={format} version={historyVersion} onReplay={openReplay} />
        </aside>
      </main>
    </div>
  );
}

/** The game client: reads the play token of `/play/<token>`, opens the session, plays the title's engine. */
export function App() {
  const token = playTokenOf(window.location.pathname);
  const api = useMemo(() => (token === undefined ? undefined : createStudioApi(token)), [token]);
  const [session, setSession] = useState<Session | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (api === undefined) return;
    api
      .open()
      .then(setSession)
      .catch((e: unknown) => setFailure(messageOf(e)));
  }, [api]);

  if (api === undefined)
    return <Stopped title="Croupier Studio" message="This page needs a game link from the casino." />;
  if (failure !== null) return <Stopped title="Croupier Studio" message={failure} />;
  if (session === null) {
    return (
      <main className="loading" aria-busy="true">
        <p>Loading the game…</p>
      </main>
    );
  }
  return <Playing api={api} session={session} />;
}
