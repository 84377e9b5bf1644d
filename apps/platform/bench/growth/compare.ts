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
  if (full === null || half === null || added === null)
    throw new Error("run-bench.ts printed no figures I know");
  return {
    roundsPerSecond: Number(full[1]),
    cpuMsPerRound: Number(full[2]),
    halfLoadCpuMsPerRound: Number(half[1]),
    addedP50Ms: Number(added[1]),
    addedP99Ms: Number(added[2]),
  };
}

const rows: string[] = [];
for (const db of values.db.split(",")) {
  const empty = await bench(db, 0);
  const grown = await bench(db, Number(values.rounds));
  const cell = (name: keyof Figures, digits: number) =>
    `${empty[name].toFixed(digits)} → ${grown[name].toFixed(digits)} (${(grown[name] / empty[name]).toFixed(2)})`;
  rows.push(
    `  ${db.padEnd(9)} rounds/s ${cell("roundsPerSecond", 0)}; platform CPU ms/round ${cell("cpuMsPerRound", 3)}, ` +
      `at half load ${cell("halfLoadCpuMsPerRound", 3)}; added (quarter load) p50 ${cell("addedP50Ms", 3)} ms, p99 ${cell("addedP99Ms", 3)} ms`,
  );
}
console.log(
  `\ntables grow: empty database → ${values.rounds} settled rounds (grown/empty; goal within 10 %)`,
);
for (const row of rows) console.log(row);
