import assert from "node:assert/strict";
import { connect } from "node:net";
import { after, before, describe, test } from "node:test";
import { adminProblems } from "../surfaces/admin/problems.ts";
import { backofficeProblems } from "../surfaces/backoffice/problems.ts";
import { operatorApiProblems } from "../surfaces/operator-api/problems.ts";
import { registrationBody, startHarness, type Harness, type HttpAnswer } from "../test/platform-harness.ts";
import { PROBLEM_TYPE_BASE } from "./problem.ts";

function assertProblem(answer: HttpAnswer, status: number, code: string, path: string): void {
  assert.equal(answer.status, status, answer.text);
  assert.match(answer.headers.get("content-type") ?? "", /^application\/problem\+json/);
  const body = answer.json;
  assert.equal(body.type, `${PROBLEM_TYPE_BASE}${code}`);
  assert.equal(body.status, status);
  assert.equal(body.code, code);
  assert.equal(typeof body.title, "string");
  assert.equal(typeof body.detail, "string");
  assert.equal(body.instance, path);
  assert.equal(body.requestId, answer.headers.get("x-request-id"));
  assert.ok(!answer.text.includes("    at "), "no stack trace");
}

describe("problem catalogues", () => {
  test("catalogues: stable unique codes, a status and a line of documentation each", () => {
    for (const catalogue of [adminProblems, backofficeProblems, operatorApiProblems]) {
      for (const [code, entry] of Object.entries(catalogue)) {
        assert.match(code, /^[A-Z][A-Z0-9_]+$/);
        assert.ok(entry.status >= 400 && entry.status < 600, code);
        assert.ok(entry.doc.length > 10 && !entry.doc.includes("\n"), code);
      }
    }
  });
});

