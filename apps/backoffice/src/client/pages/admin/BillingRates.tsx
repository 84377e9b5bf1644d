import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { api, must } from "../../api/client.ts";
import { ErrorNote, formatTime, PageTitle, Show, TableScroll } from "../../components/common.tsx";
import { formatScaled, parseScaled } from "../../components/money.ts";
import { useLoad } from "../../components/use-load.ts";

/** ppm → "15.5 %" and E8 → "1.15" (display only). */
const percent = (ppm: number) => `${formatScaled(ppm, 4)} %`;
const rate = (e8: number) => formatScaled(e8, 8);

const today = () => new Date().toISOString().slice(0, 10);

/** Fee rates per provider and exchange rates, each dated; a new rate applies from its day on. */
export function BillingRates() {
  const rates = useLoad(() => must(api.GET("/admin/billing/rates")));
  return (
    <Stack>
      <PageTitle title="Fee and exchange rates">
        Rates are never edited: add one with the day it applies from. Fees are a share of each provider's GGR,
        converted to the operator's billing currency at the exchange rate of the day.
      </PageTitle>
      <Show loaded={rates}>
        {(r) => (
          <>
            <Text size="sm">Rounding: {r.rounding}</Text>
            <Title order={3}>Fee rates</Title>
            <FeeRateForm onAdded={rates.reload} />
            <TableScroll minWidth={560} label="Fee rates">
              <Table striped data-testid="fee-rates">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Provider</Table.Th>
                    <Table.Th>From</Table.Th>
                    <Table.Th>Share of GGR</Table.Th>
                    <Table.Th>Added</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.fees.map((f) => (
                    <Table.Tr key={f.id}>
                      <Table.Td>{f.providerId}</Table.Td>
                      <Table.Td>{f.effectiveFrom}</Table.Td>
                      <Table.Td>{percent(f.sharePpm)}</Table.Td>
                      <Table.Td>
                        {formatTime(f.createdAtMs)} by {f.createdBy}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <Title order={3}>Exchange rates</Title>
            <ExchangeRateForm onAdded={rates.reload} />
            <TableScroll minWidth={560} label="Exchange rates">
              <Table striped data-testid="exchange-rates">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Pair</Table.Th>
                    <Table.Th>From</Table.Th>
                    <Table.Th>Rate</Table.Th>
                    <Table.Th>Added</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.exchange.map((x) => (
                    <Table.Tr key={x.id}>
                      <Table.Td>
                        {x.fromCurrency} → {x.toCurrency}
                      </Table.Td>
                      <Table.Td>{x.effectiveFrom}</Table.Td>
                      <Table.Td>{rate(x.rateE8)}</Table.Td>
                      <Table.Td>
                        {formatTime(x.createdAtMs)} by {x.createdBy}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </>
        )}
      </Show>
    </Stack>
  );
}

function useSubmit(onDone: () => void) {
  const [error, setError] = useState<Error>();
  const submit = async (run: () => Promise<unknown>) => {
    try {
      setError(undefined);
      await run();
      onDone();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return { error, submit };
}

function FeeRateForm(props: { onAdded: () => void }) {
  const [providerId, setProviderId] = useState("");
  const [from, setFrom] = useState(today);
  const [share, setShare] = useState("");
  const { error, submit } = useSubmit(props.onAdded);
  const ppm = parseScaled(share, 4);
  const valid = ppm !== undefined && ppm <= 1_000_000 && providerId.trim() !== "";
  return (
    <Paper withBorder p="sm">
      <Group align="end" wrap="wrap">
        <TextInput
          label="Provider id"
          value={providerId}
          onChange={(e) => setProviderId(e.currentTarget.value)}
        />
        <TextInput
          label="Applies from"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          label="Share of GGR (%)"
          placeholder="15"
          value={share}
          onChange={(e) => setShare(e.currentTarget.value)}
          w={140}
        />
        <Button
          disabled={!valid}
          onClick={() =>
            submit(() =>
              must(
                api.POST("/admin/billing/fee-rates", {
                  body: { providerId: providerId.trim(), effectiveFrom: from, sharePpm: ppm! },
                }),
              ),
            )
          }
        >
          Add fee rate
        </Button>
      </Group>
      <ErrorNote error={error} />
    </Paper>
  );
}

function ExchangeRateForm(props: { onAdded: () => void }) {
  const [fromCurrency, setFromCurrency] = useState("");
  const [toCurrency, setToCurrency] = useState("");
  const [from, setFrom] = useState(today);
  const [value, setValue] = useState("");
  const { error, submit } = useSubmit(props.onAdded);
  const e8 = parseScaled(value, 8);
  const valid =
    e8 !== undefined && e8 > 0 && fromCurrency.trim().length === 3 && toCurrency.trim().length === 3;
  return (
    <Paper withBorder p="sm">
      <Group align="end" wrap="wrap">
        <TextInput
          label="From currency"
          placeholder="USD"
          maxLength={3}
          w={120}
          value={fromCurrency}
          onChange={(e) => setFromCurrency(e.currentTarget.value)}
        />
        <TextInput
          label="To currency"
          placeholder="EUR"
          maxLength={3}
          w={120}
          value={toCurrency}
          onChange={(e) => setToCurrency(e.currentTarget.value)}
        />
        <TextInput
          label="Applies from"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          label="Rate"
          placeholder="0.92"
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          w={140}
        />
        <Button
          disabled={!valid}
          onClick={() =>
            submit(() =>
              must(
                api.POST("/admin/billing/exchange-rates", {
                  body: {
                    fromCurrency: fromCurrency.trim().toUpperCase(),
                    toCurrency: toCurrency.trim().toUpperCase(),
                    effectiveFrom: from,
                    rateE8: e8!,
                  },
                }),
              ),
            )
          }
        >
          Add exchange rate
        </Button>
      </Group>
      <ErrorNote error={error} />
    </Paper>
  );
}
