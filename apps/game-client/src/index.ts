/**
 * @croupier/game-client — the built-in studio's browser clients (React + Vite). The platform
 * serves the built app: `index.html` at `/play/<token>`, the rest under `/play/assets/`.
 * This module is what Node code needs of it: where the build is, and whether it exists.
 *
 * @example
 * import { GAME_CLIENT_DIST, isGameClientBuilt } from "@croupier/game-client";
 * if (!isGameClientBuilt()) console.warn("run: npm run build -w @croupier/game-client");
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package's folder. */
export const GAME_CLIENT_ROOT: string = fileURLToPath(new URL("..", import.meta.url));

/** Where `npm run build -w @croupier/game-client` writes the app (git-ignored). */
export const GAME_CLIENT_DIST: string = join(GAME_CLIENT_ROOT, "dist");

/** The URL path the app's files are served under (Vite's `base` plus its assets folder). */
export const GAME_CLIENT_ASSETS_PATH = "/play/assets/";

/** Whether a build is there: its `index.html` and `assets/` folder. */
export function isGameClientBuilt(dist: string = GAME_CLIENT_DIST): boolean {
  return existsSync(join(dist, "index.html")) && existsSync(join(dist, "assets"));
}
