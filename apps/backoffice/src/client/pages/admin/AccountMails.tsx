import { Badge, Card, Code, Group, Stack, Text } from "@mantine/core";
import { api, must } from "../../api/client.ts";
import { PageTitle, Show, formatTime } from "../../components/common.tsx";
import { useLoad } from "../../components/use-load.ts";

const STATUS_COLOR = { logged: "gray.7", pending: "yellow.9", sent: "teal.9", failed: "red.9" } as const;

/**
 * Account mail (invitations, password resets) and its delivery. Without SMTP (development) the
 * links are read here; with SMTP, whether each mail went, waits for a retry or failed, and why.
 */
export function AccountMails() {
  const mails = useLoad(() => must(api.GET("/admin/account-mails")));
  return (
    <Stack>
      <PageTitle title="Account mail">
        Invitations and password resets, newest first. Mail only logged (no SMTP configured) shows its text
        and links here; mail sent by SMTP shows its delivery.
      </PageTitle>
      <Show loaded={mails}>
        {(list) =>
          list.items.length === 0 ? (
            <Text size="sm">No mail yet.</Text>
          ) : (
            list.items.map((m) => (
              <Card withBorder key={m.id} data-testid="account-mail">
                <Group justify="space-between" wrap="nowrap" align="start">
                  <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
                    To {m.to}: {m.subject}
                  </Text>
                  <Badge color={STATUS_COLOR[m.status]} data-testid="mail-status">
                    {m.status}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {formatTime(m.createdAtMs)}
                  {m.sentAtMs === null ? "" : ` · sent ${formatTime(m.sentAtMs)}`}
                  {m.attempts > 0 ? ` · ${m.attempts} attempt(s)` : ""}
                  {m.status === "pending" && m.nextAttemptAtMs !== null
                    ? ` · next try ${formatTime(m.nextAttemptAtMs)}`
                    : ""}
                </Text>
                {m.lastError === null ? null : (
                  <Text size="sm" c="red.9">
                    Last error: {m.lastError}
                  </Text>
                )}
                {m.body === null ? null : (
                  <Code block style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                    {m.body}
                  </Code>
                )}
              </Card>
            ))
          )
        }
      </Show>
    </Stack>
  );
}
