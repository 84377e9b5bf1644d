import { Worker } from "node:worker_threads";

/**
 * How often the checkpoint thread copies committed WAL pages into the database file. Each
 * round is cheap when there is nothing to copy; 100 ms keeps the WAL a few MB under full load.
 */
const CHECKPOINT_INTERVAL_MS = 100;

/**
 * The writer's own automatic checkpoint, in pages (~64 MiB with 4 KiB pages). It runs on the
 * answer path, so it is set far above what the checkpoint thread lets the WAL reach: only if
 * that thread is gone or starved does the writer checkpoint itself.
 */
export const WRITER_AUTOCHECKPOINT_PAGES = 16_384;

// The worker is loaded by URL, which the compiler's import rewriting does not see: from the
// sources (the workspace) it is the .ts file, from the built package the .js one beside this.
const WORKER_EXTENSION = import.meta.url.endsWith(".ts") ? ".ts" : ".js";

/** Largest WAL file kept on disk after the log restarts (bytes). */
export const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Starts the checkpoint thread for a WAL database file: a worker thread with its own
 * connection running `PRAGMA wal_checkpoint(PASSIVE)` every {@link CHECKPOINT_INTERVAL_MS}.
 * A failing or dead thread only means the writer checkpoints itself again. `stop` ends the
 * thread and waits for it.
 */
export function startCheckpointer(filename: string, busyTimeoutMs: number): { stop(): Promise<void> } {
  const worker = new Worker(new URL(`./checkpoint-worker${WORKER_EXTENSION}`, import.meta.url), {
    workerData: { filename, intervalMs: CHECKPOINT_INTERVAL_MS, busyTimeoutMs },
  });
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    worker.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  // An error ends the thread; the writer's wal_autocheckpoint takes over. Unheard, it would
  // crash the process.
  worker.on("error", () => undefined);
  worker.unref();
  return {
    async stop() {
      if (!exited) {
        // Unreferenced, the thread would not keep the process alive until it has exited.
        worker.ref();
        worker.postMessage("stop");
      }
      await exit;
    },
  };
}
