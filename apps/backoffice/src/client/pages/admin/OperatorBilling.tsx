import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { api, must } from "../../api/client.ts";
import { ErrorNote, formatMinor, PageTitle, Show } from "../../components/common.tsx";
import { newIdempotencyKey, parseMinor } from "../../components/money.ts";
import { LoadMore, ShowPaged } from "../../components/PagedList.tsx";
import { useLoad } from "../../components/use-load.ts";
import { pageQuery, usePaged } from "../../components/use-paged.ts";
import { CreditState } from "../billing/CreditState.tsx";
import { EntriesTable } from "../billing/EntriesTable.tsx";

/** An operator's prepaid credit: balance, entries, and recording a top-up or a correction. */
export function OperatorBilling() {
  const [search, setSearch] = useState("");
  const operators = usePaged(
    (cursor) =>
      must(
        api.GET("/admin/operators", {
          params: { query: { ...(search === "" ? {} : { search }), ...pageQuery(cursor, 100) } },
        }),
      ),
    [search],
  );
  const [operatorId, setOperatorId] = useState<string | null>(null);
  return (
    <Stack>
      <PageTitle title="Operator billing">
        Prepaid credit per operator: record payments received (top-ups) and corrections; fees are charged by
        the platform as rounds settle.
      </PageTitle>
      <Group align="end" wrap="wrap">
        <TextInput
          label="Find an operator"
          placeholder="Company or email"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        {operators.loaded ? (
          <Select
            label="Operator"
            searchable
            placeholder="Choose an operator"
            data={operators.items.map((o) => ({ value: o.id, label: `${o.companyName} (${o.id})` }))}
            value={operatorId}
            onChange={setOperatorId}
            style={{ minWidth: 260, maxWidth: 480 }}
          />
        ) : null}
      </Group>
      {operators.loaded ? <LoadMore paged={operators} noun="operators" /> : null}
      {operatorId === null ? null : <OperatorCredit key={operatorId} operatorId={operatorId} />}
    </Stack>
  );
}

function OperatorCredit(props: { operatorId: string }) {
  const path = { params: { path: { operatorId: props.operatorId } } };
  const account = useLoad(() => must(api.GET("/admin/operators/{operatorId}/billing", path)));
  const entries = usePaged((cursor) =>
    must(
      api.GET("/admin/operators/{operatorId}/billing/entries", {
        params: { path: { operatorId: props.operatorId }, query: pageQuery(cursor, 50) },
      }),
    ),
  );
  return (
    <Stack>
      <Show loaded={account}>
        {(a) => (
          <>
            <CreditState account={a} />
            <AccountSettings operatorId={props.operatorId} account={a} onSaved={account.reload} />
            <CreditForm
              operatorId={props.operatorId}
              currency={a.currency}
              onRecorded={() => {
                account.reload();
                entries.reload();
              }}
            />
          </>
        )}
      </Show>
      <Title order={3}>Entries</Title>
      <ShowPaged paged={entries} noun="entries" empty={<Text c="dimmed">No entries yet.</Text>}>
        {(items) => <EntriesTable items={items} />}
      </ShowPaged>
    </Stack>
  );
}

/**
 * One idempotency key per entry being typed: a double click or a retry after a lost answer
 * records it once; the key changes only after an entry is recorded.
 */
