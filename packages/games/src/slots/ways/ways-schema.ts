import Type, { type Static } from "typebox";
import { titleBaseFields } from "../../catalogue/title-schema.ts";
import { slotFields } from "../common/slot-schema.ts";

/**
 * A ways slot title file (`src/slots/ways/titles/*.json`): every left-to-right path through
 * adjacent reels pays (3 rows × 5 reels = 243 ways). The stake is `betCoins` coins; `pays` are
 * coins per way, `scatterPays` multiples of the total bet.
 */
export const WaysSlotSchema = Type.Object(
  {
    ...titleBaseFields,
    engine: Type.Literal("ways-slot"),
    betCoins: Type.Integer({ minimum: 1, maximum: 1000 }),
    ...slotFields,
  },
  { additionalProperties: false },
);

export type WaysSlotTitle = Static<typeof WaysSlotSchema>;
