import { Badge, Button, Card, Group, PasswordInput, Stack, Table, Text } from "@mantine/core";
import { useState, type FormEvent } from "react";
import type { Realm } from "../../api/client.ts";
import { ErrorNote, Show, TableScroll, formatTime } from "../../components/common.tsx";
import { useLoad } from "../../components/use-load.ts";
import { accountApi } from "./account-api.ts";

/** Password change and the list of signed-in sessions with "sign out everywhere else" (admins and operator users). */
export function AccountSecurity(props: { realm: Realm }) {
  const calls = accountApi[props.realm];
  const sessions = useLoad(() => calls.sessions());
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<Error>();
  const run = async (action: () => Promise<string>) => {
    try {
      setError(undefined);
      setNote(await action());
      sessions.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  const change = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await calls.changePassword(current, next);
      setCurrent("");
      setNext("");
      return "Password changed; your other sessions were signed out.";
    });
  };
  return (
    <Stack>
      <ErrorNote error={error} />
      {note === undefined ? null : (
        <Text size="sm" role="status">
          {note}
        </Text>
      )}
      <Card withBorder>
        <Text fw={600} mb="xs">
          Password
        </Text>
        <form onSubmit={change}>
          <Group align="end">
            <PasswordInput
              label="Current password"
              required
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              autoComplete="current-password"
            />
            <PasswordInput
              label="New password"
              description="At least 12 characters"
              required
              value={next}
              onChange={(e) => setNext(e.currentTarget.value)}
              autoComplete="new-password"
            />
            <Button type="submit" variant="default">
              Change password
            </Button>
          </Group>
        </form>
      </Card>
      <Card withBorder>
        <Group justify="space-between" mb="xs">
          <Text fw={600}>Signed-in sessions</Text>
          <Button
            size="xs"
            variant="default"
            onClick={() =>
              run(async () => {
                const { ended } = await calls.signOutOthers();
                return `${ended} other session(s) signed out.`;
              })
            }
          >
            Sign out everywhere else
          </Button>
        </Group>
        <Show loaded={sessions}>
          {(list) => (
            <TableScroll minWidth={420} label="Sessions">
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Session</Table.Th>
                    <Table.Th>Signed in</Table.Th>
                    <Table.Th>Expires</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.items.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        {s.id} {s.current ? <Badge size="sm">this one</Badge> : null}
                      </Table.Td>
                      <Table.Td>{formatTime(s.createdAtMs)}</Table.Td>
                      <Table.Td>{formatTime(s.expiresAtMs)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Show>
      </Card>
    </Stack>
  );
}
