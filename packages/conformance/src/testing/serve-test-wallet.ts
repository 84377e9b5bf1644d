#!/usr/bin/env node
// Starts the in-memory test wallet, correct or with one fault, to try the kit by hand:
//   node packages/conformance/src/testing/serve-test-wallet.ts [fault]
// It prints the command line that runs the kit against it. Ctrl-C stops it.
import { FAULTS, type Fault } from "./broken-wallets/faults.ts";
import { startTestWallet, TEST_PLAYERS, TEST_SALT } from "./harness.ts";

const fault = (process.argv[2] ?? "none") as Fault;
if (fault !== "none" && !Object.hasOwn(FAULTS, fault)) {
  console.error(`unknown fault "${fault}"; one of: none, ${Object.keys(FAULTS).join(", ")}`);
  process.exit(2);
}
const running = await startTestWallet(fault);
console.log(
  `test wallet (${fault === "none" ? "correct" : `fault ${fault}: ${FAULTS[fault]}`}) at ${running.url}`,
);
console.log(
  `npx croupier-conformance --url ${running.url} --salt ${TEST_SALT} ` +
    `--players ${Object.keys(TEST_PLAYERS).join(",")} --currency EUR`,
);
process.on("SIGINT", () => void running.close().then(() => process.exit(0)));
