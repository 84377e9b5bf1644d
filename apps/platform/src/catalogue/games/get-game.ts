import type { ServiceDeps } from "../../deps.ts";
import { catalogueGames, selectGameColumns, type Audience } from "./audience.ts";
import type { GameRow } from "./present.ts";

/** One game, if the audience may see it (an operator gets nothing for a game it may not offer). */
export async function getGame(
  deps: Pick<ServiceDeps, "db">,
  audience: Audience,
  gameId: string,
): Promise<GameRow | undefined> {
  const row = await selectGameColumns(catalogueGames(deps.db, audience))
    .where("g.id", "=", gameId)
    .executeTakeFirst();
  return row as GameRow | undefined;
}
