// The OpenAPI description's examples: Swagger UI generates an example from a pattern when a
// schema gives none ("player_id": "vvxwx|xyw{{|…", "currency": "IRE"). Every property of a
// request body or a response with a pattern (or a format) carries a real example, and each
// example matches its own schema's pattern.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startHarness, type Harness } from "../test/platform-harness.ts";

type Schema = {
  type?: string | string[];
  pattern?: string;
  format?: string;
  examples?: unknown[];
  example?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  additionalProperties?: Schema | boolean;
  $ref?: string;
};

/** Every schema with a pattern under `schema`, with where it is. */
function patterned(
  schema: Schema,
  where: string,
  found: Array<[string, Schema]>,
  seen = new Set<Schema>(),
): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  if (schema.pattern !== undefined) found.push([where, schema]);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    patterned(property, `${where}.${name}`, found, seen);
  }
  if (schema.items !== undefined) patterned(schema.items, `${where}[]`, found, seen);
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    schema[key]?.forEach((s, i) => patterned(s, `${where}|${i}`, found, seen));
  }
  if (typeof schema.additionalProperties === "object")
    patterned(schema.additionalProperties, `${where}{}`, found, seen);
}

describe("OpenAPI examples", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness("sqlite");
  });
  after(async () => h?.close());

  test("every patterned property of a request body, parameter or response has an example that matches it", async () => {
    const doc = (await h.request("GET", "/openapi.json")).json as {
      paths: Record<
        string,
        Record<string, { requestBody?: unknown; responses?: unknown; parameters?: unknown }>
      >;
    };
    const found: Array<[string, Schema]> = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        const body = (operation.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)
          ?.content;
        for (const media of Object.values(body ?? {})) patterned(media.schema, `${where} body`, found);
        // @fastify/swagger moves a parameter's examples from its schema to the parameter itself.
        for (const parameter of (operation.parameters as Array<{
          name: string;
          schema: Schema;
          example?: unknown;
          examples?: Record<string, { value: unknown }>;
        }>) ?? []) {
          const lifted =
            parameter.example !== undefined
              ? [parameter.example]
              : parameter.examples === undefined
                ? undefined
                : Object.values(parameter.examples).map((e) => e.value);
          patterned(
            lifted === undefined ? parameter.schema : { ...parameter.schema, examples: lifted },
            `${where} ${parameter.name}`,
            found,
          );
        }
        for (const [status, response] of Object.entries(
          (operation.responses as Record<string, { content?: Record<string, { schema: Schema }> }>) ?? {},
        )) {
          for (const media of Object.values(response.content ?? {}))
            patterned(media.schema, `${where} ${status}`, found);
        }
      }
    }
    assert.ok(found.length > 20, `patterned properties were found (${found.length})`);
    const missing = found.filter(
      ([, schema]) => schema.examples === undefined && schema.example === undefined,
    );
    assert.deepEqual(
      [...new Set(missing.map(([where, schema]) => `${where} (${schema.pattern})`))],
      [],
      "these have a pattern but no example",
    );
    for (const [where, schema] of found) {
      for (const example of schema.examples ?? [schema.example]) {
        assert.match(
          String(example),
          new RegExp(schema.pattern!, "u"),
          `${where}'s example matches its pattern`,
        );
      }
    }
  });
});
