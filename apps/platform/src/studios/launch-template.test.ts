import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { launchTemplateProblem, renderLaunchUrl } from "./launch-template.ts";

const values = {
  token: "sst_a/b",
  session_id: "ses_1",
  game_id: "acme-slots",
  language: "pt-BR",
  currency: "EUR",
  demo: "0",
  return_url: "https://casino.example/lobby?x=1&y=2",
  cashier_url: "https://casino.example/cashier",
};

describe("studio launch URL templates", () => {
  test("placeholders are filled URL-encoded", () => {
    assert.equal(
      renderLaunchUrl("https://g.example/play/{game_id}?t={token}&back={return_url}", values),
      "https://g.example/play/acme-slots?t=sst_a%2Fb&back=https%3A%2F%2Fcasino.example%2Flobby%3Fx%3D1%26y%3D2",
    );
  });

  test("a template needs {token}, known placeholders and an http(s) URL", () => {
    assert.equal(launchTemplateProblem("https://g.example/?t={token}&l={language}"), undefined);
    assert.match(launchTemplateProblem("https://g.example/") ?? "", /\{token\}/);
    assert.match(
      launchTemplateProblem("https://g.example/?t={token}&p={player_id}") ?? "",
      /unknown placeholder \{player_id\}/,
    );
    assert.match(launchTemplateProblem("javascript:{token}") ?? "", /http/);
    assert.match(launchTemplateProblem("https://u:p@g.example/{token}") ?? "", /credentials/);
    assert.match(launchTemplateProblem(`https://g.example/${"x".repeat(1100)}{token}`) ?? "", /at most/);
  });
});
