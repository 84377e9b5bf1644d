import { ReplayDisplay } from "@croupier/game-client/replay";
import gameClientCss from "@croupier/game-client/styles.css?raw";
import { useEffect } from "react";

const STYLE_ID = "game-client-replay-styles";

/**
 * The game client's stylesheet, nested under `.gc-replay` (native CSS nesting; `:root` becomes
 * the wrapper itself) so its element rules never leak into the backoffice's own pages.
 */
function useScopedGameStyles(): void {
  useEffect(() => {
    if (document.getElementById(STYLE_ID) !== null) return;
    const style = document.createElement("style");
    style.id = STYLE_ID;
    style.textContent = `.gc-replay { ${gameClientCss.replace(/:root/g, "&")} }`;
    document.head.append(style);
  }, []);
}

/** What the player saw in a built-in studio round, drawn by the game client's own renderers. */
export function StudioReplay(props: { replay: unknown }) {
  useScopedGameStyles();
  return (
    <div className="gc-replay" data-testid="round-replay">
      <ReplayDisplay replay={props.replay as Parameters<typeof ReplayDisplay>[0]["replay"]} />
    </div>
  );
}
