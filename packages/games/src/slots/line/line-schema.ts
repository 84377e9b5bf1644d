import Type, { type Static } from "typebox";
import { titleBaseFields } from "../../catalogue/title-schema.ts";
import { slotFields } from "../common/slot-schema.ts";

/**
 * A line slot title file (`src/slots/line/titles/*.json`). The stake is one coin per line:
 * `betMinor = lines.length × coinValueMinor`; `pays` are coins per line, `scatterPays` multiples
 * of the total bet. See the package README for the full format.
 */
export const LineSlotSchema = Type.Object(
  {
    ...titleBaseFields,
    engine: Type.Literal("line-slot"),
    ...slotFields,
    /** Each line lists the row (0 = top) it crosses on every reel, left to right. */
    lines: Type.Array(Type.Array(Type.Integer({ minimum: 0, maximum: 7 }), { minItems: 3, maxItems: 8 }), {
      minItems: 1,
      maxItems: 100,
    }),
  },
  { additionalProperties: false },
);

export type LineSlotTitle = Static<typeof LineSlotSchema>;
