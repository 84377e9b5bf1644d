import { formatMoney, stakeLadder } from "../money.ts";
import type { BetLimits, MoneyFormat } from "../types.ts";

/** A labelled choice of stake among the round values inside the session's limits. */
export function StakePicker(props: {
  limits: BetLimits;
  format: MoneyFormat;
  value: number;
  onChange: (minor: number) => void;
  disabled?: boolean;
  label?: string;
}) {
  const ladder = stakeLadder(props.limits);
  return (
    <label className="stake">
      <span>{props.label ?? "Stake"}</span>
      <select
        value={props.value}
        disabled={props.disabled}
        onChange={(event) => props.onChange(Number(event.target.value))}
      >
        {ladder.map((minor) => (
          <option key={minor} value={minor}>
            {formatMoney(minor, props.format)}
          </option>
        ))}
      </select>
    </label>
  );
}
