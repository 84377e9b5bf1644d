import { Table, Text } from "@mantine/core";
import { formatMinor, formatTime, TableScroll } from "../../components/common.tsx";

export interface CreditEntry {
  id: string;
  seq: number;
  kind: "top_up" | "correction" | "fee";
  amountMinor: number;
  currency: string;
  balanceAfterMinor: number;
  paymentReference: string | null;
  note: string | null;
  fee: { providerId: string; roundCurrency: string; ggrMinor: number; rounds: number } | null;
  createdAtMs: number;
}

/** The credit ledger's entries, newest first (top-ups, corrections, fees). */
export function EntriesTable(props: { items: readonly CreditEntry[] }) {
  if (props.items.length === 0) return <Text c="dimmed">No entries yet.</Text>;
  return (
    <TableScroll minWidth={720} label="Credit entries">
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Time</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Amount</Table.Th>
            <Table.Th>Balance after</Table.Th>
            <Table.Th>Reference / note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.items.map((e) => (
            <Table.Tr key={e.id} data-testid="credit-entry">
              <Table.Td>{formatTime(e.createdAtMs)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} style={{ whiteSpace: "nowrap" }}>
                  {e.kind.replace("_", "-")}
                </Text>
              </Table.Td>
              <Table.Td>{formatMinor(e.amountMinor, e.currency)}</Table.Td>
              <Table.Td>{formatMinor(e.balanceAfterMinor, e.currency)}</Table.Td>
              <Table.Td>
                {e.fee !== null
                  ? `Fee: ${e.fee.providerId}, ${e.fee.rounds} rounds, GGR ${formatMinor(e.fee.ggrMinor, e.fee.roundCurrency)}`
                  : [e.paymentReference, e.note].filter((x) => x !== null && x !== "").join(" — ") || "—"}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
