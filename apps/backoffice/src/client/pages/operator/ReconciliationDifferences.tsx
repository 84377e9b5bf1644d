import { Badge, Button, Code, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { api, download, must } from "../../api/client.ts";
import { ErrorNote, Show, TableScroll } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { pageQuery, usePaged } from "../../components/use-paged.ts";
import { usePolled } from "../../components/use-polled.ts";
import { isRunning, ReconciliationProgress } from "./ReconciliationProgress.tsx";

/** One reconciliation's result: counts by kind and each difference with both sides and its fix. */
export function Differences(props: { id: string }) {
  const path = { params: { path: { reconciliationId: props.id } } };
  const [error, setError] = useState<Error>();
  // While it runs, its progress is asked again; the differences list loads once it is done.
  const summary = usePolled(
    () => must(api.GET("/backoffice/reconciliations/{reconciliationId}", path)),
    isRunning,
    [props.id],
  );
  const status = summary.data?.status;
  const diffs = usePaged(
    (cursor) =>
      must(
        api.GET("/backoffice/reconciliations/{reconciliationId}/differences", {
          params: { path: { reconciliationId: props.id }, query: pageQuery(cursor, 100) },
        }),
      ),
    [props.id, status === undefined || isRunning({ status })],
  );
  return (
    <Paper withBorder p="md" data-testid="reconciliation-result">
      <Stack>
        <Group justify="space-between" wrap="wrap">
          {/* The id is one long word; on a phone it breaks rather than push the page sideways. */}
          <Title order={3} style={{ overflowWrap: "anywhere", minWidth: 0 }}>
            Result {props.id}
          </Title>
          <Button
            variant="default"
            onClick={() =>
              download(
                `/backoffice/reconciliations/${props.id}/differences?format=csv`,
                `reconciliation-${props.id}.csv`,
              ).catch(setError)
            }
          >
            Download differences CSV
          </Button>
        </Group>
        <ErrorNote error={error} />
        <Show loaded={summary}>
          {(r) =>
            isRunning(r) ? (
              <ReconciliationProgress r={r} />
            ) : (
              <Group gap="xs" wrap="wrap">
                <Badge color="teal.9" data-testid="reconciliation-matched">
                  {r.matched} matched
                </Badge>
                <Badge
                  color={r.differences === 0 ? "gray.7" : "red.9"}
                  data-testid="reconciliation-differences"
                >
                  {r.differences} {r.differences === 1 ? "difference" : "differences"}
                </Badge>
                {Object.entries(r.byKind)
                  .filter(([, count]) => count > 0)
                  .map(([kind, count]) => (
                    <Badge key={kind} variant="light">
                      {kind.replaceAll("_", " ")}: {count}
                    </Badge>
                  ))}
                <Text size="sm" c="dimmed">
                  {r.progress.linesRead} lines read, {r.progress.callsCompared} calls compared
                </Text>
              </Group>
            )
          }
        </Show>
        {status === undefined || isRunning({ status }) ? null : (
          <ShowPaged
            paged={diffs}
            noun="differences"
            empty={<Text c="dimmed">Your ledger and our calls agree.</Text>}
          >
            {(items) => (
              <TableScroll minWidth={760} label="Differences">
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Kind</Table.Th>
                      <Table.Th>Call id</Table.Th>
                      <Table.Th>Ours / yours</Table.Th>
                      <Table.Th>What fixes it</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((d) => (
                      <Table.Tr key={d.seq} data-testid="difference">
                        <Table.Td>{d.kind.replaceAll("_", " ")}</Table.Td>
                        <Table.Td>
                          <Code>{d.callId}</Code>
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs">ours: {d.ours === null ? "—" : JSON.stringify(d.ours)}</Text>
                          <Text size="xs">yours: {d.theirs === null ? "—" : JSON.stringify(d.theirs)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{d.fix}</Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </ShowPaged>
        )}
      </Stack>
    </Paper>
  );
}
