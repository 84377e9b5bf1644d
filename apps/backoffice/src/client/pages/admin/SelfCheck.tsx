import { Badge, Button, Checkbox, Code, Group, Paper, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { api, must } from "../../api/client.ts";
import { ErrorNote, formatTime, PageTitle, TableScroll } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { thisMonth } from "../../components/money.ts";
import { pageQuery, usePaged } from "../../components/use-paged.ts";

/** The billing self-check: calls, rounds, reports, fees and balances must agree; runs daily and on demand. */
export function SelfCheck() {
  const [period, setPeriod] = useState(thisMonth);
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<Error>();
  const runs = usePaged(
    (cursor) =>
      must(
        api.GET("/admin/billing/self-checks", {
          params: { query: { ...pageQuery(cursor, 20), differencesOnly: onlyDifferences } },
        }),
      ),
    [onlyDifferences],
  );
  const run = async () => {
    setRunning(true);
    try {
      setError(undefined);
      await must(api.POST("/admin/billing/self-checks", { body: period }));
      runs.reload();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setRunning(false);
    }
  };
  return (
    <Stack>
      <PageTitle title="Billing self-check">
        Checks that wallet calls, rounds, report totals, fees charged and credit balances agree for the rounds
        closed in a period. It never fixes anything: each difference is listed for a person to look at.
      </PageTitle>
      <Paper withBorder p="sm">
        <Group align="end" wrap="wrap">
          <TextInput
            label="From"
            type="date"
            value={period.from}
            onChange={(e) => setPeriod({ ...period, from: e.currentTarget.value })}
          />
          <TextInput
            label="To"
            type="date"
            value={period.to}
            onChange={(e) => setPeriod({ ...period, to: e.currentTarget.value })}
          />
          <Button onClick={run} loading={running}>
            Run self-check now
          </Button>
        </Group>
        <ErrorNote error={error} />
      </Paper>
      <Checkbox
        label="Only runs with differences"
        checked={onlyDifferences}
        onChange={(e) => setOnlyDifferences(e.currentTarget.checked)}
      />
      <ShowPaged paged={runs} noun="runs" empty={<Text c="dimmed">No self-check runs yet.</Text>}>
        {(items) => (
          <Stack>
            {items.map((r) => (
              <Paper withBorder p="sm" key={r.id} data-testid="self-check">
                <Group justify="space-between" wrap="wrap">
                  <Text fw={600}>
                    {formatTime(r.startedAtMs)} · {r.trigger} · rounds closed{" "}
                    {formatTime(r.fromMs).slice(0, 10)} – {formatTime(r.toMs - 1).slice(0, 10)}
                  </Text>
                  <Badge color={r.differences === 0 ? "teal.9" : "red.9"}>
                    {r.differences === 0 ? "all agree" : `${r.differences} differences`}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {r.roundsChecked} rounds ·{" "}
                  {Object.entries(r.checks)
                    .map(
                      ([name, c]) =>
                        `${name.replaceAll("_", " ")}: ${c.checked} checked, ${c.differences} differ`,
                    )
                    .join(" · ")}
                </Text>
                {r.listed.length === 0 ? null : (
                  <TableScroll minWidth={560} label={`Differences of ${r.id}`}>
                    <Table>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>Check</Table.Th>
                          <Table.Th>Key</Table.Th>
                          <Table.Th>Expected</Table.Th>
                          <Table.Th>Actual</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {r.listed.map((d, i) => (
                          <Table.Tr key={i}>
                            <Table.Td>{d.check}</Table.Td>
                            <Table.Td>
                              <Code>{d.key}</Code>
                            </Table.Td>
                            <Table.Td>{JSON.stringify(d.expected)}</Table.Td>
                            <Table.Td>{JSON.stringify(d.actual)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </TableScroll>
                )}
              </Paper>
            ))}
          </Stack>
        )}
      </ShowPaged>
    </Stack>
  );
}
