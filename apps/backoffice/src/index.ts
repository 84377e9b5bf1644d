/**
 * @croupier/backoffice — the operator backoffice and admin back office (React + Vite). The
 * platform serves the built app under `/ui/` (`apps/platform/src/backoffice-app/`): the app
 * talks to the `/backoffice` and `/admin` JSON APIs on the same origin.
 * This module is what Node code needs of it: where the build is, and whether it exists.
 *
 * @example
 * import { BACKOFFICE_DIST, isBackofficeBuilt } from "@croupier/backoffice";
 * if (!isBackofficeBuilt()) console.warn("run: npm run build -w @croupier/backoffice");
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package's folder. */
export const BACKOFFICE_ROOT: string = fileURLToPath(new URL("..", import.meta.url));

/** Where `npm run build -w @croupier/backoffice` writes the app (git-ignored). */
export const BACKOFFICE_DIST: string = join(BACKOFFICE_ROOT, "dist");

/** The URL path the app is served under (Vite's `base`); it collides with no JSON API. */
export const BACKOFFICE_UI_PATH = "/ui/";

/** The generated types of the platform's OpenAPI document (checked up to date by a test). */
export const API_TYPES_FILE: string = join(BACKOFFICE_ROOT, "src", "client", "api", "openapi.ts");

/** Whether a build is there: its `index.html` and `assets/` folder. */
export function isBackofficeBuilt(dist: string = BACKOFFICE_DIST): boolean {
  return existsSync(join(dist, "index.html")) && existsSync(join(dist, "assets"));
}
