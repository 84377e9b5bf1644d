import { Badge, Button, Code, Group, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { api, must } from "../../api/client.ts";
import { CopyValue, ErrorNote, formatTime, PageTitle, Show, TableScroll } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { useLoad } from "../../components/use-load.ts";
import { pageQuery, usePaged } from "../../components/use-paged.ts";

const STATE_COLOR = {
  delivered: "teal.9",
  pending: "blue.9",
  failed: "red.9",
  no_webhook: "gray.7",
} as const;

/** Events to act on (low credit, manual resolution, …) and the webhook they are POSTed to. */
export function Notifications(props: { canSetWebhook: boolean }) {
  const list = usePaged((cursor) =>
    must(api.GET("/backoffice/notifications", { params: { query: pageQuery(cursor, 50) } })),
  );
  return (
    <Stack>
      <PageTitle title="Notifications">
        Events your team should act on: application decided, low credit, credit exhausted, a call waiting for
        manual resolution, a salt rotation started.
      </PageTitle>
      <Webhook canSet={props.canSetWebhook} />
      <Title order={3}>Events</Title>
      <ShowPaged paged={list} noun="notifications" empty={<Text c="dimmed">No notifications yet.</Text>}>
        {(items) => (
          <TableScroll minWidth={640} label="Notifications">
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Time</Table.Th>
                  <Table.Th>Event</Table.Th>
                  <Table.Th>Webhook delivery</Table.Th>
                  <Table.Th>Details</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((n) => (
                  <Table.Tr key={n.id} data-testid="notification">
                    <Table.Td>{formatTime(n.createdAtMs)}</Table.Td>
                    <Table.Td>{n.event}</Table.Td>
                    <Table.Td>
                      <Badge color={STATE_COLOR[n.state]}>{n.state.replace("_", " ")}</Badge>
                      {n.lastError === null ? null : (
                        <Text size="xs" c="red.8">
                          {n.lastError} ({n.attempts} attempts)
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" style={{ overflowWrap: "anywhere" }}>
                        {JSON.stringify(n.payload)}
                      </Text>
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

/** The webhook configured now and how its deliveries go; builders also set or remove it. */
function Webhook(props: { canSet: boolean }) {
  const status = useLoad(() => must(api.GET("/backoffice/notifications/webhook")));
  return (
    <Paper withBorder p="md">
      <Stack>
        <Show loaded={status}>
          {(s) => (
            <Stack gap={4} data-testid="webhook-status">
              {s.url === null ? (
                <Text size="sm" fw={600}>
                  No webhook is set: events are only listed here.
                </Text>
              ) : (
                <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
                  Events go to <Code data-testid="webhook-url">{s.url}</Code> (set {formatTime(s.updatedAtMs)}
                  )
                </Text>
              )}
              {s.lastDelivery === null ? null : (
                <Text size="sm">
                  Last {s.lastDelivery.state === "delivered" ? "delivery" : "event given up on"}:{" "}
                  {s.lastDelivery.event}{" "}
                  <Badge color={STATE_COLOR[s.lastDelivery.state]}>{s.lastDelivery.state}</Badge>{" "}
                  {formatTime(s.lastDelivery.deliveredAtMs ?? s.lastDelivery.createdAtMs)}
                  {s.lastDelivery.error === null ? "" : ` — ${s.lastDelivery.error}`}
                </Text>
              )}
              {s.pending === 0 ? null : (
                <Text size="sm" c={s.retrying ? "red.8" : undefined}>
                  {s.pending} {s.pending === 1 ? "event waits" : "events wait"} for delivery
                  {s.retrying ? "; the webhook's last answer was an error, we keep retrying" : ""}.
                </Text>
              )}
            </Stack>
          )}
        </Show>
        {props.canSet ? <WebhookForm current={status.data?.url ?? null} onSaved={status.reload} /> : null}
      </Stack>
    </Paper>
  );
}

/** Sets or removes the webhook URL; a new URL's signing secret is shown once, here. */
function WebhookForm(props: { current: string | null; onSaved: () => void }) {
  const [url, setUrl] = useState("");
  const [error, setError] = useState<Error>();
  const [result, setResult] = useState<{ url: string | null; signingSecret?: string }>();
  const save = async (value: string | null) => {
    try {
      setError(undefined);
      setResult(await must(api.PUT("/backoffice/notifications/webhook", { body: { url: value } })));
      setUrl("");
      props.onSaved();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Stack>
      <Text size="sm">
        Each event is POSTed as JSON to your webhook, signed like our wallet calls (webhook-id,
        webhook-timestamp, webhook-signature: HMAC-SHA256 with the signing secret).
      </Text>
      <Group align="end" wrap="wrap">
        <TextInput
          label={props.current === null ? "Webhook URL" : "New webhook URL"}
          placeholder="https://casino.example/croupier-events"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 220 }}
        />
        <Button onClick={() => save(url.trim())} disabled={url.trim() === ""}>
          Save webhook
        </Button>
        <Button variant="default" color="red.9" onClick={() => save(null)} disabled={props.current === null}>
          Remove webhook
        </Button>
      </Group>
      <ErrorNote error={error} />
      {result === undefined ? null : result.url === null ? (
        <Text size="sm" role="status">
          The webhook is removed; events stay listed here.
        </Text>
      ) : (
        <Paper withBorder p="sm" role="status">
          <Text fw={700} size="sm" mb={4}>
            Events now go to {result.url}
          </Text>
          {result.signingSecret === undefined ? null : (
            <Stack gap={4}>
              <Text size="sm">Signing secret — shown only now; store it where your webhook can read it:</Text>
              <CopyValue value={result.signingSecret} label="signing secret" testId="webhook-secret" />
            </Stack>
          )}
        </Paper>
      )}
    </Stack>
  );
}
