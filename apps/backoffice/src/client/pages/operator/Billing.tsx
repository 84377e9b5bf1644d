import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { api, download, must } from "../../api/client.ts";
import { ErrorNote, formatMinor, PageTitle, Show, TableScroll } from "../../components/common.tsx";
import { parseMinor, thisMonth } from "../../components/money.ts";
import { ShowPaged } from "../../components/PagedList.tsx";
import { useLoad } from "../../components/use-load.ts";
import { pageQuery, usePaged } from "../../components/use-paged.ts";
import { CreditState } from "../billing/CreditState.tsx";
import { EntriesTable } from "../billing/EntriesTable.tsx";
import type { Role } from "./roles.ts";

/** Prepaid credit: balance and state, entries, the low-credit threshold and statements. */
export function Billing(props: { role: Role }) {
  const account = useLoad(() => must(api.GET("/backoffice/billing")));
  const entries = usePaged((cursor) =>
    must(api.GET("/backoffice/billing/entries", { params: { query: pageQuery(cursor, 50) } })),
  );
  const canSet = props.role === "owner" || props.role === "finance";
  const canStatement = props.role !== "viewer";
  return (
    <Stack>
      <PageTitle title="Billing">
        Your prepaid credit: Croupier's fees are charged from it as rounds settle.
      </PageTitle>
      <Show loaded={account}>
        {(a) => (
          <>
            <CreditState account={a} />
            {canSet ? (
              <ThresholdForm
                currency={a.currency}
                current={a.lowCreditThresholdMinor}
                onSaved={account.reload}
              />
            ) : null}
          </>
        )}
      </Show>
      <Title order={3}>Entries</Title>
      <ShowPaged paged={entries} noun="entries" empty={<Text c="dimmed">No entries yet.</Text>}>
        {(items) => <EntriesTable items={items} />}
      </ShowPaged>
      {canStatement ? <Statement /> : null}
    </Stack>
  );
}

function ThresholdForm(props: { currency: string; current: number; onSaved: () => void }) {
  const [text, setText] = useState(formatMinor(props.current));
  const [error, setError] = useState<Error>();
  const [saved, setSaved] = useState(false);
  const minor = parseMinor(text);
  const save = async () => {
    if (minor === undefined) return;
    try {
      setError(undefined);
      await must(api.PATCH("/backoffice/billing/settings", { body: { lowCreditThresholdMinor: minor } }));
      setSaved(true);
      props.onSaved();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Paper withBorder p="md">
      <ErrorNote error={error} />
      <Group align="end" wrap="wrap">
        <TextInput
          label={`Low-credit threshold (${props.currency})`}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setSaved(false);
          }}
          error={minor === undefined ? "An amount such as 100.00" : undefined}
        />
        <Button onClick={save} disabled={minor === undefined}>
          Save threshold
        </Button>
        {saved ? (
          <Text size="sm" role="status">
            Saved.
          </Text>
        ) : null}
      </Group>
    </Paper>
  );
}

function Statement() {
  const [period, setPeriod] = useState(thisMonth);
  const [error, setError] = useState<Error>();
  const statement = useLoad(
    () => must(api.GET("/backoffice/billing/statement", { params: { query: period } })),
    [period.from, period.to],
  );
  const csv = async () => {
    try {
      setError(undefined);
      const query = new URLSearchParams({ ...period, format: "csv" });
      await download(`/backoffice/billing/statement?${query}`, `statement-${period.from}-${period.to}.csv`);
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Stack>
      <Title order={3}>Statement</Title>
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
        <Button variant="default" onClick={csv}>
          Download statement CSV
        </Button>
      </Group>
      <ErrorNote error={error} />
      <Show loaded={statement}>
        {(s) => (
          <TableScroll minWidth={360} label="Statement">
            <Table data-testid="statement">
              <Table.Tbody>
                <Line label="Opening balance" minor={s.openingBalanceMinor} currency={s.currency} />
                <Line label={`Top-ups (${s.topUps})`} minor={s.topUpsMinor} currency={s.currency} />
                <Line
                  label={`Corrections (${s.corrections})`}
                  minor={s.correctionsMinor}
                  currency={s.currency}
                />
                {s.fees.map((f) => (
                  <Line
                    key={`${f.providerId}-${f.roundCurrency}`}
                    label={`Fees: ${f.providerId} (${f.rounds} rounds, GGR ${formatMinor(f.ggrMinor, f.roundCurrency)})`}
                    minor={-f.feeMinor}
                    currency={s.currency}
                  />
                ))}
                <Line label="Closing balance" minor={s.closingBalanceMinor} currency={s.currency} />
              </Table.Tbody>
            </Table>
            {s.notes.map((note) => (
              <Text size="sm" c="dimmed" key={note}>
                {note}
              </Text>
            ))}
          </TableScroll>
        )}
      </Show>
    </Stack>
  );
}

function Line(props: { label: string; minor: number; currency: string }) {
  return (
    <Table.Tr>
      <Table.Td>{props.label}</Table.Td>
      <Table.Td style={{ textAlign: "right" }}>{formatMinor(props.minor, props.currency)}</Table.Td>
    </Table.Tr>
  );
}
