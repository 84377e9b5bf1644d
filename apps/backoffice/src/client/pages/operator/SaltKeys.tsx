import { Badge, Button, Card, Group, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { api, must } from "../../api/client.ts";
import { CopyValue, ErrorNote, PageTitle, Show, formatTime } from "../../components/common.tsx";
import { useLoad } from "../../components/use-load.ts";
import { EnvironmentPicker, type Environment } from "./EnvironmentPicker.tsx";

/** The salt key of each environment: reveal, copy, and rotate with an overlap. */
export function SaltKeys() {
  const [environment, setEnvironment] = useState<Environment>("sandbox");
  const [revealed, setRevealed] = useState(false);
  const [error, setError] = useState<Error>();
  const [note, setNote] = useState<string>();
  const path = { params: { path: { environment } } };
  const keys = useLoad(
    () => must(api.GET("/backoffice/environments/{environment}/salt-keys", path)),
    [environment],
  );
  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      setError(undefined);
      await run();
      setNote(done);
      keys.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Stack>
      <PageTitle title="Salt keys">
        Your wallet checks the signature of every call with this salt. Keep it on your servers only.
      </PageTitle>
      <EnvironmentPicker
        value={environment}
        onChange={(e) => {
          setEnvironment(e);
          setRevealed(false);
        }}
      />
      <ErrorNote error={error} />
      {note === undefined ? null : (
        <Text size="sm" role="status">
          {note}
        </Text>
      )}
      <Show loaded={keys}>
        {({ keys: list }) => (
          <Stack>
            {list.map((key) => (
              <Card withBorder key={key.id}>
                <Group justify="space-between" mb="xs">
                  <Badge color={key.state === "active" ? "teal.9" : "dark"}>{key.state}</Badge>
                  <Text size="xs" c="dimmed">
                    created {formatTime(key.createdAtMs)}
                  </Text>
                </Group>
                {revealed ? (
                  <CopyValue value={key.salt} label={`${key.state} salt`} testId={`salt-${key.state}`} />
                ) : (
                  <Group>
                    <Button variant="default" size="xs" onClick={() => setRevealed(true)}>
                      Reveal salt
                    </Button>
                  </Group>
                )}
              </Card>
            ))}
            <Card withBorder>
              <Text fw={600} mb="xs">
                Rotating the salt
              </Text>
              <List type="ordered" size="sm" spacing={4}>
                <List.Item>
                  Start a rotation: a new salt is created as pending. Calls are still signed with the active
                  one.
                </List.Item>
                <List.Item>
                  Install the pending salt in your wallet beside the active one, so it accepts both.
                </List.Item>
                <List.Item>
                  Confirm: we send a test call signed with the new salt; if your wallet accepts it, the new
                  salt becomes active.
                </List.Item>
                <List.Item>
                  Remove the old salt from your wallet. You can cancel a rotation any time before confirming.
                </List.Item>
              </List>
              <Group mt="md">
                {list.some((k) => k.state === "pending") ? (
                  <>
                    <Button
                      onClick={() =>
                        act(
                          () =>
                            must(
                              api.POST("/backoffice/environments/{environment}/salt-keys/confirm", {
                                ...path,
                                body: {},
                              }),
                            ),
                          "The new salt is active.",
                        )
                      }
                    >
                      Confirm the new salt
                    </Button>
                    <Button
                      variant="default"
                      onClick={() =>
                        act(
                          () =>
                            must(
                              api.DELETE("/backoffice/environments/{environment}/salt-keys/pending", path),
                            ),
                          "Rotation cancelled.",
                        )
                      }
                    >
                      Cancel rotation
                    </Button>
                  </>
                ) : (
                  <Button
                    variant="default"
                    onClick={() =>
                      act(
                        () => must(api.POST("/backoffice/environments/{environment}/salt-keys/rotate", path)),
                        "A pending salt was created: install it in your wallet, then confirm.",
                      )
                    }
                  >
                    Start a rotation
                  </Button>
                )}
              </Group>
            </Card>
          </Stack>
        )}
      </Show>
    </Stack>
  );
}
