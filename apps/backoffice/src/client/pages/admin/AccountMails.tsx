import { Card, Code, Stack, Text } from "@mantine/core";
import { api, must } from "../../api/client.ts";
import { PageTitle, Show, formatTime } from "../../components/common.tsx";
import { useLoad } from "../../components/use-load.ts";

/** Account mail as sent: without SMTP (development) the invitation links are read here. */
export function AccountMails() {
  const mails = useLoad(() => must(api.GET("/admin/account-mails")));
  return (
    <Stack>
      <PageTitle title="Account mail">
        Invitations sent, newest first. No SMTP is configured: links are read here.
      </PageTitle>
      <Show loaded={mails}>
        {(list) =>
          list.items.length === 0 ? (
            <Text size="sm">No mail yet.</Text>
          ) : (
            list.items.map((m) => (
              <Card withBorder key={m.id} data-testid="account-mail">
                <Text size="sm" fw={600}>
                  To {m.to}: {m.subject}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatTime(m.createdAtMs)}
                </Text>
                <Code block style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                  {m.body}
                </Code>
              </Card>
            ))
          )
        }
      </Show>
    </Stack>
  );
}
