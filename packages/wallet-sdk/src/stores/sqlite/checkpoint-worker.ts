// Worker thread of the SQLite store: checkpoints the WAL from its own connection, so that
// copying WAL pages into the database file and the fsyncs that go with it never run on the
// event loop that answers wallet calls. See checkpointer.ts.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

interface CheckpointWorkerData {
  readonly filename: string;
  readonly intervalMs: number;
  readonly busyTimeoutMs: number;
}

const { filename, intervalMs, busyTimeoutMs } = workerData as CheckpointWorkerData;
const db = new Database(filename, { timeout: busyTimeoutMs });
db.pragma("synchronous = FULL");
const checkpoint = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");

const timer = setInterval(() => {
  try {
    // PASSIVE never blocks the writer: it copies what is already committed and returns. A
    // busy or failed round is simply retried at the next tick; the writer's own
    // wal_autocheckpoint remains the safety net.
    checkpoint.run();
  } catch {
    // Retried at the next tick.
  }
}, intervalMs);

parentPort?.on("message", (message: unknown) => {
  if (message !== "stop") return;
  clearInterval(timer);
  db.close();
  parentPort?.close();
});
