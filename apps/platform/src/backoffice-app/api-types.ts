import { readFile, writeFile } from "node:fs/promises";
import { API_TYPES_FILE } from "@croupier/backoffice";
import openapiTS, { astToString } from "openapi-typescript";
import * as prettier from "prettier";
import { platformOpenApiDocument } from "./openapi-document.ts";

const HEADER =
  "// Generated from the platform's OpenAPI document by apps/platform/src/backoffice-app/generate-api-types.ts.\n" +
  "// Do not edit: run `npm run api-types -w @croupier/platform`; a test fails while this file is stale.\n";

/** The backoffice's API types (TypeScript source) for the platform's current routes. */
export async function renderApiTypes(): Promise<string> {
  const document = await platformOpenApiDocument();
  const source = HEADER + astToString(await openapiTS(document as never));
  const config = (await prettier.resolveConfig(API_TYPES_FILE)) ?? {};
  return prettier.format(source, { ...config, filepath: API_TYPES_FILE });
}

/** What the backoffice holds now (empty when the file is missing). */
export async function currentApiTypes(): Promise<string> {
  return readFile(API_TYPES_FILE, "utf8").catch(() => "");
}

/** Writes the types when they changed; returns whether they did. */
export async function writeApiTypes(): Promise<boolean> {
  const next = await renderApiTypes();
  if (next === (await currentApiTypes())) return false;
  await writeFile(API_TYPES_FILE, next);
  return true;
}
