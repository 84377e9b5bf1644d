import { Badge, Button, Code, Table, Text } from "@mantine/core";
import { api, must } from "../../api/client.ts";
import { formatMinor, formatTime, TableScroll } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { pageQuery, usePaged } from "../../components/use-paged.ts";
import { navigate } from "../../router.ts";
import type { Environment } from "./EnvironmentPicker.tsx";
import { roundIdLabel } from "../../components/round-id-label.ts";

/** The explorer's filter, as the rounds and transactions routes both take it. */
export interface ExplorerFilter {
  player_id?: string;
  round_id?: string;
  from?: string;
  to?: string;
}

/** Wallet calls (transactions) matching the explorer's filter, newest first, page by page. */
export function TransactionsList(props: { environment: Environment; filter: ExplorerFilter }) {
  const calls = usePaged(
    (cursor) =>
      must(
        api.GET("/backoffice/environments/{environment}/transactions", {
          params: {
            path: { environment: props.environment },
            query: { ...props.filter, ...pageQuery(cursor) },
          },
        }),
      ),
    [props.environment, props.filter],
  );
  return (
    <ShowPaged paged={calls} noun="wallet calls" empty={<Text size="sm">No wallet calls match.</Text>}>
      {(items) => (
        <TableScroll minWidth={720} label="Wallet calls">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Time</Table.Th>
                <Table.Th>Call</Table.Th>
                <Table.Th>Amount</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Player</Table.Th>
                <Table.Th>Round</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.call_id} data-testid="wallet-call">
                  <Table.Td>{formatTime(c.created_at_ms)}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light">
                      {c.action}
                      {c.rb === 1 ? " rollback" : ""}
                    </Badge>{" "}
                    <Code>{c.call_id}</Code>
                  </Table.Td>
                  <Table.Td>{formatMinor(c.amount, c.currency)}</Table.Td>
                  <Table.Td>
                    {c.status}
                    {c.error_code === null ? "" : ` (${c.error_code})`}
                  </Table.Td>
                  <Table.Td>{c.player_id}</Table.Td>
                  <Table.Td>
                    {c.round_id === null ? (
                      "—"
                    ) : (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        title={c.round_id}
                        onClick={() => navigate(`explorer/${c.round_id}`)}
                      >
                        {roundIdLabel(c.round_id)}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </ShowPaged>
  );
}
