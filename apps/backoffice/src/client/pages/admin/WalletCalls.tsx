import { Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { api, must } from "../../api/client.ts";
import { ErrorNote, PageTitle, formatMinor, formatTime, TableScroll } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { pageQuery, usePaged } from "../../components/use-paged.ts";
import { ReasonDialog } from "./ReasonDialog.tsx";

/** Credits and rollbacks the engine gave up on: send again, or close with a reason. */
export function WalletCalls() {
  const list = usePaged((cursor) =>
    must(api.GET("/admin/wallet-calls", { params: { query: pageQuery(cursor) } })),
  );
  const [resolving, setResolving] = useState<string>();
  const [error, setError] = useState<Error>();
  const act = async (run: () => Promise<unknown>) => {
    try {
      setError(undefined);
      await run();
      list.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  const path = (callId: string) => ({ params: { path: { callId } } });
  return (
    <Stack>
      <PageTitle title="Manual resolution">
        Wallet calls whose outcome is unknown after every retry. Retry once the operator&apos;s wallet is
        back, or resolve with the reason (audited).
      </PageTitle>
      <ErrorNote error={error} />
      <ShowPaged paged={list} noun="calls" empty={<Text size="sm">No call is waiting.</Text>}>
        {(items) => (
          <TableScroll minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Call</Table.Th>
                  <Table.Th>Operator</Table.Th>
                  <Table.Th>Amount</Table.Th>
                  <Table.Th>Attempts</Table.Th>
                  <Table.Th>Action</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.callId}>
                    <Table.Td>
                      <Badge size="sm">{c.action}</Badge>{" "}
                      <Text size="xs" span>
                        {c.callId}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {c.operatorId} ({c.environment})
                    </Table.Td>
                    <Table.Td>{formatMinor(c.amountMinor, c.currency)}</Table.Td>
                    <Table.Td>
                      {c.attempts} · next {formatTime(c.nextAttemptAtMs)}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          onClick={() =>
                            act(() => must(api.POST("/admin/wallet-calls/{callId}/retry", path(c.callId))))
                          }
                        >
                          Retry
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          color="red"
                          onClick={() => setResolving(c.callId)}
                        >
                          Resolve…
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </ShowPaged>
      <ReasonDialog
        title="Resolve the call by hand"
        action="Resolve"
        opened={resolving !== undefined}
        onClose={() => setResolving(undefined)}
        onConfirm={(reason) => {
          const id = resolving!;
          setResolving(undefined);
          void act(() =>
            must(api.POST("/admin/wallet-calls/{callId}/resolve", { ...path(id), body: { reason } })),
          );
        }}
      />
    </Stack>
  );
}
