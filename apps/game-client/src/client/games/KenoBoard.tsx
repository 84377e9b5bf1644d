/** The 80 numbers: picks, drawn balls and hits marked. Interactive when `onToggle` is given. */
export function KenoBoard(props: {
  pool: number;
  picks: readonly number[];
  drawn?: readonly number[];
  onToggle?: (n: number) => void;
  disabled?: boolean;
}) {
  const picked = new Set(props.picks);
  const drawn = new Set(props.drawn ?? []);
  return (
    <div className="keno-board" role="group" aria-label="Keno numbers">
      {Array.from({ length: props.pool }, (_, i) => i + 1).map((n) => {
        const isPick = picked.has(n);
        const isDrawn = drawn.has(n);
        const state = isPick && isDrawn ? "hit" : isDrawn ? "drawn" : isPick ? "picked" : "";
        const words = [isPick ? "picked" : "", isDrawn ? "drawn" : "", isPick && isDrawn ? "hit" : ""]
          .filter(Boolean)
          .join(", ");
        return props.onToggle === undefined ? (
          <span key={n} className={`keno-cell ${state}`} aria-label={`${n}${words ? ` (${words})` : ""}`}>
            {n}
          </span>
        ) : (
          <button
            key={n}
            type="button"
            className={`keno-cell ${state}`}
            aria-pressed={isPick}
            aria-label={`${n}${words ? ` (${words})` : ""}`}
            onClick={() => props.onToggle?.(n)}
            disabled={props.disabled}
          >
            {n}
          </button>
        );
      })}
    </div>
  );
}
