export { createTestSchema, testPostgresUrl, type TestSchema } from "./postgres.ts";
