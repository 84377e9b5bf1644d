import { BarChart } from "@mantine/charts";
import {
  Button,
  SegmentedControl,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { api, download, must } from "../../api/client.ts";
import type { paths } from "../../api/openapi.ts";
import { ErrorNote, formatMinor, PageTitle, Show, TableScroll } from "../../components/common.tsx";
import { thisMonth } from "../../components/money.ts";
import { useLoad } from "../../components/use-load.ts";
import { EnvironmentPicker, type Environment } from "./EnvironmentPicker.tsx";
import { betsAndWinsBy, distinct, ggrByBucket } from "./report-series.ts";

interface Filters {
  from: string;
  to: string;
  environment: Environment;
  grain: "day" | "hour";
  providerId: string | null;
  gameId: string | null;
  currency: string | null;
}

function query(f: Filters) {
  return {
    from: f.from,
    to: f.to,
    environment: f.environment,
    grain: f.grain,
    ...(f.providerId === null ? {} : { providerId: f.providerId }),
    ...(f.gameId === null ? {} : { gameId: f.gameId }),
    ...(f.currency === null ? {} : { currency: f.currency }),
  };
}

/** Money reports: GGR per day, bets and wins per provider and game, totals per currency, CSV. */
export function Reports() {
  const [f, setF] = useState<Filters>({
    ...thisMonth(),
    environment: "sandbox",
    grain: "day",
    providerId: null,
    gameId: null,
    currency: null,
  });
  const [error, setError] = useState<Error>();
  const report = useLoad(
    () => must(api.GET("/backoffice/reports", { params: { query: query(f) } })),
    [f.from, f.to, f.environment, f.grain, f.providerId, f.gameId, f.currency],
  );
  const rows = report.data?.rows ?? [];
  const options = (key: "providerId" | "gameId" | "currency") => {
    const values = distinct(rows, key);
    const chosen = f[key];
    return chosen === null || values.includes(chosen) ? values : [chosen, ...values];
  };
  const csv = async () => {
    try {
      setError(undefined);
      const params = new URLSearchParams({ ...query(f), format: "csv" });
      await download(`/backoffice/reports?${params}`, `report-${f.from}-${f.to}.csv`);
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Stack>
      <PageTitle title="Reports">
        Bets, wins and GGR of your rounds (UTC days, amounts per currency).
      </PageTitle>
      <Group align="end" wrap="wrap">
        <EnvironmentPicker value={f.environment} onChange={(environment) => setF({ ...f, environment })} />
        <SegmentedControl
          aria-label="Buckets"
          value={f.grain}
          onChange={(grain) => setF({ ...f, grain: grain as "day" | "hour" })}
          data={[
            { value: "day", label: "Per day" },
            { value: "hour", label: "Per hour" },
          ]}
        />
        <TextInput
          label="From"
          type="date"
          value={f.from}
          onChange={(e) => setF({ ...f, from: e.currentTarget.value })}
        />
        <TextInput
          label="To"
          type="date"
          value={f.to}
          onChange={(e) => setF({ ...f, to: e.currentTarget.value })}
        />
        <Select
          label="Provider"
          clearable
          placeholder="All"
          data={options("providerId")}
          value={f.providerId}
          onChange={(providerId) => setF({ ...f, providerId })}
        />
        <Select
          label="Game"
          clearable
          searchable
          placeholder="All"
          data={options("gameId")}
          value={f.gameId}
          onChange={(gameId) => setF({ ...f, gameId })}
        />
        <Select
          label="Currency"
          clearable
          placeholder="All"
          data={options("currency")}
          value={f.currency}
          onChange={(currency) => setF({ ...f, currency })}
        />
        <Button variant="default" onClick={csv}>
          Download CSV
        </Button>
      </Group>
      <ErrorNote error={error} />
      <Show loaded={report}>
        {(r) =>
          r.rows.length === 0 ? (
            <Text c="dimmed" data-testid="report-empty">
              No rounds in this period with these filters.
            </Text>
          ) : (
            <ReportBody report={r} currency={f.currency ?? r.totalsByCurrency[0]?.currency ?? ""} />
          )
        }
      </Show>
    </Stack>
  );
}

type Report = paths["/backoffice/reports"]["get"]["responses"][200]["content"]["application/json"];

function ReportBody(props: { report: Report; currency: string }) {
  const { report, currency } = props;
  const format = (major: number) => `${major.toFixed(2)} ${currency}`;
  return (
    <Stack>
      <Title order={3}>Totals by currency</Title>
      <TableScroll minWidth={480} label="Totals by currency">
        <Table data-testid="report-totals">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Currency</Table.Th>
              <Table.Th>Rounds</Table.Th>
              <Table.Th>Bets</Table.Th>
              <Table.Th>Wins</Table.Th>
              <Table.Th>GGR</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.totalsByCurrency.map((t) => (
              <Table.Tr key={t.currency}>
                <Table.Td>{t.currency}</Table.Td>
                <Table.Td>{t.rounds}</Table.Td>
                <Table.Td>{formatMinor(t.betsMinor)}</Table.Td>
                <Table.Td>{formatMinor(t.winsMinor)}</Table.Td>
                <Table.Td>{formatMinor(t.ggrMinor)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Text size="sm" c="dimmed">
        Charts in {currency}
        {report.totalsByCurrency.length > 1 ? " (choose another currency in the filter)" : ""}.
      </Text>
      <Paper withBorder p="md" data-testid="ggr-chart">
        <Title order={4} mb="sm">
          GGR per {report.grain}
        </Title>
        <BarChart
          h={240}
          data={ggrByBucket(report.rows, currency, report.grain)}
          dataKey="bucket"
          series={[{ name: "GGR", color: "indigo.6" }]}
          valueFormatter={format}
        />
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            Bets and wins per provider
          </Title>
          <BarChart
            h={240}
            data={betsAndWinsBy(report.rows, currency, "providerId")}
            dataKey="name"
            series={[
              { name: "Bets", color: "indigo.6" },
              { name: "Wins", color: "teal.7" },
            ]}
            valueFormatter={format}
            withLegend
          />
        </Paper>
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            Bets and wins per game
          </Title>
          <BarChart
            h={240}
            data={betsAndWinsBy(report.rows, currency, "gameId")}
            dataKey="name"
            series={[
              { name: "Bets", color: "indigo.6" },
              { name: "Wins", color: "teal.7" },
            ]}
            valueFormatter={format}
            withLegend
          />
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
