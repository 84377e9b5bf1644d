/**
 * Builds the game clients with Vite's API, atomically: into a fresh temporary folder that is
 * then renamed to `dist`, so concurrent test files never see (or serve) a half-written build.
 * For tests and scripts; the platform itself only serves what is there.
 *
 * @example
 * import { ensureGameClientBuilt } from "@croupier/game-client/build";
 * await ensureGameClientBuilt(); // builds once when dist/ is missing
 */
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { GAME_CLIENT_DIST, GAME_CLIENT_ROOT, isGameClientBuilt } from "./index.ts";

/** Runs `vite build` into `dist` (replacing it only when no build is there). */
export async function buildGameClient(): Promise<string> {
  const { build } = await import("vite");
  const temporary = join(GAME_CLIENT_ROOT, `dist-tmp-${process.pid}-${Date.now()}`);
  try {
    await build({
      root: GAME_CLIENT_ROOT,
      configFile: join(GAME_CLIENT_ROOT, "vite.config.ts"),
      logLevel: "warn",
      build: { outDir: temporary, emptyOutDir: true },
    });
    if (!isGameClientBuilt()) {
      await rm(GAME_CLIENT_DIST, { recursive: true, force: true });
      try {
        await rename(temporary, GAME_CLIENT_DIST);
      } catch (error) {
        // Another process renamed its build in first: theirs is as good as ours.
        if (!isGameClientBuilt()) throw error;
      }
    }
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
  return GAME_CLIENT_DIST;
}

/** Builds the clients unless a build is already in `dist`. */
export async function ensureGameClientBuilt(): Promise<string> {
  return isGameClientBuilt() ? GAME_CLIENT_DIST : buildGameClient();
}
