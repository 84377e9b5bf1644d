// The disk's floor under the added-latency goal: every call is durable before it is sent, so no
// design answers faster than one fdatasync of an append (a bet waits for two: its debit before it
// is sent, and the acknowledgement before the game is told the bet stood).
import { closeSync, fdatasyncSync, openSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { percentile } from "./load.ts";

export function measureDiskFloor(dir: string, samples = 300): { p50Ms: number; p99Ms: number } {
  const file = join(dir, "disk-floor.bin");
  const fd = openSync(file, "w");
  const page = Buffer.alloc(4096, 1);
  const micros: number[] = [];
  try {
    for (let i = 0; i < samples; i++) {
      writeSync(fd, page);
      const started = process.hrtime.bigint();
      fdatasyncSync(fd);
      micros.push(Number(process.hrtime.bigint() - started) / 1000);
    }
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
  micros.sort((a, b) => a - b);
  return { p50Ms: percentile(micros, 50) / 1000, p99Ms: percentile(micros, 99) / 1000 };
}