function CreditForm(props: { operatorId: string; currency: string; onRecorded: () => void }) {
  const [kind, setKind] = useState<"top_up" | "correction">("top_up");
  const [amount, setAmount] = useState("");
  const [currency, setCurrency] = useState(props.currency);
  const [reference, setReference] = useState("");
  const [note, setNote] = useState("");
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState<string>();
  const minor = parseMinor(amount, kind === "correction");
  const record = async () => {
    if (minor === undefined) return;
    setBusy(true);
    try {
      setError(undefined);
      const body = {
        amountMinor: minor,
        currency: currency.trim().toUpperCase(),
        idempotencyKey: key,
        ...(reference.trim() === "" ? {} : { paymentReference: reference.trim() }),
        ...(note.trim() === "" ? {} : { note: note.trim() }),
      };
      const params = { path: { operatorId: props.operatorId } };
      const result = await must(
        kind === "top_up"
          ? api.POST("/admin/operators/{operatorId}/billing/top-ups", { params, body })
          : api.POST("/admin/operators/{operatorId}/billing/corrections", { params, body }),
      );
      setDone(
        `${kind === "top_up" ? "Top-up" : "Correction"} of ${formatMinor(result.entry.amountMinor, result.entry.currency)} recorded; balance ${formatMinor(result.account.balanceMinor, result.account.currency)}.`,
      );
      setAmount("");
      setReference("");
      setNote("");
      setKey(newIdempotencyKey());
      props.onRecorded();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3}>Record an entry</Title>
        <SegmentedControl
          aria-label="Entry kind"
          value={kind}
          onChange={(v) => setKind(v as "top_up" | "correction")}
          data={[
            { value: "top_up", label: "Top-up" },
            { value: "correction", label: "Correction" },
          ]}
          style={{ alignSelf: "start" }}
        />
        <Group align="start" wrap="wrap">
          <TextInput
            label="Amount"
            description={kind === "correction" ? "Negative to take credit away" : "Payment received"}
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={amount !== "" && minor === undefined ? "An amount such as 1000.00" : undefined}
          />
          <TextInput
            label="Currency"
            value={currency}
            onChange={(e) => setCurrency(e.currentTarget.value)}
            maxLength={3}
            w={100}
          />
          <TextInput
            label="Payment reference"
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
          />
        </Group>
        <TextInput label="Note" value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Text size="xs" c="dimmed">
          Idempotency key: {key}
        </Text>
        <ErrorNote error={error} />
        {done === undefined ? null : (
          <Text size="sm" role="status" data-testid="credit-recorded">
            {done}
          </Text>
        )}
        <Button
          onClick={record}
          disabled={minor === undefined || minor === 0}
          loading={busy}
          style={{ alignSelf: "start" }}
        >
          {kind === "top_up" ? "Record top-up" : "Record correction"}
        </Button>
      </Stack>
    </Paper>
  );
}

/** The billing currency (the server refuses a change once the account has entries) and the threshold. */
function AccountSettings(props: {
  operatorId: string;
  account: { currency: string; lowCreditThresholdMinor: number };
  onSaved: () => void;
}) {
  const [currency, setCurrency] = useState(props.account.currency);
  const [threshold, setThreshold] = useState(formatMinor(props.account.lowCreditThresholdMinor));
  const [error, setError] = useState<Error>();
  const minor = parseMinor(threshold);
  const save = async () => {
    if (minor === undefined) return;
    try {
      setError(undefined);
      const code = currency.trim().toUpperCase();
      await must(
        api.PATCH("/admin/operators/{operatorId}/billing/settings", {
          params: { path: { operatorId: props.operatorId } },
          body: {
            lowCreditThresholdMinor: minor,
            ...(code === props.account.currency ? {} : { currency: code }),
          },
        }),
      );
      props.onSaved();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Paper withBorder p="md">
      <Group align="start" wrap="wrap">
        <TextInput
          label="Billing currency"
          description="Only before the first entry"
          maxLength={3}
          w={160}
          value={currency}
          onChange={(e) => setCurrency(e.currentTarget.value)}
        />
        <TextInput
          label="Low-credit threshold"
          value={threshold}
          onChange={(e) => setThreshold(e.currentTarget.value)}
          error={minor === undefined ? "An amount such as 100.00" : undefined}
        />
        <Button mt={24} variant="default" onClick={save} disabled={minor === undefined}>
          Save settings
        </Button>
      </Group>
      <ErrorNote error={error} />
    </Paper>
  );
}
