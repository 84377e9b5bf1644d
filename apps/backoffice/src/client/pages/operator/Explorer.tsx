import {
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useState, type FormEvent } from "react";
import { api, download, must } from "../../api/client.ts";
import { ErrorNote, PageTitle, formatTime, TableScroll } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { pageQuery, usePaged } from "../../components/use-paged.ts";
import { navigate } from "../../router.ts";
import { EnvironmentPicker, type Environment } from "./EnvironmentPicker.tsx";
import { RoundDetail } from "./RoundDetail.tsx";
import { TransactionsList, type ExplorerFilter } from "./TransactionsList.tsx";
import { roundIdLabel } from "../../components/round-id-label.ts";

type Filter = ExplorerFilter;

const toIso = (local: string) => (local === "" ? undefined : new Date(local).toISOString());

/** Rounds and wallet calls: search by player, round id (also the sr_… id a player quotes), call id, time. */
export function Explorer(props: { roundId: string | undefined }) {
  const [environment, setEnvironment] = useState<Environment>("sandbox");
  const [form, setForm] = useState({ player: "", round: "", call: "", from: "", to: "" });
  const [filter, setFilter] = useState<Filter>({});
  const [error, setError] = useState<Error>();
  const [view, setView] = useState<"rounds" | "calls">("rounds");
  const path = { environment };
  const rounds = usePaged(
    (cursor) =>
      must(
        api.GET("/backoffice/environments/{environment}/rounds", {
          params: { path, query: { ...filter, ...pageQuery(cursor) } },
        }),
      ),
    [environment, filter],
  );

  const search = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (form.call !== "") {
      // A call id leads to its round.
      try {
        const calls = await must(
          api.GET("/backoffice/environments/{environment}/transactions", {
            params: { path, query: { call_id: form.call } },
          }),
        );
        const roundId = calls.items[0]?.round_id;
        if (roundId === undefined || roundId === null)
          throw new Error(`No call ${form.call} with a round here.`);
        navigate(`explorer/${roundId}`);
      } catch (caught) {
        setError(caught as Error);
      }
      return;
    }
    if (form.round !== "" && form.player === "" && form.from === "" && form.to === "") {
      navigate(`explorer/${form.round.trim()}`);
      return;
    }
    const next: Filter = {};
    if (form.player !== "") next.player_id = form.player.trim();
    if (form.round !== "") next.round_id = form.round.trim();
    const from = toIso(form.from);
    const to = toIso(form.to);
    if (from !== undefined) next.from = from;
    if (to !== undefined) next.to = to;
    setFilter(next);
    navigate("explorer");
  };
  const exportCsv = async () => {
    const query = new URLSearchParams(filter as Record<string, string>).toString();
    try {
      await download(
        `/backoffice/environments/${environment}/rounds.csv${query === "" ? "" : `?${query}`}`,
        `rounds-${environment}.csv`,
      );
    } catch (caught) {
      setError(caught as Error);
    }
  };

  return (
    <Stack>
      <PageTitle title="Rounds explorer">
        Find a round by player, by its id (the gr_… id of your wallet calls or the sr_… id the player sees in
        the game), by a call id or by time.
      </PageTitle>
      <EnvironmentPicker value={environment} onChange={setEnvironment} />
      <Card withBorder>
        <form onSubmit={search}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label="Player id"
              value={form.player}
              onChange={(e) => setForm({ ...form, player: e.currentTarget.value })}
            />
            <TextInput
              label="Round id"
              value={form.round}
              onChange={(e) => setForm({ ...form, round: e.currentTarget.value })}
            />
            <TextInput
              label="Call id"
              value={form.call}
              onChange={(e) => setForm({ ...form, call: e.currentTarget.value })}
            />
            <TextInput
              label="From"
              type="datetime-local"
              value={form.from}
              onChange={(e) => setForm({ ...form, from: e.currentTarget.value })}
            />
            <TextInput
              label="To"
              type="datetime-local"
              value={form.to}
              onChange={(e) => setForm({ ...form, to: e.currentTarget.value })}
            />
          </SimpleGrid>
          <Group mt="md">
            <Button type="submit">Search</Button>
            <Button variant="default" onClick={exportCsv}>
              Export CSV
            </Button>
          </Group>
        </form>
      </Card>
      <ErrorNote error={error} />
      {props.roundId !== undefined ? null : (
        <SegmentedControl
          aria-label="List"
          value={view}
          onChange={(v) => setView(v as "rounds" | "calls")}
          data={[
            { value: "rounds", label: "Rounds" },
            { value: "calls", label: "Wallet calls" },
          ]}
          style={{ alignSelf: "flex-start" }}
        />
      )}
      {props.roundId !== undefined ? (
        <RoundDetail environment={environment} roundId={props.roundId} />
      ) : view === "calls" ? (
        <TransactionsList environment={environment} filter={filter} />
      ) : (
        <ShowPaged paged={rounds} noun="rounds" empty={<Text size="sm">No rounds match.</Text>}>
          {(items) => (
            <TableScroll minWidth={620}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Opened</Table.Th>
                    <Table.Th>Round</Table.Th>
                    <Table.Th>Player</Table.Th>
                    <Table.Th>Game</Table.Th>
                    <Table.Th>Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((round) => (
                    <Table.Tr key={round.round_id}>
                      <Table.Td>{formatTime(round.opened_at_ms)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          title={round.round_id}
                          onClick={() => navigate(`explorer/${round.round_id}`)}
                        >
                          {roundIdLabel(round.round_id)}
                        </Button>
                      </Table.Td>
                      <Table.Td>{round.player_id}</Table.Td>
                      <Table.Td>{round.game_id}</Table.Td>
                      <Table.Td>{round.status}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </ShowPaged>
      )}
    </Stack>
  );
}
