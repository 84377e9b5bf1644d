import { Badge, Button, Group, Select, Stack, Switch, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { api, must } from "../../api/client.ts";
import { ErrorNote, PageTitle, Show, formatMinor, TableScroll } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { useLoad } from "../../components/use-load.ts";
import { pageQuery, usePaged } from "../../components/use-paged.ts";

/** The games your players see: search, filter, enable or disable games and providers; per-currency limits. */
export function Catalogue() {
  const [search, setSearch] = useState("");
  const [provider, setProvider] = useState<string | null>(null);
  const [error, setError] = useState<Error>();
  const providers = useLoad(() => must(api.GET("/backoffice/catalogue/providers")));
  const games = usePaged(
    (cursor) =>
      must(
        api.GET("/backoffice/catalogue/games", {
          params: {
            query: {
              ...(search === "" ? {} : { search }),
              ...(provider === null ? {} : { provider }),
              ...pageQuery(cursor),
            },
          },
        }),
      ),
    [search, provider],
  );
  const choose = async (kind: "game" | "provider", id: string, enabled: boolean | "default") => {
    try {
      setError(undefined);
      if (kind === "game") {
        const params = { params: { path: { game_id: id } } };
        await must(
          enabled === "default"
            ? api.DELETE("/backoffice/catalogue/games/{game_id}", params)
            : api.PUT("/backoffice/catalogue/games/{game_id}", { ...params, body: { enabled } }),
        );
      } else {
        const params = { params: { path: { provider_id: id } } };
        await must(
          enabled === "default"
            ? api.DELETE("/backoffice/catalogue/providers/{provider_id}", params)
            : api.PUT("/backoffice/catalogue/providers/{provider_id}", { ...params, body: { enabled } }),
        );
      }
      games.reload();
      providers.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Stack>
      <PageTitle title="Catalogue">Enable or disable providers and games for your players.</PageTitle>
      <ErrorNote error={error} />
      <Show loaded={providers}>
        {(list) => (
          <Group gap="xs">
            {list.items.map((p) => (
              <Switch
                key={p.id}
                label={p.name}
                checked={p.enabled}
                onChange={(e) => choose("provider", p.id, e.currentTarget.checked)}
              />
            ))}
          </Group>
        )}
      </Show>
      <Group align="end">
        <TextInput
          label="Search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          placeholder="Game name"
        />
        <Show loaded={providers}>
          {(list) => (
            <Select
              label="Provider"
              clearable
              data={list.items.map((p) => ({ value: p.id, label: p.name }))}
              value={provider}
              onChange={setProvider}
            />
          )}
        </Show>
      </Group>
      <ShowPaged paged={games} noun="games" empty={<Text size="sm">No games match.</Text>}>
        {(items) => (
          <TableScroll minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Game</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>RTP</Table.Th>
                  <Table.Th>Limits per currency</Table.Th>
                  <Table.Th>Offered</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((g) => (
                  <Table.Tr key={g.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {g.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {g.provider.name} · {g.id}
                      </Text>
                    </Table.Td>
                    <Table.Td>{g.type}</Table.Td>
                    <Table.Td>{g.rtp}%</Table.Td>
                    <Table.Td>
                      {Object.entries(g.betLimits).map(([currency, limit]) => (
                        <Text size="xs" key={currency}>
                          {currency} {formatMinor(limit.minMinor)} – {formatMinor(limit.maxMinor)}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Switch
                          aria-label={`Offer ${g.name}`}
                          checked={g.enabled}
                          onChange={(e) => choose("game", g.id, e.currentTarget.checked)}
                        />
                        {g.gameSetting === "default" ? null : (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => choose("game", g.id, "default")}
                          >
                            <Badge size="xs" variant="outline">
                              {g.gameSetting}
                            </Badge>{" "}
                            reset
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
