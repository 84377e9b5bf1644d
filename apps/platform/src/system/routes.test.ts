import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Validator } from "@seriousme/openapi-schema-validator";
import { startHarness, type Harness } from "../test/platform-harness.ts";

describe("system routes", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness("sqlite");
  });
  after(async () => h?.close());

  test("/healthz checks the database", async () => {
    const answer = await h.request("GET", "/healthz");
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.json, { status: "ok", database: "ok" });
  });

  test("/openapi.json is an OpenAPI 3.1 document listing every surface's routes", async () => {
    const answer = await h.request("GET", "/openapi.json");
    assert.equal(answer.status, 200);
    const doc = answer.json;
    assert.equal(doc.openapi, "3.1.0");
    const validation = await new Validator().validate(doc);
    assert.equal(validation.valid, true, JSON.stringify(validation.errors, null, 2));
    assert.equal(typeof doc.info.title, "string");
    for (const [path, method] of [
      ["/v1/me", "get"],
      ["/backoffice/registrations", "post"],
      ["/backoffice/login", "post"],
      ["/backoffice/credentials", "post"],
      ["/backoffice/credentials/{credentialId}", "delete"],
      ["/backoffice/environments/{environment}/salt-keys/confirm", "post"],
      ["/backoffice/environments/{environment}/test-call", "post"],
      ["/admin/operators/{operatorId}/approve", "post"],
      ["/admin/audit-log", "get"],
      ["/healthz", "get"],
    ] as const) {
      assert.ok(doc.paths[path]?.[method], `${method.toUpperCase()} ${path} is documented`);
    }
    assert.equal(doc.paths["/metrics"], undefined, "operational endpoints stay out of the API description");
    assert.deepEqual(doc.paths["/v1/me"].get.security, [{ apiCredential: [] }]);
    assert.ok(doc.components.securitySchemes.adminSession);
    // Error answers are documented as problems.
    assert.ok(doc.paths["/backoffice/credentials"].post.responses["4XX"]);
    // … in the media type they are sent in (RFC 9457), not as plain JSON.
    for (const status of ["4XX", "5XX"]) {
      const content = doc.paths["/v1/me"].get.responses[status].content;
      assert.deepEqual(Object.keys(content), ["application/problem+json"], status);
    }
    // Every operation has a summary and a tag; no route is documented without one.
    for (const [path, item] of Object.entries<Record<string, { summary?: string; tags?: string[] }>>(
      doc.paths,
    )) {
      for (const [method, op] of Object.entries(item)) {
        assert.ok(op.summary, `${method} ${path} has a summary`);
        assert.ok(op.tags?.length, `${method} ${path} has a tag`);
      }
    }
  });

  test("/docs serves the Swagger UI", async () => {
    const answer = await h.request("GET", "/docs/");
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get("content-type") ?? "", /text\/html/);
    assert.match(answer.text, /swagger/i);
  });

  test("/docs pages carry a CSP, refuse framing and sniffing", async () => {
    const page = await h.request("GET", "/docs/");
    const script = /src="\.\/(static\/[^"]+\.js)"/.exec(page.text)?.[1];
    assert.ok(script, "the page loads its script");
    for (const path of ["/docs/", `/docs/${script}`, "/docs/json"]) {
      const answer = await h.request("GET", path);
      assert.equal(answer.status, 200, path);
      const csp = answer.headers.get("content-security-policy") ?? "";
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.match(csp, /object-src 'none'/, path);
      assert.equal(answer.headers.get("x-frame-options"), "DENY", path);
      assert.equal(answer.headers.get("x-content-type-options"), "nosniff", path);
    }
  });

  test("/metrics is Prometheus text with process and HTTP metrics", async () => {
    await h.request("GET", "/healthz");
    const answer = await h.request("GET", "/metrics");
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get("content-type") ?? "", /^text\/plain; version=0\.0\.4/);
    assert.match(answer.text, /^# HELP process_cpu_user_seconds_total/m);
    assert.match(
      answer.text,
      /http_request_duration_seconds_count\{method="GET",route="\/healthz",status_code="200"\} \d+/,
    );
  });

  test("/metrics answers other hosts only with METRICS_TOKEN's bearer token", async () => {
    // Without a token: loopback clients only (the metrics name every operator).
    const remote = await h.app.inject({ method: "GET", url: "/metrics", remoteAddress: "203.0.113.9" });
    assert.equal(remote.statusCode, 401);
    assert.match(remote.headers["content-type"] ?? "", /application\/problem\+json/);
    assert.equal(remote.json().code, "UNAUTHORIZED");
    const guarded = await startHarness("sqlite", { appOptions: { metricsToken: "scrape-token-0123456789" } });
    try {
      const scrape = (authorization?: string) =>
        guarded.app.inject({
          method: "GET",
          url: "/metrics",
          remoteAddress: "203.0.113.9",
          ...(authorization === undefined ? {} : { headers: { authorization } }),
        });
      assert.equal((await scrape()).statusCode, 401);
      assert.equal((await scrape("Bearer wrong-token-0123456789")).statusCode, 401);
      const ok = await scrape("Bearer scrape-token-0123456789");
      assert.equal(ok.statusCode, 200);
      assert.match(ok.body, /^# HELP process_cpu_user_seconds_total/m);
      // With a token configured, loopback needs it too.
      assert.equal((await guarded.request("GET", "/metrics")).status, 401);
    } finally {
      await guarded.close();
    }
  });

  test("/metrics without a token refuses a forwarded request even from loopback (a reverse proxy on this host)", async () => {
    for (const headers of [{ "x-forwarded-for": "198.51.100.7" }, { forwarded: "for=198.51.100.7" }]) {
      const proxied = await h.app.inject({
        method: "GET",
        url: "/metrics",
        remoteAddress: "127.0.0.1",
        headers,
      });
      assert.equal(proxied.statusCode, 401, JSON.stringify(headers));
      assert.equal(proxied.json().code, "UNAUTHORIZED");
    }
    const direct = await h.app.inject({ method: "GET", url: "/metrics", remoteAddress: "127.0.0.1" });
    assert.equal(direct.statusCode, 200);
  });

  test("several apps in one process keep separate registries", async () => {
    const other = await startHarness("sqlite");
    try {
      const count = (text: string) =>
        Number(
          /http_request_duration_seconds_count\{method="GET",route="\/healthz",status_code="200"\} (\d+)/.exec(
            text,
          )?.[1] ?? 0,
        );
      const mineBefore = count((await h.request("GET", "/metrics")).text);
      await other.request("GET", "/healthz");
      await other.request("GET", "/healthz");
      assert.equal(count((await other.request("GET", "/metrics")).text), 2);
      assert.equal(count((await h.request("GET", "/metrics")).text), mineBefore);
    } finally {
      await other.close();
    }
  });

  test("/problems lists each surface's catalogue", async () => {
    const answer = await h.request("GET", "/problems");
    assert.equal(answer.status, 200);
    const codes = answer.json.backoffice.map((p: { code: string }) => p.code);
    assert.ok(codes.includes("SALT_NOT_ACCEPTED"));
    assert.ok(answer.json.operatorApi.some((p: { code: string }) => p.code === "UNAUTHORIZED"));
  });
});
