import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { canLaunchGames, canTransition, OPERATOR_STATUSES, TRANSITIONS } from "./status.ts";

describe("operator status", () => {
  test("launches: sandbox only in sandbox, live everywhere, never when suspended, pending or rejected", () => {
    const table = OPERATOR_STATUSES.map((status) => [
      status,
      canLaunchGames({ status }, "sandbox"),
      canLaunchGames({ status }, "live"),
    ]);
    assert.deepEqual(table, [
      ["pending", false, false],
      ["sandbox", true, false],
      ["live", true, true],
      ["suspended", false, false],
      ["rejected", false, false],
    ]);
  });

  test("rejected is final; pending only goes forward by review", () => {
    for (const action of Object.keys(TRANSITIONS) as Array<keyof typeof TRANSITIONS>) {
      assert.equal(canTransition(action, "rejected"), false, action);
    }
    assert.deepEqual(
      (Object.keys(TRANSITIONS) as Array<keyof typeof TRANSITIONS>).filter((a) =>
        canTransition(a, "pending"),
      ),
      ["approve", "reject"],
    );
  });
});
