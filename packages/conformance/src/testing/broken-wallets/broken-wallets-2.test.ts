import { describe } from "node:test";
import { itIsCaught } from "./assert-caught.ts";
import { BROKEN_VARIANTS } from "./variants.ts";

describe("broken wallets, second half: caught by the right checks", () => {
  for (const variant of BROKEN_VARIANTS.slice(15)) itIsCaught(variant);
});
