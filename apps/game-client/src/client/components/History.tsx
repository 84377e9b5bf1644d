import { useEffect, useState } from "react";
import type { StudioApi } from "../api.ts";
import type { MoneyFormat, Round } from "../types.ts";
import { Money } from "./Money.tsx";

const clock = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });

/** The player's rounds in this game (this session's and earlier ones), newest first, each with a Replay button. Reloads when `version` changes. */
export function History(props: {
  api: StudioApi;
  format: MoneyFormat;
  version: number;
  onReplay: (roundId: string) => void;
}) {
  const [items, setItems] = useState<Round[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const { api } = props;

  useEffect(() => {
    let live = true;
    api
      .history()
      .then((page) => {
        if (!live) return;
        setItems(page.items);
        setNext(page.nextCursor);
        setFailed(false);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [api, props.version]);

  const more = async () => {
    if (next === null) return;
    const page = await api.history(next);
    setItems((current) => [...current, ...page.items]);
    setNext(page.nextCursor);
  };

  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">Round history</h2>
      {failed && <p className="warning">The history cannot be loaded right now.</p>}
      {items.length === 0 && !failed ? (
        <p className="muted">No rounds yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Bet</th>
              <th scope="col">Win</th>
              <th scope="col">
                <span className="visually-hidden">Replay</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((round) => (
              <tr key={round.round_id}>
                <td>{clock(round.created_at_ms)}</td>
                <td>
                  <Money minor={round.bet_minor} format={props.format} />
                </td>
                <td>
                  {round.win_minor === null ? (
                    <span className="muted">in play</span>
                  ) : (
                    <Money minor={round.win_minor} format={props.format} />
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => props.onReplay(round.round_id)}
                    aria-label={`Replay the round of ${clock(round.created_at_ms)}`}
                  >
                    Replay
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next !== null && (
        <button type="button" onClick={more}>
          Older rounds
        </button>
      )}
    </section>
  );
}
