/**
 * Builds the backoffice with Vite's API, atomically: into a fresh temporary folder that is then
 * renamed to `dist`, so concurrent test files never see (or serve) a half-written build.
 *
 * @example
 * import { ensureBackofficeBuilt } from "@croupier/backoffice/build";
 * await ensureBackofficeBuilt(); // builds once when dist/ is missing
 */
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { BACKOFFICE_DIST, BACKOFFICE_ROOT, isBackofficeBuilt } from "./index.ts";

/** Runs `vite build` into `dist` (replacing it only when no build is there). */
export async function buildBackoffice(): Promise<string> {
  const { build } = await import("vite");
  const temporary = join(BACKOFFICE_ROOT, `dist-tmp-${process.pid}-${Date.now()}`);
  try {
    await build({
      root: BACKOFFICE_ROOT,
      configFile: join(BACKOFFICE_ROOT, "vite.config.ts"),
      logLevel: "warn",
      build: { outDir: temporary, emptyOutDir: true },
    });
    if (!isBackofficeBuilt()) {
      await rm(BACKOFFICE_DIST, { recursive: true, force: true });
      try {
        await rename(temporary, BACKOFFICE_DIST);
      } catch (error) {
        // Another process renamed its build in first: theirs is as good as ours.
        if (!isBackofficeBuilt()) throw error;
      }
    }
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
  return BACKOFFICE_DIST;
}

/** Builds the app unless a build is already in `dist`. */
export async function ensureBackofficeBuilt(): Promise<string> {
  return isBackofficeBuilt() ? BACKOFFICE_DIST : buildBackoffice();
}
