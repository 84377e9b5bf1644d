import { Alert, Badge, Button, Card, Group, List, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { api, must } from "../../api/client.ts";
import { CopyValue, ErrorNote, PageTitle, Show } from "../../components/common.tsx";
import { useLoad } from "../../components/use-load.ts";
import { AccountSecurity } from "./AccountSecurity.tsx";

/** Your own account: role, the TOTP second factor with recovery codes, password and sessions. */
export function Account() {
  const account = useLoad(() => must(api.GET("/backoffice/account")));
  const [setup, setSetup] = useState<{ secret: string; uri: string }>();
  const [code, setCode] = useState("");
  const [recovery, setRecovery] = useState<string[]>();
  const [error, setError] = useState<Error>();
  const run = async (action: () => Promise<void>) => {
    try {
      setError(undefined);
      await action();
      account.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Stack>
      <PageTitle title="Your account" />
      <ErrorNote error={error} />
      <Show loaded={account}>
        {(a) => (
          <Stack>
            <Card withBorder>
              <Text size="sm">{a.email}</Text>
              <Text size="sm">
                Role <Badge data-testid="my-role">{a.role}</Badge>
              </Text>
            </Card>
            <Card withBorder>
              <Group justify="space-between" mb="xs">
                <Text fw={600}>Two-step sign-in (TOTP)</Text>
                <Badge color={a.secondFactor.enabled ? "teal.9" : "gray.7"} data-testid="totp-state">
                  {a.secondFactor.enabled ? "on" : "off"}
                </Badge>
              </Group>
              {recovery !== undefined ? (
                <Alert color="yellow" title="Recovery codes: store them now, they are shown once" mb="sm">
                  <List size="sm" data-testid="recovery-codes">
                    {recovery.map((c) => (
                      <List.Item key={c}>{c}</List.Item>
                    ))}
                  </List>
                  <Text size="sm" mt="xs">
                    Each works once instead of a code if you lose your phone.
                  </Text>
                </Alert>
              ) : null}
              {a.secondFactor.enabled ? (
                <Stack gap="xs">
                  <Text size="sm">{a.secondFactor.recoveryCodesLeft} recovery codes left.</Text>
                  <Group align="end">
                    <TextInput
                      label="Current code"
                      value={code}
                      onChange={(e) => setCode(e.currentTarget.value)}
                      autoComplete="one-time-code"
                    />
                    <Button
                      variant="default"
                      onClick={() =>
                        run(async () => {
                          await must(api.POST("/backoffice/account/totp/disable", { body: { code } }));
                          setCode("");
                          setRecovery(undefined);
                        })
                      }
                    >
                      Turn off
                    </Button>
                  </Group>
                </Stack>
              ) : setup === undefined ? (
                <Button
                  onClick={() =>
                    run(async () => setSetup(await must(api.POST("/backoffice/account/totp/setup"))))
                  }
                >
                  Set up
                </Button>
              ) : (
                <Stack gap="xs">
                  <Text size="sm">
                    Add this key to your authenticator app (or open the otpauth link on your phone), then
                    enter the code it shows.
                  </Text>
                  <CopyValue value={setup.secret} label="TOTP key" testId="totp-secret" />
                  <CopyValue value={setup.uri} label="otpauth link" />
                  <Group align="end">
                    <TextInput
                      label="Code from the app"
                      value={code}
                      onChange={(e) => setCode(e.currentTarget.value)}
                      autoComplete="one-time-code"
                    />
                    <Button
                      onClick={() =>
                        run(async () => {
                          const enabled = await must(
                            api.POST("/backoffice/account/totp/enable", { body: { code } }),
                          );
                          setRecovery(enabled.recoveryCodes);
                          setSetup(undefined);
                          setCode("");
                        })
                      }
                    >
                      Turn on
                    </Button>
                  </Group>
                </Stack>
              )}
            </Card>
            <AccountSecurity />
          </Stack>
        )}
      </Show>
    </Stack>
  );
}
