import { performance, type EventLoopUtilization } from "node:perf_hooks";

/**
 * How a bench target talks to the parent over IPC: `ready` with its port once listening;
 * on `mark` (after the warm-up) it notes its CPU time and event-loop use, and on `report`
 * answers what it spent since the mark. The parent stops it with SIGTERM; the child closes
 * what it opened.
 */
export interface ReadyMessage {
  readonly type: "ready";
  readonly port: number;
}

/** Server-side cost of the measured run: contention on the machine barely changes it. */
export interface UsageReport {
  readonly type: "report";
  /** User + system CPU time of the server process, µs. */
  readonly cpuUs: number;
  /** Time the event loop was busy (running JS, or blocked in a synchronous call such as fsync), µs. */
  readonly loopBusyUs: number;
}

export function announceReady(port: number): void {
  if (process.send === undefined) throw new Error("bench targets run as child processes (fork)");
  process.send({ type: "ready", port } satisfies ReadyMessage);
  let cpu = process.cpuUsage();
  let loop: EventLoopUtilization = performance.eventLoopUtilization();
  process.on("message", (message: { type?: string }) => {
    if (message.type === "mark") {
      cpu = process.cpuUsage();
      loop = performance.eventLoopUtilization();
    } else if (message.type === "report") {
      const used = process.cpuUsage(cpu);
      const report: UsageReport = {
        type: "report",
        cpuUs: used.user + used.system,
        loopBusyUs: performance.eventLoopUtilization(loop).active * 1000,
      };
      process.send!(report);
    }
  });
}

export function onStop(close: () => Promise<void>): void {
  const stop = () => {
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  // Never outlive the parent (it may die without a chance to signal us).
  process.once("disconnect", stop);
}
