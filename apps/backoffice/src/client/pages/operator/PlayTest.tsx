import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { api, must } from "../../api/client.ts";
import { ErrorNote, PageTitle, TableScroll } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { useLoad } from "../../components/use-load.ts";
import { pageQuery, usePaged } from "../../components/use-paged.ts";
import { navigate } from "../../router.ts";

interface Launched {
  gameName: string;
  playerId: string;
  /** Set when the browser refused to open a tab: the player follows the link instead. */
  url?: string;
}

/**
 * Sandbox play: any game offered to your players, played as a test player of your sandbox
 * wallet, in a new tab. It is the launch your servers make through /v1 with a sandbox
 * credential, so its rounds and wallet calls show in the rounds explorer.
 */
export function PlayTest() {
  const me = useLoad(() => must(api.GET("/backoffice/me")));
  const currencies = me.data?.operator.currencies ?? [];
  const [player, setPlayer] = useState("test-player-1");
  const [currency, setCurrency] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [error, setError] = useState<Error>();
  const [launched, setLaunched] = useState<Launched>();
  const games = usePaged(
    (cursor) =>
      must(
        api.GET("/backoffice/catalogue/games", {
          params: { query: { ...(search === "" ? {} : { search }), ...pageQuery(cursor) } },
        }),
      ),
    [search],
  );
  const chosenCurrency = currency ?? currencies[0] ?? "EUR";

  const play = async (game: { id: string; name: string }) => {
    setError(undefined);
    setLaunched(undefined);
    // The tab opens within the click (a tab opened after the answer would be a blocked pop-up).
    const tab = window.open("", "_blank");
    try {
      const created = await must(
        api.POST("/backoffice/sandbox/launches", {
          body: { game_id: game.id, player_id: player.trim(), currency: chosenCurrency },
        }),
      );
      if (tab === null) {
        setLaunched({ gameName: game.name, playerId: player.trim(), url: created.launch_url });
        return;
      }
      tab.opener = null;
      tab.location.href = created.launch_url;
      setLaunched({ gameName: game.name, playerId: player.trim() });
    } catch (caught) {
      tab?.close();
      setError(caught as Error);
    }
  };

  return (
    <Stack>
      <PageTitle title="Play a game">
        Play any game you offer as a test player, in sandbox: real wallet calls to your sandbox callback URL
        (the player must exist in your sandbox wallet with a balance). Each round then shows in the rounds
        explorer (sandbox) under the id the game shows.
      </PageTitle>
      <Card withBorder>
        <Group align="end" wrap="wrap">
          <TextInput
            label="Test player id"
            description="A player of your sandbox wallet"
            value={player}
            onChange={(e) => setPlayer(e.currentTarget.value)}
            miw={220}
          />
          <Select
            label="Currency"
            data={currencies}
            value={chosenCurrency}
            onChange={setCurrency}
            allowDeselect={false}
            w={120}
          />
          <TextInput
            label="Find a game"
            placeholder="Game name"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
        </Group>
      </Card>
      <ErrorNote error={error} />
      {launched === undefined ? null : (
        <Alert color="teal" title={`${launched.gameName} for ${launched.playerId}`} role="status">
          {launched.url === undefined ? (
            <Text size="sm">The game opened in a new tab.</Text>
          ) : (
            <Text size="sm">
              Your browser kept the tab from opening:{" "}
              <Anchor href={launched.url} target="_blank" rel="noopener">
                open the game
              </Anchor>{" "}
              (the link works once, for a minute).
            </Text>
          )}
          <Button mt="xs" size="compact-sm" variant="default" onClick={() => navigate("explorer")}>
            Rounds explorer
          </Button>
        </Alert>
      )}
      <ShowPaged paged={games} noun="games" empty={<Text size="sm">No games match.</Text>}>
        {(items) => (
          <TableScroll minWidth={520} label="Games">
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Game</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Play</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((g) => (
                  <Table.Tr key={g.id} data-testid="playable-game">
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {g.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {g.provider.name} · {g.id}
                      </Text>
                    </Table.Td>
                    <Table.Td>{g.type}</Table.Td>
                    <Table.Td>
                      {g.enabled ? (
                        <Button
                          size="compact-sm"
                          onClick={() => play(g)}
                          disabled={player.trim() === ""}
                          aria-label={`Play ${g.name}`}
                        >
                          Play
                        </Button>
                      ) : (
                        <Badge color="gray.7" variant="outline">
                          not offered
                        </Badge>
                      )}
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
