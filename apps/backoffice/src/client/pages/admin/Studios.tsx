import { Alert, Badge, Button, Card, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { api, must } from "../../api/client.ts";
import { CopyValue, ErrorNote, PageTitle, Show, TableScroll, formatTime } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { useLoad } from "../../components/use-load.ts";
import { pageQuery, usePaged } from "../../components/use-paged.ts";

/** Outside game studios and their gateway keys: issue (the secret shown once), revoke. */
export function Studios() {
  const studios = usePaged((cursor) =>
    must(api.GET("/admin/studios", { params: { query: pageQuery(cursor) } })),
  );
  return (
    <Stack>
      <PageTitle title="Studios">Game studios on the provider gateway and their signing keys.</PageTitle>
      <ShowPaged
        paged={studios}
        noun="studios"
        empty={<Text size="sm">No outside studio is registered.</Text>}
      >
        {(items) => items.map((s) => <StudioCard key={s.id} studio={s} />)}
      </ShowPaged>
    </Stack>
  );
}

function StudioCard(props: {
  studio: { id: string; name: string; status: string; launchUrlTemplate: string };
}) {
  const { studio } = props;
  const path = { params: { path: { studioId: studio.id } } };
  const keys = useLoad(() => must(api.GET("/admin/studios/{studioId}/credentials", path)));
  const [label, setLabel] = useState("");
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<Error>();
  const run = async (action: () => Promise<void>) => {
    try {
      setError(undefined);
      await action();
      keys.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Card withBorder>
      <Group justify="space-between">
        <Text fw={600}>
          {studio.name} ({studio.id})
        </Text>
        <Badge>{studio.status}</Badge>
      </Group>
      <Text size="xs" style={{ overflowWrap: "anywhere" }}>
        {studio.launchUrlTemplate}
      </Text>
      <ErrorNote error={error} />
      {secret === undefined ? null : (
        <Alert color="yellow" title="Copy the secret now: it is shown only once" mt="xs">
          <CopyValue value={secret} label="studio key secret" />
        </Alert>
      )}
      <Show loaded={keys}>
        {(list) => (
          <TableScroll minWidth={480} label={`Keys of ${studio.name}`}>
            <Table>
              <Table.Tbody>
                {list.items.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Td>{k.label}</Table.Td>
                    <Table.Td>{k.id}</Table.Td>
                    <Table.Td>used {formatTime(k.lastUsedAtMs)}</Table.Td>
                    <Table.Td>
                      {k.revokedAtMs === null ? (
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() =>
                            run(async () => {
                              await must(
                                api.DELETE("/admin/studios/{studioId}/credentials/{keyId}", {
                                  params: { path: { studioId: studio.id, keyId: k.id } },
                                }),
                              );
                            })
                          }
                        >
                          Revoke
                        </Button>
                      ) : (
                        "revoked"
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Show>
      <Group align="end" mt="xs">
        <TextInput label="New key label" value={label} onChange={(e) => setLabel(e.currentTarget.value)} />
        <Button
          variant="default"
          onClick={() =>
            run(async () => {
              const issued = await must(
                api.POST("/admin/studios/{studioId}/credentials", { ...path, body: { label } }),
              );
              setSecret(issued.secret);
              setLabel("");
            })
          }
        >
          Issue key
        </Button>
      </Group>
    </Card>
  );
}
