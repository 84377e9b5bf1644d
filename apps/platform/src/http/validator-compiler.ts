import { TypeBoxValidatorCompiler } from "@fastify/type-provider-typebox";
import type { FastifySchemaCompiler } from "fastify";
import type { TSchema } from "typebox";
import { Compile } from "typebox/compile";
import { Value } from "typebox/value";

const INTEGER_TEXT = /^[+-]?\d+$/;

/**
 * TypeBox's validation, with query strings and path parameters converted ("50" → 50) but bodies
 * never (a JSON amount of "100" stays a string and is refused). TypeBox's conversion truncates a
 * fractional text given for an integer ("1.5" → 1); such a value is kept as given here, so the
 * check refuses it instead of serving something the client did not ask for.
 */
export const validatorCompiler: FastifySchemaCompiler<TSchema> = (route) => {
  if (route.httpPart === "body") return TypeBoxValidatorCompiler(route);
  const check = Compile(route.schema);
  const integerFields = integerFieldsOf(route.schema);
  return (value) => {
    // Read before converting: the conversion changes the object in place.
    const given = value as Record<string, unknown> | null | undefined;
    const notIntegers = integerFields.flatMap((field) => {
      const text = given?.[field];
      return typeof text === "string" && !INTEGER_TEXT.test(text) ? [[field, text] as const] : [];
    });
    const converted: unknown = Value.Convert(route.schema, value);
    for (const [field, text] of notIntegers) (converted as Record<string, unknown>)[field] = text;
    if (check.Check(converted)) return { value: converted };
    return { error: [...check.Errors(converted)] };
  };
};

/** The top-level properties of an object schema declared as integers. */
function integerFieldsOf(schema: TSchema): string[] {
  const properties = (schema as { properties?: Record<string, { type?: unknown }> }).properties ?? {};
  return Object.entries(properties)
    .filter(([, property]) => property.type === "integer")
    .map(([name]) => name);
}
