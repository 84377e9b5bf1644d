import { Badge, Button, Card, Group, Progress, Stack, Table, Text, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { api, download, must } from "../../api/client.ts";
import { ErrorNote, PageTitle, formatTime, TableScroll } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { pageQuery, usePaged } from "../../components/use-paged.ts";

const POLL_MS = 700;
type Check = { id: string; status: string; title?: string; message?: string | null };
const COLORS: Record<string, string> = { pass: "teal.9", fail: "red.9", warn: "dark", skip: "gray.7" };

/** Runs the conformance kit against the sandbox wallet, showing checks as they finish; past runs. */
export function Conformance() {
  const [players, setPlayers] = useState("conf-player-1, conf-player-2");
  const [currency, setCurrency] = useState("EUR");
  const [runId, setRunId] = useState<string>();
  const [error, setError] = useState<Error>();
  const runs = usePaged((cursor) =>
    must(
      api.GET("/backoffice/environments/{environment}/conformance-runs", {
        params: { path: { environment: "sandbox" }, query: pageQuery(cursor) },
      }),
    ),
  );

  const start = async () => {
    try {
      setError(undefined);
      const run = await must(
        api.POST("/backoffice/environments/{environment}/conformance-runs", {
          params: { path: { environment: "sandbox" } },
          body: { players: players.split(/[\s,]+/).filter((p) => p !== ""), currency },
        }),
      );
      setRunId(run.id);
      runs.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };

  return (
    <Stack>
      <PageTitle title="Conformance">
        The kit plays every protocol scenario against your sandbox wallet. A full passing run is required to
        go live.
      </PageTitle>
      <Card withBorder>
        <Group align="end">
          <TextInput
            label="Test players"
            description="At least two, each with 10.00 or more"
            value={players}
            onChange={(e) => setPlayers(e.currentTarget.value)}
            miw={260}
          />
          <TextInput
            label="Currency"
            value={currency}
            onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
            w={100}
          />
          <Button onClick={start}>Run the kit</Button>
        </Group>
      </Card>
      <ErrorNote error={error} />
      {runId === undefined ? null : <RunView key={runId} runId={runId} onFinished={runs.reload} />}
      <Text fw={600}>Past runs</Text>
      <ShowPaged paged={runs} noun="runs" empty={<Text size="sm">No runs yet.</Text>}>
        {(items) => (
          <TableScroll minWidth={520}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Started</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Passed</Table.Th>
                  <Table.Th>Evidence</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((run) => (
                  <Table.Tr key={run.id}>
                    <Table.Td>{formatTime(run.createdAtMs)}</Table.Td>
                    <Table.Td>{run.status}</Table.Td>
                    <Table.Td>
                      {run.summary === null ? "—" : `${run.summary.passed}/${run.summary.total}`}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Button size="compact-xs" variant="subtle" onClick={() => setRunId(run.id)}>
                          Open
                        </Button>
                        {run.finishedAtMs === null ? null : (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() =>
                              download(
                                `/backoffice/conformance-runs/${run.id}/report.json`,
                                `conformance-${run.id}.json`,
                              )
                            }
                          >
                            JSON
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </ShowPaged>
    </Stack>
  );
}

function RunView(props: { runId: string; onFinished: () => void }) {
  const [run, setRun] = useState<Awaited<ReturnType<typeof load>>>();
  const [seen, setSeen] = useState<Check[]>([]);
  const [error, setError] = useState<Error>();
  const load = () =>
    must(api.GET("/backoffice/conformance-runs/{runId}", { params: { path: { runId: props.runId } } }));
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await load();
        if (!live) return;
        setRun(next);
        const last = next.progress.lastCheck;
        if (last !== null) setSeen((s) => (s.some((c) => c.id === last.id) ? s : [...s, last]));
        if (next.finishedAtMs === null) timer = setTimeout(poll, POLL_MS);
        else props.onFinished();
      } catch (caught) {
        if (live) setError(caught as Error);
      }
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [props.runId]);
  if (error !== undefined) return <ErrorNote error={error} />;
  if (run === undefined) return null;
  const checks: Check[] = run.checks.length > 0 ? run.checks : seen;
  const total = run.progress.checksTotal ?? 0;
  return (
    <Card withBorder data-testid="conformance-run">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>Run {run.id}</Text>
        <Badge
          data-testid="conformance-status"
          color={run.status === "passed" ? "teal.9" : run.finishedAtMs === null ? "indigo" : "red.9"}
        >
          {run.status}
        </Badge>
      </Group>
      <Progress
        value={total === 0 ? 0 : (100 * run.progress.checksDone) / total}
        aria-label="Checks done"
        mb="xs"
      />
      <Text size="sm" mb="xs">
        {run.progress.checksDone} of {total || "?"} checks done
        {run.progress.currentCheck === null ? "" : ` · running ${run.progress.currentCheck}`}
      </Text>
      <Stack gap={4}>
        {checks.map((check) => (
          <Group key={check.id} gap="xs" wrap="nowrap">
            <Badge size="sm" color={COLORS[check.status] ?? "gray"} miw={48}>
              {check.status}
            </Badge>
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {check.title ?? check.id}
            </Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
