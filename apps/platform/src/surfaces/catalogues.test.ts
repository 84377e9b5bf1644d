import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { walletCallAdminProblems } from "../admin/wallet-calls-problems.ts";
import { roundReplayProblems } from "../builtin-studio/operator-replay-routes.ts";
import { catalogueProblems } from "../catalogue/problems.ts";
import { conformanceRunProblems } from "../conformance-runs/problems.ts";
import { goLiveProblems } from "../go-live/problems.ts";
import { historyProblems } from "../history/problems.ts";
import { commonProblems } from "../http/common-problems.ts";
import type { ProblemCatalogue } from "../http/problem.ts";
import { operatorProblems } from "../operators/problems.ts";
import { sessionProblems } from "../sessions/problems.ts";
import { studioProblems } from "../studios/problems.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";
import { surfaceCatalogues } from "./catalogues.ts";
import { composeCatalogue, SURFACES, type SurfaceName } from "./surface.ts";

/** The domains whose route files each surface mounts: their codes must be in its catalogue. */
const DOMAINS: Readonly<Record<SurfaceName, readonly ProblemCatalogue[]>> = {
  operatorApi: [
    sessionProblems,
    historyProblems,
    roundReplayProblems,
    conformanceRunProblems,
    catalogueProblems,
  ],
  backoffice: [operatorProblems, conformanceRunProblems, goLiveProblems, catalogueProblems],
  admin: [
    operatorProblems,
    conformanceRunProblems,
    goLiveProblems,
    walletCallAdminProblems,
    studioProblems,
    catalogueProblems,
  ],
  gateway: [],
  gameApi: [],
  public: [],
};

describe("one problem catalogue per surface", () => {
  test("each holds the common codes and every code of the domains it serves, each documented on one line", () => {
    for (const surface of SURFACES) {
      const catalogue = surfaceCatalogues[surface];
      for (const code of Object.keys(commonProblems))
        assert.ok(code in catalogue, `${surface} lacks ${code}`);
      for (const domain of DOMAINS[surface]) {
        for (const [code, definition] of Object.entries(domain)) {
          assert.equal(catalogue[code]?.status, definition.status, `${surface}: ${code}`);
          assert.equal(catalogue[code]?.title, definition.title, `${surface}: ${code}`);
        }
      }
      for (const [code, entry] of Object.entries(catalogue)) {
        assert.match(code, /^[A-Z][A-Z0-9_]+$/);
        assert.ok(entry.status >= 400 && entry.status < 600, code);
        assert.ok(entry.doc.length > 10 && !entry.doc.includes("\n"), code);
      }
    }
  });

  test("composing refuses a code that means two things, and keeps the first line of a code that means one", () => {
    const notFound = { status: 404, title: "Round not found", doc: "First." };
    const merged = composeCatalogue(
      { ROUND_NOT_FOUND: notFound },
      { ROUND_NOT_FOUND: { ...notFound, doc: "Second." } },
    );
    assert.equal(merged.ROUND_NOT_FOUND.doc, "First.");
    assert.throws(
      () =>
        composeCatalogue({ ROUND_NOT_FOUND: notFound }, { ROUND_NOT_FOUND: { ...notFound, status: 410 } }),
      /ROUND_NOT_FOUND means two things/,
    );
    assert.throws(
      () =>
        composeCatalogue({ ROUND_NOT_FOUND: notFound }, { ROUND_NOT_FOUND: { ...notFound, title: "Gone" } }),
      /ROUND_NOT_FOUND means two things/,
    );
  });

  describe("GET /problems", () => {
    let h: Harness;
    before(async () => {
      h = await startHarness("sqlite");
    });
    after(async () => h?.close());

    test("lists each surface's catalogue under its name, and keeps the lists earlier readers know", async () => {
      const answer = await h.request("GET", "/problems");
      assert.equal(answer.status, 200);
      for (const surface of SURFACES) {
        const codes = (answer.json[surface] as { code: string }[]).map((p) => p.code);
        assert.deepEqual(codes, Object.keys(surfaceCatalogues[surface]), surface);
      }
      const codesOf = (key: string) => (answer.json[key] as { code: string }[]).map((p) => p.code);
      assert.ok(codesOf("operatorApi").includes("LAUNCH_NOT_ALLOWED"));
      assert.ok(codesOf("operatorApi").includes("GAME_NOT_AVAILABLE"));
      assert.ok(codesOf("admin").includes("STUDIO_NOT_FOUND"));
      assert.ok(codesOf("gameApi").includes("ACCESS_EXPIRED"));
      assert.deepEqual(codesOf("catalogue"), Object.keys(catalogueProblems));
      assert.deepEqual(codesOf("sessions"), codesOf("operatorApi"));
      assert.deepEqual(codesOf("studios"), codesOf("admin"));
    });
  });
});
