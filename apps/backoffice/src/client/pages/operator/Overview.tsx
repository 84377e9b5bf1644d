import { Badge, Button, Card, Group, List, Stack, Text, ThemeIcon } from "@mantine/core";
import { useState } from "react";
import { api, must } from "../../api/client.ts";
import { ErrorNote, PageTitle, Show, formatTime } from "../../components/common.tsx";
import { useLoad } from "../../components/use-load.ts";

const STATUS_TEXT: Record<string, string> = {
  pending: "Your application is waiting for review. Sandbox access opens once it is approved.",
  sandbox: "Sandbox: integrate and test. Go live when every condition below is met.",
  live: "Live: real players, real money.",
  rejected: "Your application was rejected.",
  suspended: "Suspended: no new game launches; open rounds still settle.",
};

/** The application's status and the go-live checklist with what to do next. */
export function Overview() {
  const me = useLoad(() => must(api.GET("/backoffice/me")));
  const goLive = useLoad(() => must(api.GET("/backoffice/go-live")));
  const [error, setError] = useState<Error>();
  const request = async () => {
    try {
      setError(undefined);
      await must(api.POST("/backoffice/go-live/request"));
      me.reload();
      goLive.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Stack>
      <PageTitle title="Overview">Your application, and what is left before you go live.</PageTitle>
      <Show loaded={me}>
        {({ operator }) => (
          <Card withBorder>
            <Group justify="space-between">
              <Text fw={600}>{operator.companyName}</Text>
              <Badge data-testid="operator-status" color={operator.status === "rejected" ? "red" : "indigo"}>
                {operator.status}
              </Badge>
            </Group>
            <Text size="sm" mt="xs">
              {STATUS_TEXT[operator.status] ?? operator.status}
            </Text>
            {operator.statusReason === null ? null : (
              <Text size="sm" mt="xs">
                Reason: {operator.statusReason}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt="xs">
              Applied {formatTime(operator.createdAtMs)} · operator id {operator.id}
            </Text>
          </Card>
        )}
      </Show>
      <Show loaded={goLive}>
        {(readiness) => (
          <Card withBorder>
            <Text fw={600} mb="xs">
              Go-live checklist
            </Text>
            <List spacing="sm" center>
              {readiness.conditions.map((condition) => (
                <List.Item
                  key={condition.id}
                  icon={
                    <ThemeIcon
                      color={condition.met ? "teal.9" : "gray.7"}
                      size={22}
                      radius="xl"
                      aria-label={condition.met ? "met" : "not met"}
                    >
                      {condition.met ? "✓" : "·"}
                    </ThemeIcon>
                  }
                >
                  <Text size="sm" fw={500}>
                    {condition.id.replace(/_/g, " ")}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {condition.reason}
                  </Text>
                </List.Item>
              ))}
            </List>
            <ErrorNote error={error} />
            <Button mt="md" disabled={!readiness.ready} onClick={request}>
              Request go-live
            </Button>
          </Card>
        )}
      </Show>
    </Stack>
  );
}
