// `run-bench.ts --seed-rounds N`: the bench's freshly provisioned database gets N settled rounds
// before the runs, so its figures are those of a database that has grown (compare.ts runs both).
import type { PlatformDb } from "../../src/db/connect.ts";
import { progressLine, seedSettledRounds } from "./seed-rounds.ts";

export async function seedForBench(db: PlatformDb, rounds: number): Promise<void> {
  if (!(rounds > 0)) return;
  const started = Date.now();
  let shown = 0;
  await seedSettledRounds(db.db, db.dialect, {
    rounds,
    progress: (done, total) => {
      // A line every tenth or so: the bench's own output stays readable.
      if (done === total || done - shown >= total / 10) {
        shown = done;
        console.log(`    ${progressLine(done, total, started)}`);
      }
    },
  });
  console.log(
    `    database seeded with ${rounds} settled rounds in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}