describe("problem+json on the wire", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness("sqlite", { appOptions: { limits: { registrationsPerHour: 1_000 } } });
  });
  after(async () => h?.close());

  test("validation errors name the field", async () => {
    const body = registrationBody("not-an-email");
    const answer = await h.request("POST", "/backoffice/registrations", { body });
    assertProblem(answer, 400, "VALIDATION_FAILED", "/backoffice/registrations");
    assert.deepEqual(answer.json.errors, [
      { in: "body", field: "user.email", message: 'must match format "email"' },
    ]);

    const missing = await h.request("POST", "/backoffice/registrations", {
      body: { ...registrationBody("a@b.example"), companyName: undefined },
    });
    assert.equal(missing.json.errors[0].field, "companyName");
    assert.equal(missing.json.errors[0].message, "is required");

    const extra = await h.request("POST", "/backoffice/registrations", {
      body: { ...registrationBody("a@b.example"), isAdmin: true },
    });
    assert.deepEqual(extra.json.errors, [{ in: "body", field: "isAdmin", message: "is not allowed" }]);

    // Money is an integer in minor units: a string or a float is refused, never coerced.
    for (const amountMinor of ["100", 10.5, -1]) {
      const money = await h.request("POST", "/backoffice/registrations", {
        body: registrationBody("a@b.example", { expectedMonthlyVolume: { amountMinor, currency: "EUR" } }),
      });
      assert.equal(money.status, 400, String(amountMinor));
      assert.equal(money.json.errors[0].field, "expectedMonthlyVolume");
    }

    const query = await h.request("GET", "/admin/operators?limit=500", { token: h.adminToken });
    assertProblem(query, 400, "VALIDATION_FAILED", "/admin/operators");
    assert.deepEqual(query.json.errors, [{ in: "querystring", field: "limit", message: "must be <= 200" }]);
    // An integer parameter given with a fraction is refused, not truncated to what was not asked.
    for (const limit of ["1.5", "2e1", "ten"]) {
      const fraction = await h.request("GET", `/admin/operators?limit=${limit}`, { token: h.adminToken });
      assertProblem(fraction, 400, "VALIDATION_FAILED", "/admin/operators");
      assert.equal(fraction.json.errors[0].field, "limit", limit);
    }
    const plain = await h.request("GET", "/admin/operators?limit=2", { token: h.adminToken });
    assert.equal(plain.status, 200);
  });

  test("malformed JSON, wrong media type and oversize bodies", async () => {
    const bad = await h.request("POST", "/backoffice/login", {
      rawBody: "{not json",
      headers: { "content-type": "application/json" },
    });
    assertProblem(bad, 400, "MALFORMED_REQUEST", "/backoffice/login");
    const text = await h.request("POST", "/backoffice/login", {
      rawBody: "email=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    assertProblem(text, 415, "UNSUPPORTED_MEDIA_TYPE", "/backoffice/login");
    const huge = await h.request("POST", "/backoffice/login", {
      rawBody: JSON.stringify({ email: "a@b.example", password: "x".repeat(100_000) }),
      headers: { "content-type": "application/json" },
    });
    assertProblem(huge, 413, "PAYLOAD_TOO_LARGE", "/backoffice/login");
  });

  test("unknown routes are 404 problems; a known path asked with another method is 405 with Allow", async () => {
    assertProblem(await h.request("GET", "/nope?x=1"), 404, "ROUTE_NOT_FOUND", "/nope");
    assertProblem(await h.request("DELETE", "/v1"), 404, "ROUTE_NOT_FOUND", "/v1");

    const listDeleted = await h.request("DELETE", "/v1/transactions?limit=5");
    assertProblem(listDeleted, 405, "METHOD_NOT_ALLOWED", "/v1/transactions");
    assert.equal(listDeleted.headers.get("allow"), "GET, HEAD");
    // Parameters match as in routing: any session id, only the methods its route has.
    const sessionPut = await h.request("PUT", "/v1/sessions/ses_anything/end");
    assertProblem(sessionPut, 405, "METHOD_NOT_ALLOWED", "/v1/sessions/ses_anything/end");
    assert.equal(sessionPut.headers.get("allow"), "POST");
  });

  test("requests Node's parser refuses are problems too, and the connection is closed", async () => {
    const { hostname, port } = new URL(h.baseUrl);
    const rawAnswer = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect({ host: hostname, port: Number(port) }, () => socket.write(request));
        let text = "";
        socket.setEncoding("utf8");
        socket.on("data", (chunk: string) => (text += chunk));
        socket.on("error", reject);
        socket.on("close", () => resolve(text));
      });
    const parse = (answer: string) => {
      const [head = "", body = ""] = answer.split("\r\n\r\n");
      return { statusLine: head.split("\r\n")[0], head, json: JSON.parse(body) as Record<string, unknown> };
    };

    const broken = parse(await rawAnswer("GET /healthz HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n"));
    assert.equal(broken.statusLine, "HTTP/1.1 400 Bad Request");
    assert.match(broken.head, /content-type: application\/problem\+json/i);
    assert.equal(broken.json.code, "MALFORMED_REQUEST");
    assert.equal(typeof broken.json.requestId, "string");

    const huge = parse(
      await rawAnswer(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`),
    );
    assert.equal(huge.statusLine, "HTTP/1.1 431 Request Header Fields Too Large");
    assert.equal(huge.json.code, "HEADERS_TOO_LARGE");
    assert.equal(huge.json.status, 431);
  });

  test("URLs refused before routing are problems too, without the framework's codes", async () => {
    const badEscape = await h.request("GET", "/v1/sessions/%zz");
    assertProblem(badEscape, 400, "MALFORMED_REQUEST", "/v1/sessions/%zz");
    assert.ok(!badEscape.text.includes("FST_"), badEscape.text);
    const longSegment = `/v1/rounds/${"a".repeat(3_000)}`;
    const tooLong = await h.request("GET", longSegment);
    assertProblem(tooLong, 400, "MALFORMED_REQUEST", longSegment);
    assert.ok(!tooLong.text.includes("FST_"), tooLong.text);
  });

  test("missing or bad tokens are 401 problems with WWW-Authenticate", async () => {
    for (const [path, token] of [
      ["/v1/me", undefined],
      ["/backoffice/me", "crp_bo_nope"],
      ["/admin/operators", undefined],
    ] as const) {
      const answer = await h.request("GET", path, token === undefined ? {} : { token });
      assertProblem(answer, 401, "UNAUTHORIZED", path);
      assert.match(answer.headers.get("www-authenticate") ?? "", /^Bearer realm=/);
    }
    // A backoffice session never opens the admin API, nor the reverse.
    const { email } = await h.register();
    const boToken = await h.login(email);
    assert.equal((await h.request("GET", "/admin/operators", { token: boToken })).status, 401);
    assert.equal((await h.request("GET", "/backoffice/me", { token: h.adminToken })).status, 401);
  });

  test("logout ends the session", async () => {
    const { email } = await h.register();
    const token = await h.login(email);
    assert.equal((await h.request("POST", "/backoffice/logout", { token })).status, 204);
    assert.equal((await h.request("GET", "/backoffice/me", { token })).status, 401);
  });

  test("a client's request id is kept when it looks like one", async () => {
    const answer = await h.request("GET", "/nope", { headers: { "x-request-id": "req-12345678" } });
    assert.equal(answer.headers.get("x-request-id"), "req-12345678");
    assert.equal(answer.json.requestId, "req-12345678");
    const forged = await h.request("GET", "/nope", { headers: { "x-request-id": "bad id with spaces" } });
    assert.notEqual(forged.headers.get("x-request-id"), "bad id with spaces");
  });
});

describe("rate limits", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness("sqlite", {
      appOptions: {
        limits: {
          registrationsPerHour: 2,
          apiAuthFailures: { max: 3, windowMs: 60_000 },
          loginFailures: { max: 3, windowMs: 60_000 },
        },
      },
    });
  });
  after(async () => h?.close());

  test("rate limits are 429 problems with Retry-After", async () => {
    // Registrations: 2 per hour per IP here.
    let last: HttpAnswer | undefined;
    for (let i = 0; i < 3; i++) {
      last = await h.request("POST", "/backoffice/registrations", {
        body: registrationBody(`rl${i}@x.example`),
      });
    }
    assertProblem(last!, 429, "RATE_LIMITED", "/backoffice/registrations");
    assert.ok(Number(last!.headers.get("retry-after")) > 0);

    // Failed API authentications: 3 per minute per IP, then even a valid token waits.
    for (let i = 0; i < 3; i++)
      assert.equal((await h.request("GET", "/v1/me", { token: "crp_sandbox_x" })).status, 401);
    const blocked = await h.request("GET", "/v1/me", { token: "crp_sandbox_x" });
    assertProblem(blocked, 429, "RATE_LIMITED", "/v1/me");
    assert.ok(Number(blocked.headers.get("retry-after")) > 0);

    // Failed sign-ins: 3 per window per IP, then the right password waits too.
    for (let i = 0; i < 3; i++) {
      const wrong = await h.request("POST", "/admin/login", {
        body: { email: "root@croupier.test", password: "wrong" },
      });
      assertProblem(wrong, 401, "INVALID_LOGIN", "/admin/login");
    }
    const throttled = await h.request("POST", "/admin/login", {
      body: { email: "root@croupier.test", password: "correct horse battery staple" },
    });
    assertProblem(throttled, 429, "RATE_LIMITED", "/admin/login");
  });

  test("/v1 is limited per credential and the public lobby per client", async () => {
    const limited = await startHarness("sqlite", {
      appOptions: { limits: { apiRequestsPerMinute: 3, lobbyRequestsPerMinute: 2 } },
    });
    try {
      // Each credential has its own bucket: another token is not held back by the first one's.
      for (let i = 0; i < 3; i++)
        assert.equal((await limited.request("GET", "/v1/me", { token: "crp_sandbox_aaa" })).status, 401);
      const over = await limited.request("GET", "/v1/me", { token: "crp_sandbox_aaa" });
      assertProblem(over, 429, "RATE_LIMITED", "/v1/me");
      assert.ok(Number(over.headers.get("retry-after")) > 0);
      assert.equal((await limited.request("GET", "/v1/me", { token: "crp_sandbox_bbb" })).status, 401);
      for (let i = 0; i < 2; i++)
        assert.notEqual((await limited.request("GET", "/lobby/op_unknown")).status, 429);
      assertProblem(
        await limited.request("GET", "/lobby/op_unknown"),
        429,
        "RATE_LIMITED",
        "/lobby/op_unknown",
      );
    } finally {
      await limited.close();
    }
  });
});

describe("a 500 never leaks", () => {
  test("internal errors are generic problems, the details go to the log", async () => {
    const h = await startHarness("sqlite");
    try {
      // Break the database under the app: the next query throws inside a handler.
      await h.db.close();
      const answer = await h.request("POST", "/backoffice/login", {
        body: { email: "a@b.example", password: "x" },
      });
      assertProblem(answer, 500, "INTERNAL_ERROR", "/backoffice/login");
      assert.ok(!/sqlite|kysely|destroy/i.test(answer.text), answer.text);
      const health = await h.request("GET", "/healthz");
      assertProblem(health, 503, "SERVICE_UNAVAILABLE", "/healthz");
    } finally {
      await h.app.close();
      await h.db.dispose().catch(() => undefined);
    }
  });
});
