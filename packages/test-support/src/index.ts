export { createTestSchema, testPostgresUrl, type TestSchema } from "./postgres.ts";
export { childEnv, CHILD_LINE_DEADLINE_MS, waitForChildLine } from "./child-process.ts";
