import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, it } from "node:test";
import { ALL_CHECKS } from "./checks/index.ts";

describe("README", () => {
  it("documents every check with its kind", async () => {
    const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
    for (const check of ALL_CHECKS) {
      const row = new RegExp(
        `^\\| \`${check.id.replace(/\./g, "\\.")}\` \\| ${check.required ? "required" : "advisory"} \\|`,
        "m",
      );
      assert.match(readme, row, check.id);
    }
  });

  it("every check id is stable in form: area.kebab-name", () => {
    const ids = ALL_CHECKS.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, "ids are unique");
    for (const check of ALL_CHECKS)
      assert.match(check.id, new RegExp(`^${check.area}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
  });
});
