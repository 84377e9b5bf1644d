// The bench's goals (issue 15), each judged from figures of one run against baselines measured in
// the same run: on a shared 2-core machine absolute figures swing, ratios within a run do not.
//
// | # | goal                                                                  | SQLite | PostgreSQL |
// |---|-----------------------------------------------------------------------|--------|------------|
// | 1 | platform CPU per round ≤ 2.5× the bare relay's, at full and half load | 2.5×   | 2.5×       |
// | 1 | half load's CPU per round ≤ 1.2× full load's                          | 1.2×   | 1.2×       |
// | 2 | rounds/s ≥ this share of the bare relay's                             | 0.5    | 0.4        |
// | 3 | added latency at a quarter of the relay's max: p50 ≤ 2 × fdatasync p50 + 0.5 ms | | |
// | 3 | … p99 ≤                                                               | 5 ms   | 10 ms      |
// | 5 | two processes on one PostgreSQL: combined CPU per round ≤ one's; no call sent twice | – | ✓ |
export const GOALS = {
  cpuVsRelay: 2.5,
  halfVsFull: 1.2,
  roundsVsRelay: { sqlite: 0.5, postgres: 0.4 },
  addedP50: (fdatasyncP50Ms: number) => 2 * fdatasyncP50Ms + 0.5,
  addedP99Ms: { sqlite: 5, postgres: 10 },
} as const;

export interface GoalFigures {
  readonly db: "sqlite" | "postgres";
  readonly fdatasyncP50Ms: number;
  readonly relay: { readonly roundsPerSecond: number; readonly cpuMs: number; readonly halfCpuMs: number };
  readonly platform: { readonly roundsPerSecond: number; readonly cpuMs: number; readonly halfCpuMs: number };
  readonly quarter: {
    readonly roundsPerSecond: number;
    readonly addedP50Ms: number;
    readonly addedP99Ms: number;
  };
  readonly twoProcesses?: {
    readonly cpuMs: number;
    readonly roundsPerSecond: number;
    readonly overlapping: number;
    readonly bySeveralProcesses: number;
  };
}

export interface GoalLine {
  readonly goal: string;
  readonly figure: string;
  readonly met: boolean;
}

const x = (value: number) => `${value.toFixed(2)}×`;
const ms = (value: number) => `${value.toFixed(3)} ms`;

export function judgeGoals(f: GoalFigures): GoalLine[] {
  const full = f.platform.cpuMs / f.relay.cpuMs;
  const half = f.platform.halfCpuMs / f.relay.halfCpuMs;
  const halfVsFull = f.platform.halfCpuMs / f.platform.cpuMs;
  const share = f.platform.roundsPerSecond / f.relay.roundsPerSecond;
  const p50Limit = GOALS.addedP50(f.fdatasyncP50Ms);
  const lines: GoalLine[] = [
    {
      goal: `1 CPU/round vs relay, full load ≤ ${GOALS.cpuVsRelay}×`,
      figure: `${ms(f.platform.cpuMs)} / ${ms(f.relay.cpuMs)} = ${x(full)}`,
      met: full <= GOALS.cpuVsRelay,
    },
    {
      goal: `1 CPU/round vs relay, half load ≤ ${GOALS.cpuVsRelay}×`,
      figure: `${ms(f.platform.halfCpuMs)} / ${ms(f.relay.halfCpuMs)} = ${x(half)}`,
      met: half <= GOALS.cpuVsRelay,
    },
    {
      goal: `1 CPU/round half load vs full ≤ ${GOALS.halfVsFull}×`,
      figure: `${ms(f.platform.halfCpuMs)} / ${ms(f.platform.cpuMs)} = ${x(halfVsFull)}`,
      met: halfVsFull <= GOALS.halfVsFull,
    },
    {
      goal: `2 rounds/s vs relay ≥ ${GOALS.roundsVsRelay[f.db]}`,
      figure: `${f.platform.roundsPerSecond.toFixed(0)} / ${f.relay.roundsPerSecond.toFixed(0)} = ${share.toFixed(2)}`,
      met: share >= GOALS.roundsVsRelay[f.db],
    },
    {
      goal: `3 added p50 at ${f.quarter.roundsPerSecond.toFixed(0)} rounds/s ≤ ${ms(p50Limit)}`,
      figure: ms(f.quarter.addedP50Ms),
      met: f.quarter.addedP50Ms <= p50Limit,
    },
    {
      goal: `3 added p99 at ${f.quarter.roundsPerSecond.toFixed(0)} rounds/s ≤ ${GOALS.addedP99Ms[f.db]} ms`,
      figure: ms(f.quarter.addedP99Ms),
      met: f.quarter.addedP99Ms <= GOALS.addedP99Ms[f.db],
    },
  ];
  const two = f.twoProcesses;
  if (two !== undefined) {
    lines.push(
      {
        goal: "5 two processes: CPU/round ≤ one process's",
        figure: `${ms(two.cpuMs)} / ${ms(f.platform.cpuMs)} = ${x(two.cpuMs / f.platform.cpuMs)} (${two.roundsPerSecond.toFixed(0)} rounds/s)`,
        met: two.cpuMs <= f.platform.cpuMs,
      },
      {
        goal: "5 two processes: no call sent twice at once",
        figure: `${two.overlapping} overlapping, ${two.bySeveralProcesses} sent by both`,
        met: two.overlapping === 0 && two.bySeveralProcesses === 0,
      },
    );
  }
  return lines;
}
