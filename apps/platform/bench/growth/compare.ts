// Tables grow: the bench's figures on an empty database and on one holding N settled rounds, in
// one run, with their ratios (goal: the grown database within 10 % of the empty one's).
//
//   node bench/growth/compare.ts [--db sqlite,postgres] [--rounds 10000000] [--pg-options="-c …"]
//
// Each side is one `run-bench.ts` process (the second with `--seed-rounds N`), its output shown
// as it comes; the figures are read back from the lines it prints.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite,postgres" },
    rounds: { type: "string", default: "10000000" },
    players: { type: "string", default: "64" },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    "pg-options": { type: "string", default: "" },
  },
});
const runBench = fileURLToPath(new URL("../run-bench.ts", import.meta.url));

interface Figures {
  readonly roundsPerSecond: number;
  readonly cpuMsPerRound: number;
  readonly halfLoadCpuMsPerRound: number;
  readonly addedP50Ms: number;
  readonly addedP99Ms: number;
  /** The bare relay of the same run: what the machine gave that run (it moves 2× between runs). */
  readonly relay: {
    readonly roundsPerSecond: number;
    readonly cpuMsPerRound: number;
    readonly halfLoadCpuMsPerRound: number;
  };
  /** PostgreSQL only: what the database wrote per round, which no load on the machine changes. */
  readonly storage?: {
    readonly walBytes: number;
    readonly fullPageImages: number;
    readonly roundTrips: number;
  };
}

/** Runs run-bench.ts for one database and reads the platform's figures from what it prints. */
async function bench(db: string, seedRounds: number): Promise<Figures> {
  const args = [runBench, "--db", db, "--players", values.players, "--duration", values.duration];
  args.push("--warmup", values.warmup, "--seed-rounds", String(seedRounds));
  if (values["pg-options"] !== "") args.push(`--pg-options=${values["pg-options"]}`);
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    out += chunk;
    process.stdout.write(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`run-bench.ts (${db}, ${seedRounds} rounds) exited with ${code}`);
  const full = /\(b\) via platform\s+(\d+) rounds\/s.*?platform ([\d.]+)/.exec(out);
  const half = /\(c\) at \d+ rounds\/s\s+\d+ rounds\/s.*?platform ([\d.]+)/.exec(out);
  const added = /added per callback at \d+ rounds\/s: p50 ([\d.]+) ms, p99 ([\d.]+) ms/.exec(out);
  const relay =
    /\(r\) bare Node relay\s+(\d+) rounds\/s.*?relay ([\d.]+).*?its CPU per round there ([\d.]+) ms/.exec(
      out,
    );
  if (full === null || half === null || added === null || relay === null)
    throw new Error("run-bench.ts printed no figures I know");
  const wal =
    /PostgreSQL during \(b\), per round \(warm-up included, (\d+) rounds\): WAL (\d+) bytes in [\d.]+ records of its own database \((\d+) of them full-page images.*?([\d.]+) round trips/.exec(
      out,
    );
  return {
    roundsPerSecond: Number(full[1]),
    cpuMsPerRound: Number(full[2]),
    halfLoadCpuMsPerRound: Number(half[1]),
    addedP50Ms: Number(added[1]),
    addedP99Ms: Number(added[2]),
    relay: {
      roundsPerSecond: Number(relay[1]),
      cpuMsPerRound: Number(relay[2]),
      halfLoadCpuMsPerRound: Number(relay[3]),
    },
    ...(wal === null
      ? {}
      : {
          storage: {
            walBytes: Number(wal[2]),
            fullPageImages: Number(wal[3]) / Number(wal[1]),
            roundTrips: Number(wal[4]),
          },
        }),
  };
}

const rows: string[] = [];
for (const db of values.db.split(",")) {
  const empty = await bench(db, 0);
  const grown = await bench(db, Number(values.rounds));
  const cell = (name: Exclude<keyof Figures, "relay" | "storage">, digits: number) =>
    emptyToGrown(empty, grown, (f) => f[name], digits);
  rows.push(
    `  ${db.padEnd(9)} rounds/s ${cell("roundsPerSecond", 0)}; platform CPU ms/round ${cell("cpuMsPerRound", 3)}, ` +
      `at half load ${cell("halfLoadCpuMsPerRound", 3)}; added (quarter load) p50 ${cell("addedP50Ms", 3)} ms, p99 ${cell("addedP99Ms", 3)} ms`,
  );
  rows.push(`  ${"".padEnd(9)} ${againstRelay(empty, grown)}`);
  if (empty.storage !== undefined && grown.storage !== undefined)
    rows.push(`  ${"".padEnd(9)} ${storage(empty.storage, grown.storage)}`);
}
console.log(
  `\ntables grow: empty database → ${values.rounds} settled rounds (grown/empty; goal within 10 %)`,
);
for (const row of rows) console.log(row);

/**
 * The platform's figures over the bare relay's of the same run, grown against empty: the machine's
 * speed moved up to 2× between the two runs of a pair here, and it moves the relay as it moves
 * the platform.
 */
function againstRelay(empty: Figures, grown: Figures): string {
  const pair = (of: (f: Figures) => number, digits: number) => emptyToGrown(empty, grown, of, digits);
  return (
    `against the relay of the same run (relay CPU ms/round ${pair((f) => f.relay.cpuMsPerRound, 3)}): ` +
    `rounds/s ÷ relay's ${pair((f) => f.roundsPerSecond / f.relay.roundsPerSecond, 3)}; ` +
    `CPU/round ÷ relay's ${pair((f) => f.cpuMsPerRound / f.relay.cpuMsPerRound, 2)}, ` +
    `at half load ${pair((f) => f.halfLoadCpuMsPerRound / f.relay.halfLoadCpuMsPerRound, 2)}`
  );
}

/** What the database wrote per round: the figures of goal 4 that no other load on the machine moves. */
function storage(empty: NonNullable<Figures["storage"]>, grown: NonNullable<Figures["storage"]>): string {
  return (
    `per round: WAL ${empty.walBytes} → ${grown.walBytes} bytes (${(grown.walBytes / empty.walBytes).toFixed(2)}), ` +
    `full-page images ${empty.fullPageImages.toFixed(3)} → ${grown.fullPageImages.toFixed(3)}, ` +
    `round trips ${empty.roundTrips.toFixed(2)} → ${grown.roundTrips.toFixed(2)}`
  );
}

/** "empty → grown (grown ÷ empty)" of one figure. */
function emptyToGrown(empty: Figures, grown: Figures, of: (f: Figures) => number, digits: number): string {
  return `${of(empty).toFixed(digits)} → ${of(grown).toFixed(digits)} (${(of(grown) / of(empty)).toFixed(2)})`;
}
