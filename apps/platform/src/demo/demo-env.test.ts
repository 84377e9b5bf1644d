import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadConfig } from "../config.ts";
import { demoPlatformEnv } from "./demo-env.ts";

const settings = {
  dataDir: "/tmp/demo",
  port: "8080",
  admin: { email: "a@b.example", password: "long enough pw" },
};

describe("the demo platform's environment", () => {
  test("listens on loopback unless HOST says otherwise", () => {
    const config = loadConfig(demoPlatformEnv({}, settings));
    assert.ok(config.ok);
    assert.equal(config.config.host, "127.0.0.1");
    const told = loadConfig(demoPlatformEnv({ HOST: "0.0.0.0" }, settings));
    assert.ok(told.ok && told.config.host === "0.0.0.0");
  });

  test("enables private callback URLs explicitly for its loopback wallet", () => {
    const config = loadConfig(demoPlatformEnv({}, settings));
    assert.ok(config.ok && config.config.allowPrivateCallbackUrls);
  });
});
