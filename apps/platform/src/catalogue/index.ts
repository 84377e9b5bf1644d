/**
 * The game catalogue: providers and games, feed imports, per-operator choices, the operator
 * API's game list, and the embeddable lobby. See README.md for how to mount the routes.
 */
export { catalogueProblems } from "./problems.ts";
export { catalogueOperatorApiRoutes } from "./routes/operator-api-routes.ts";
export { catalogueAdminRoutes, IMPORT_BODY_LIMIT_BYTES } from "./routes/admin-routes.ts";
export { catalogueBackofficeRoutes } from "./routes/backoffice-routes.ts";
export { catalogueLobbyRoutes } from "./routes/lobby-routes.ts";
export { importFeed, type ImportFeedInput, type ImportFeedResult } from "./import/import-feed.ts";
export type { ImportReport } from "./import/report.ts";
export { getImport, listImports } from "./import/imports-log.ts";
export { listGames, type GameListQuery, type GameFilters } from "./games/list-games.ts";
export { getGame } from "./games/get-game.ts";
export type { Audience } from "./games/audience.ts";
export { presentGame, presentAdminGame, presentSettingsGame, type Game } from "./games/present.ts";
export { listOperatorProviders, listAdminProviders, listOperatorSettingsProviders } from "./providers.ts";
export { setGameStatus, setProviderStatus } from "./global-status.ts";
export { setOperatorGameChoice, setOperatorProviderChoice } from "./operator-settings.ts";
export { getLobbySettings, setLobbySettings } from "./lobby/lobby-settings.ts";
export { lobbyPage } from "./lobby/lobby-page.ts";
export { operatorAudience } from "./routes/operator-audience.ts";
export { seedBuiltInCatalogue, BUILT_IN_PROVIDER, type StudioGame } from "./seed.ts";
