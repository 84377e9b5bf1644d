// Prints a freshly signed curl command for the wallet's callback endpoint; pipe it to `sh` to
// send it. The salt comes from SALT_KEYS (the first one) or is the demo salt, exactly as the
// server reads it, so it never appears on the command line.
//
//   node src/sign-call.ts --player demo-eur-1 --currency EUR | sh
//   node src/sign-call.ts --action debit --amount 250 --player demo-usd-1 --currency USD | sh
import { parseArgs } from "node:util";
import { DEMO_SALT } from "./config.ts";
import { signedCurl } from "./signed-curl.ts";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3100/wallet" },
    player: { type: "string", default: "demo-eur-1" },
    currency: { type: "string", default: "EUR" },
    action: { type: "string", default: "balance" },
    amount: { type: "string", default: "100" },
  },
});

const action = values.action;
if (action !== "balance" && action !== "debit" && action !== "credit") {
  console.error(`--action must be balance, debit or credit; got "${action}"`);
  process.exit(2);
}
const amount = Number(values.amount);
if (!Number.isSafeInteger(amount) || amount < 0) {
  console.error(`--amount must be a non-negative integer in minor units; got "${values.amount}"`);
  process.exit(2);
}
const salt = process.env.SALT_KEYS?.split(",")[0]?.trim() || DEMO_SALT;

console.log(
  signedCurl({
    url: values.url,
    salt,
    playerId: values.player,
    currency: values.currency,
    action,
    amount,
    nowMs: Date.now(),
  }),
);
