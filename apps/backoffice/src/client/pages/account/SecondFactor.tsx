import { Alert, Badge, Button, Card, Group, List, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import type { Realm } from "../../api/client.ts";
import { CopyValue, ErrorNote } from "../../components/common.tsx";
import { accountApi } from "./account-api.ts";

/**
 * The TOTP second factor of one's own account (admins and operator users): set up with a key or
 * otpauth link, confirm with a first code, recovery codes shown once, turn off with a code.
 */
export function SecondFactor(props: {
  realm: Realm;
  state: { enabled: boolean; recoveryCodesLeft: number; required: boolean };
  /** After the factor was turned on or off. */
  onChange: () => void;
}) {
  const calls = accountApi[props.realm];
  const [setup, setSetup] = useState<{ secret: string; uri: string }>();
  const [code, setCode] = useState("");
  const [recovery, setRecovery] = useState<string[]>();
  const [error, setError] = useState<Error>();
  /** `changed`: the factor went on or off (a setup started changes nothing yet). */
  const run = async (action: () => Promise<void>, changed = true) => {
    try {
      setError(undefined);
      await action();
      if (changed) props.onChange();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  const { enabled, recoveryCodesLeft, required } = props.state;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>Two-step sign-in (TOTP)</Text>
        <Group gap="xs">
          {required ? <Badge color="red.9">required by an admin</Badge> : null}
          <Badge color={enabled ? "teal.9" : "gray.7"} data-testid="totp-state">
            {enabled ? "on" : "off"}
          </Badge>
        </Group>
      </Group>
      <ErrorNote error={error} />
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
      {enabled ? (
        <Stack gap="xs">
          <Text size="sm">{recoveryCodesLeft} recovery codes left.</Text>
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
                  await calls.disableTotp(code);
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
        <Button onClick={() => run(async () => setSetup(await calls.setUpTotp()), false)}>Set up</Button>
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            Add this key to your authenticator app (or open the otpauth link on your phone), then enter the
            code it shows.
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
                  const enabledNow = await calls.enableTotp(code);
                  setRecovery(enabledNow.recoveryCodes);
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
  );
}
