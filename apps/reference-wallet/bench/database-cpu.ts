import { readFile } from "node:fs/promises";
import pg from "pg";

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ on every common build). */
const TICK_US = 10_000;

/**
 * CPU time of the PostgreSQL backends serving one bench target: the work a wallet hands to the
 * database (a plpgsql function, say) does not show in the server's own CPU, so the bench counts
 * it too. The target's connections carry `application_name`, and their backends' utime + stime
 * are read from /proc, which works when PostgreSQL runs on this machine (as the bench's does);
 * elsewhere the figure is absent.
 *
 * @example
 * const cpu = databaseCpu(url, "wallet-bench");
 * const start = await cpu.sample(); // …load…
 * const us = cpu.since(start, await cpu.sample());
 */
export function databaseCpu(connectionString: string, applicationName: string) {
  return {
    /** Backend pid → CPU µs so far; undefined when /proc cannot be read. */
    async sample(): Promise<Map<number, number> | undefined> {
      const client = new pg.Client({ connectionString });
      await client.connect();
      try {
        const result = await client.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE application_name = $1",
          [applicationName],
        );
        const times = new Map<number, number>();
        for (const { pid } of result.rows) {
          const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
          if (stat === undefined) return undefined;
          // Fields after the parenthesised command: state is field 3, utime 14, stime 15.
          const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
          times.set(pid, (Number(fields[11]) + Number(fields[12])) * TICK_US);
        }
        return times;
      } finally {
        await client.end();
      }
    },
    /** CPU µs spent between two samples; a backend started in between counts whole. */
    since(start: Map<number, number> | undefined, end: Map<number, number> | undefined): number | undefined {
      if (start === undefined || end === undefined) return undefined;
      let total = 0;
      for (const [pid, us] of end) total += us - (start.get(pid) ?? 0);
      return total;
    },
  };
}
