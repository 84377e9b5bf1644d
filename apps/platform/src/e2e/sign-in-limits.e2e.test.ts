import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createPasswordCheckGate, type PasswordCheckGate } from "../auth/password-check-gate.ts";
import { testDialects } from "../db/test-databases.ts";
import { assertProblem } from "../provider-gateway/test/gateway-helpers.ts";
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  startHarness,
  USER_PASSWORD,
  type Harness,
  type HttpAnswer,
} from "../test/platform-harness.ts";

/**
 * Issue 12, item 3, over real HTTP: a sign-in attempt is counted before its password is hashed,
 * so concurrent guesses cannot all get through; each account has its own bounded limit, which a
 * success resets; others' failures from the same IP do not keep a user out of an account that is
 * not held; and no more password checks run at once than the gate allows.
 */
const WINDOW_MS = 15 * 60_000;

for (const kind of testDialects) {
  describe(`sign-in limits (${kind})`, () => {
    let h: Harness;
    let gate: PasswordCheckGate;
    let offsetMs = 0;
    before(async () => {
      // A queue long enough that every reserved attempt is checked: the limit, not the gate, decides.
      gate = createPasswordCheckGate({ concurrency: 2, queue: 100 });
      let last = 0;
      const clock = () => (last = Math.max(Date.now() + offsetMs, last + 1));
      h = await startHarness(kind, { clock, appOptions: { passwordChecks: gate } });
    });
    after(async () => h?.close());

    const login = (email: string, password: string): Promise<HttpAnswer> =>
      h.request("POST", "/backoffice/login", { body: { email, password } });

    test("60 concurrent wrong passwords: 10 are checked (401), the rest 429 with Retry-After", async () => {
      const { email } = await h.register();
      const answers = await Promise.all(
        Array.from({ length: 60 }, (_, i) => login(email, `wrong password number ${i}`)),
      );
      const refused = answers.filter((a) => a.status === 401);
      const limited = answers.filter((a) => a.status === 429);
      assert.equal(refused.length, 10, answers.map((a) => a.status).join(","));
      assert.equal(limited.length, 50);
      for (const answer of refused) assertProblem(answer, 401, "INVALID_LOGIN");
      for (const answer of limited) {
        assertProblem(answer, 429, "RATE_LIMITED");
        assert.ok(Number(answer.headers.get("retry-after")) > 0);
      }
      assert.ok(gate.peakRunning >= 1 && gate.peakRunning <= 2, `peak ${gate.peakRunning} checks at once`);

      // The account is held, even with its right password, for the window only.
      assertProblem(await login(email, USER_PASSWORD), 429, "RATE_LIMITED");
      // Others' failures from this IP keep no one else out.
      const other = await h.register();
      assert.equal((await login(other.email, USER_PASSWORD)).status, 200);
      const admin = await h.request("POST", "/admin/login", {
        body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
      });
      assert.equal(admin.status, 200, admin.text);

      offsetMs += WINDOW_MS;
      assert.equal((await login(email, USER_PASSWORD)).status, 200, "the hold ends with its window");
    });

    test("a success resets the account's count; the email is counted however it is typed", async () => {
      const { email } = await h.register();
      for (let i = 0; i < 9; i++) assertProblem(await login(email, "wrong password"), 401, "INVALID_LOGIN");
      assert.equal((await login(email, USER_PASSWORD)).status, 200);
      for (let i = 0; i < 10; i++)
        assertProblem(await login(i % 2 === 0 ? email : email.toUpperCase(), "wrong"), 401, "INVALID_LOGIN");
      assertProblem(await login(email, "wrong password"), 429, "RATE_LIMITED");
    });

    test("an admin account has its own limit too", async () => {
      for (let i = 0; i < 10; i++) {
        const wrong = await h.request("POST", "/admin/login", {
          body: { email: ADMIN_EMAIL, password: "wrong" },
        });
        assertProblem(wrong, 401, "INVALID_LOGIN");
      }
      const held = await h.request("POST", "/admin/login", {
        body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
      });
      assertProblem(held, 429, "RATE_LIMITED");
      assert.ok(Number(held.headers.get("retry-after")) > 0);
    });
  });
}

describe("sign-in limits per IP, across accounts", () => {
  test("past the IP's limit every account waits, without a password check", async () => {
    const gate = createPasswordCheckGate({ concurrency: 2, queue: 100 });
    const h = await startHarness("sqlite", {
      appOptions: { passwordChecks: gate, limits: { loginIpFailures: { max: 5, windowMs: 60_000 } } },
    });
    try {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          h.request("POST", "/backoffice/login", {
            body: { email: `nobody${i}@x.example`, password: "wrong" },
          }),
        ),
      );
      assert.equal(answers.filter((a) => a.status === 401).length, 5);
      assert.equal(answers.filter((a) => a.status === 429).length, 15);
      assert.ok(gate.peakRunning <= 2);
    } finally {
      await h.close();
    }
  });

  test("when the password checks are all busy: 429 at once with Retry-After 1, and nothing is counted", async () => {
    let busy = false;
    const inner = createPasswordCheckGate({ concurrency: 2, queue: 100 });
    const switchable: PasswordCheckGate = {
      get peakRunning() {
        return inner.peakRunning;
      },
      run: (work) => (busy ? Promise.resolve({ ok: false as const }) : inner.run(work)),
    };
    const h = await startHarness("sqlite", { appOptions: { passwordChecks: switchable } });
    try {
      const { email } = await h.register();
      busy = true;
      for (let i = 0; i < 12; i++) {
        const answer = await h.request("POST", "/backoffice/login", {
          body: { email, password: "wrong password" },
        });
        assertProblem(answer, 429, "RATE_LIMITED");
        assert.equal(answer.headers.get("retry-after"), "1");
      }
      busy = false;
      const signedIn = await h.request("POST", "/backoffice/login", {
        body: { email, password: USER_PASSWORD },
      });
      assert.equal(signedIn.status, 200, "refusals as busy were not counted as failures");
    } finally {
      await h.close();
    }
  });
});
