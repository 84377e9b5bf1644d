import type { MoneyFormat, MoneyMovement } from "../types.ts";
import { Money } from "./Money.tsx";

const KIND: Record<MoneyMovement["kind"], string> = {
  bet: "Stake debited",
  win: "Win credited",
  end_round: "Round closed (nothing won)",
  rollback: "Stake returned",
};

/** The money requests of a round, as the platform recorded them. */
export function MovementsTable(props: { movements: readonly MoneyMovement[]; format: MoneyFormat }) {
  return (
    <table className="movements">
      <caption>Money movements</caption>
      <thead>
        <tr>
          <th scope="col">Movement</th>
          <th scope="col">Amount</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {props.movements.map((m) => (
          <tr key={m.transaction_id}>
            <td>{KIND[m.kind]}</td>
            <td>{m.amount_minor === null ? "—" : <Money minor={m.amount_minor} format={props.format} />}</td>
            <td>{m.result === "OK" ? "done" : m.result.toLowerCase().replace(/_/g, " ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
