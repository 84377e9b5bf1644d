import { Alert, Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { api, must } from "../../api/client.ts";
import { CopyValue, ErrorNote, PageTitle, formatTime, TableScroll } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { pageQuery, usePaged } from "../../components/use-paged.ts";
import type { Environment } from "./EnvironmentPicker.tsx";

/** API credentials: create with a name (the secret shown once), list, revoke. */
export function Credentials() {
  const list = usePaged((cursor) =>
    must(api.GET("/backoffice/credentials", { params: { query: pageQuery(cursor) } })),
  );
  const [label, setLabel] = useState("");
  const [environment, setEnvironment] = useState<Environment>("sandbox");
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<Error>();

  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setError(undefined);
      const created = await must(api.POST("/backoffice/credentials", { body: { environment, label } }));
      setSecret(created.token);
      setLabel("");
      list.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  const revoke = async (credentialId: string) => {
    if (!window.confirm("Revoke this credential? Servers using it stop working at once.")) return;
    try {
      await must(
        api.DELETE("/backoffice/credentials/{credentialId}", { params: { path: { credentialId } } }),
      );
      list.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };

  return (
    <Stack>
      <PageTitle title="API credentials">Your servers call the operator API (/v1) with these.</PageTitle>
      <Card withBorder>
        <form onSubmit={create}>
          <Group align="end">
            <TextInput
              label="Name"
              required
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              placeholder="e.g. game server"
            />
            <Select
              label="Environment"
              data={["sandbox", "live"]}
              value={environment}
              onChange={(v) => v !== null && setEnvironment(v as Environment)}
              allowDeselect={false}
              w={140}
            />
            <Button type="submit">Create credential</Button>
          </Group>
        </form>
      </Card>
      <ErrorNote error={error} />
      {secret === undefined ? null : (
        <Alert
          color="yellow"
          title="Copy the secret now: it is shown only once"
          withCloseButton
          onClose={() => setSecret(undefined)}
        >
          <CopyValue value={secret} label="credential secret" testId="new-credential-secret" />
        </Alert>
      )}
      <ShowPaged paged={list} noun="credentials" empty={<Text size="sm">No credentials yet.</Text>}>
        {(items) => (
          <TableScroll minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Environment</Table.Th>
                  <Table.Th>Starts with</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th>State</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{c.label}</Table.Td>
                    <Table.Td>{c.environment}</Table.Td>
                    <Table.Td>{c.prefix}…</Table.Td>
                    <Table.Td>{formatTime(c.lastUsedAtMs)}</Table.Td>
                    <Table.Td>
                      {c.revokedAtMs === null ? (
                        <Button
                          size="compact-sm"
                          color="red.9"
                          variant="outline"
                          onClick={() => revoke(c.id)}
                        >
                          Revoke
                        </Button>
                      ) : (
                        <Badge color="gray.7">revoked</Badge>
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
