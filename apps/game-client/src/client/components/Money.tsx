import { formatMoney } from "../money.ts";
import type { MoneyFormat } from "../types.ts";

/** An amount of minor units, shown in the session's currency. */
export function Money(props: { minor: number; format: MoneyFormat; className?: string }) {
  return <span className={`money ${props.className ?? ""}`}>{formatMoney(props.minor, props.format)}</span>;
}
