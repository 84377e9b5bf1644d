import { Accordion, Badge, Button, Card, Code, Group, Stack, Table, Text } from "@mantine/core";
import { api, must } from "../../api/client.ts";
import {
  CopyValue,
  PageTitle,
  Show,
  formatMinor,
  formatTime,
  TableScroll,
} from "../../components/common.tsx";
import { StudioReplay } from "../../components/StudioReplay.tsx";
import { useLoad } from "../../components/use-load.ts";
import { navigate } from "../../router.ts";
import type { Environment } from "./EnvironmentPicker.tsx";

/** One round: its money, every wallet call with every attempt, and the replay of a studio round. */
export function RoundDetail(props: { environment: Environment; roundId: string }) {
  const params = { params: { path: { environment: props.environment, round_id: props.roundId } } };
  const round = useLoad(
    () => must(api.GET("/backoffice/environments/{environment}/rounds/{round_id}", params)),
    [props.roundId, props.environment],
  );
  const replay = useLoad(
    () =>
      must(api.GET("/backoffice/environments/{environment}/rounds/{round_id}/replay", params)).catch(
        () => null,
      ),
    [props.roundId, props.environment],
  );
  return (
    <Stack data-testid="round-detail">
      <Group justify="space-between">
        <PageTitle title="Round" />
        <Button variant="subtle" onClick={() => navigate("explorer")}>
          Back to the list
        </Button>
      </Group>
      <Show loaded={round}>
        {(r) => (
          <Stack>
            <Card withBorder>
              <Stack gap={4}>
                <CopyValue value={r.round_id} label="round id" testId="round-id" />
                <Text size="sm">
                  Player {r.player_id} · game {r.game_id} · {r.currency}
                </Text>
                <Text size="sm">
                  Opened {formatTime(r.opened_at_ms)} · closed {formatTime(r.closed_at_ms)}{" "}
                  <Badge size="sm">{r.status}</Badge>
                </Text>
                <Text size="sm" data-testid="round-totals">
                  Bets {formatMinor(r.totals.debited, r.currency)} · wins{" "}
                  {formatMinor(r.totals.credited, r.currency)} · rolled back{" "}
                  {formatMinor(r.totals.rolled_back, r.currency)}
                </Text>
              </Stack>
            </Card>
            <Text fw={600}>Callbacks to your wallet</Text>
            <Accordion variant="separated" data-testid="round-callbacks">
              {r.transactions.map((call) => (
                <Accordion.Item key={call.call_id} value={call.call_id}>
                  <Accordion.Control>
                    <Group gap="xs">
                      <Badge>
                        {call.action}
                        {call.rb === 1 ? " (rollback)" : ""}
                      </Badge>
                      <Text size="sm">{formatMinor(call.amount, call.currency)}</Text>
                      <Badge color={call.status === "ok" ? "teal.9" : "red.9"} variant="default">
                        {call.status}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {call.attempt_log.length} attempt(s)
                      </Text>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Text size="xs" mb="xs">
                      call id {call.call_id}
                    </Text>
                    <TableScroll minWidth={480}>
                      <Table>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>#</Table.Th>
                            <Table.Th>Sent</Table.Th>
                            <Table.Th>Latency</Table.Th>
                            <Table.Th>HTTP</Table.Th>
                            <Table.Th>Outcome</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {call.attempt_log.map((a) => (
                            <Table.Tr key={a.attempt_no}>
                              <Table.Td>{a.attempt_no}</Table.Td>
                              <Table.Td>{formatTime(a.sent_at_ms)}</Table.Td>
                              <Table.Td>
                                {a.latency_micros === null
                                  ? "—"
                                  : `${(a.latency_micros / 1000).toFixed(1)} ms`}
                              </Table.Td>
                              <Table.Td>{a.http_status ?? "—"}</Table.Td>
                              <Table.Td>
                                {a.outcome}
                                {a.reason === null ? "" : ` (${a.reason})`}
                              </Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </TableScroll>
                    {call.attempt_log.map((a) => (
                      <Stack key={a.attempt_no} gap={2} mt="xs">
                        <Text size="xs" fw={500}>
                          Attempt {a.attempt_no}: request
                        </Text>
                        <Code block style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                          {typeof a.request === "string" ? a.request : JSON.stringify(a.request, null, 2)}
                        </Code>
                        <Text size="xs" fw={500}>
                          Response
                        </Text>
                        <Code block style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                          {a.response_body ?? "(none)"}
                        </Code>
                      </Stack>
                    ))}
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          </Stack>
        )}
      </Show>
      <Show loaded={replay}>
        {(answer) =>
          answer === null ? null : (
            <Card withBorder>
              <Group justify="space-between" mb="xs">
                <Text fw={600}>Replay: what the player saw</Text>
                <Badge color={answer.matches_original ? "teal.9" : "red.9"}>
                  {answer.matches_original ? "replay matches the original" : "replay differs"}
                </Badge>
              </Group>
              <Text size="xs" mb="xs">
                Studio round id (as the player sees it): {answer.round_id}
              </Text>
              <StudioReplay replay={answer} />
            </Card>
          )
        }
      </Show>
    </Stack>
  );
}
