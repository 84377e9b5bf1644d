import {
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { api, download, must, uploadWithProgress } from "../../api/client.ts";
import { ErrorNote, formatTime, PageTitle, TableScroll } from "../../components/common.tsx";
import { thisMonth } from "../../components/money.ts";
import { ShowPaged } from "../../components/PagedList.tsx";
import { pageQuery, usePaged } from "../../components/use-paged.ts";
import { usePolled } from "../../components/use-polled.ts";
import { EnvironmentPicker, type Environment } from "./EnvironmentPicker.tsx";
import { Differences } from "./ReconciliationDifferences.tsx";
import { isRunning, ReconciliationProgress } from "./ReconciliationProgress.tsx";

/** A ledger's type by its name: JSON lines for .jsonl/.ndjson, CSV otherwise. */
function contentTypeOf(file: File): string {
  return /\.(jsonl|ndjson)$/i.test(file.name) ? "application/x-ndjson" : "text/csv";
}

/** Reconciliation: upload your wallet's ledger of a period; we compare it with our calls by call id. */
export function Reconciliation() {
  const [period, setPeriod] = useState(thisMonth);
  const [environment, setEnvironment] = useState<Environment>("sandbox");
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<number>();
  const [error, setError] = useState<Error>();
  const [open, setOpen] = useState<string>();
  const list = usePaged((cursor) =>
    must(api.GET("/backoffice/reconciliations", { params: { query: pageQuery(cursor, 20) } })),
  );
  // The newest reconciliations, asked again while one runs (ours being uploaded, or a
  // colleague's): their progress shows above the list; one that finishes opens its result.
  const uploading = useRef(false);
  const latest = usePolled(
    () => must(api.GET("/backoffice/reconciliations", { params: { query: { limit: 20 } } })),
    (page) => uploading.current || page.items.some(isRunning),
  );
  const wasRunning = useRef(new Set<string>());
  useEffect(() => {
    const items = latest.data?.items ?? [];
    const finished = items.find((r) => !isRunning(r) && wasRunning.current.has(r.id));
    wasRunning.current = new Set(items.filter(isRunning).map((r) => r.id));
    if (finished !== undefined) {
      setOpen(finished.id);
      list.reload();
    }
  }, [latest.data]);
  const running = (latest.data?.items ?? []).filter(isRunning);

  const upload = async () => {
    if (file === null) return;
    try {
      setError(undefined);
      setSent(0);
      uploading.current = true;
      latest.reload();
      const query = new URLSearchParams({ ...period, environment });
      const result = (await uploadWithProgress(
        `/backoffice/reconciliations?${query}`,
        file,
        contentTypeOf(file),
        (bytes, total) => setSent(total === 0 ? 100 : Math.round((bytes / total) * 100)),
      )) as { id: string };
      setOpen(result.id);
      list.reload();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      uploading.current = false;
      setSent(undefined);
      latest.reload();
    }
  };
  return (
    <Stack>
      <PageTitle title="Reconciliation">
        Upload your wallet's ledger of a period — CSV with the header
        call_id,action,amount,currency,rb,status,time, or JSON lines with those keys — and see every call
        where your books and ours differ, with what fixes it.
      </PageTitle>
      <Paper withBorder p="md">
        <Stack>
          <Group align="end" wrap="wrap">
            <EnvironmentPicker value={environment} onChange={setEnvironment} />
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
          </Group>
          <Group align="end" wrap="wrap">
            <FileInput
              label="Ledger file"
              placeholder="Choose a .csv or .jsonl file"
              accept=".csv,.jsonl,.ndjson,text/csv,application/x-ndjson"
              value={file}
              onChange={setFile}
              style={{ minWidth: 220 }}
            />
            <Button
              onClick={upload}
              disabled={file === null || sent !== undefined}
              loading={sent !== undefined}
            >
              Upload and reconcile
            </Button>
          </Group>
          {sent === undefined ? null : (
            <div>
              <Text size="sm">
                {sent < 100 ? `Uploading… ${sent}%` : "Uploaded; the reconciliation finishes below…"}
              </Text>
              <Progress value={sent} aria-label="Upload progress" animated={sent >= 100} />
            </div>
          )}
          <ErrorNote error={error} />
        </Stack>
      </Paper>
      {running.length === 0 ? null : (
        <Paper withBorder p="md">
          <Stack>
            <Title order={3}>Running</Title>
            {running.map((r) => (
              <ReconciliationProgress key={r.id} r={r} />
            ))}
          </Stack>
        </Paper>
      )}
      {open === undefined ? null : <Differences key={open} id={open} />}
      <Title order={3}>Past reconciliations</Title>
      <ShowPaged paged={list} noun="reconciliations" empty={<Text c="dimmed">No reconciliations yet.</Text>}>
        {(items) => (
          <TableScroll minWidth={680} label="Past reconciliations">
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Uploaded</Table.Th>
                  <Table.Th>Period</Table.Th>
                  <Table.Th>Environment</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Matched</Table.Th>
                  <Table.Th>Differences</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id} data-testid="reconciliation">
                    <Table.Td>{formatTime(r.createdAtMs)}</Table.Td>
                    <Table.Td>
                      {r.from} – {r.to}
                    </Table.Td>
                    <Table.Td>{r.environment}</Table.Td>
                    <Table.Td>
                      <Badge
                        color={r.status === "done" ? "teal.9" : r.status === "failed" ? "red.9" : "blue.9"}
                      >
                        {r.status}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{r.matched}</Table.Td>
                    <Table.Td>{r.differences}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="compact-sm" variant="default" onClick={() => setOpen(r.id)}>
                          Show
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          aria-label={`Download the differences of ${r.id} as CSV`}
                          onClick={() =>
                            download(
                              `/backoffice/reconciliations/${r.id}/differences?format=csv`,
                              `reconciliation-${r.id}.csv`,
                            ).catch(setError)
                          }
                        >
                          CSV
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
    </Stack>
  );
}
