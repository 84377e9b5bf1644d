import { Button, Card, Group, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { api, must } from "../../api/client.ts";
import { ErrorNote, PageTitle, Show, TableScroll, formatTime } from "../../components/common.tsx";
import { useLoad } from "../../components/use-load.ts";

type Role = "owner" | "developer" | "finance" | "viewer";
const ROLES = [
  { value: "owner", label: "Owner — everything, incl. the team" },
  { value: "developer", label: "Developer — integration and explorer" },
  { value: "finance", label: "Finance — explorer and exports" },
  { value: "viewer", label: "Viewer — read only" },
];

/** Members and their roles, invitations by email; owners change, everyone reads. */
export function Team(props: { role: Role }) {
  const team = useLoad(() => must(api.GET("/backoffice/team")));
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("developer");
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<Error>();
  const owner = props.role === "owner";
  const act = async (run: () => Promise<unknown>, done?: string) => {
    try {
      setError(undefined);
      await run();
      setNote(done);
      team.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  const invite = (event: FormEvent) => {
    event.preventDefault();
    void act(
      () => must(api.POST("/backoffice/team/invites", { body: { email, role } })),
      `Invitation sent to ${email}.`,
    );
    setEmail("");
  };
  return (
    <Stack>
      <PageTitle title="Team">Who can use this backoffice, and what each role may do.</PageTitle>
      {owner ? (
        <Card withBorder>
          <form onSubmit={invite}>
            <Group align="end">
              <TextInput
                label="Email"
                type="email"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
              />
              <Select
                label="Role"
                data={ROLES}
                value={role}
                onChange={(v) => v !== null && setRole(v as Role)}
                allowDeselect={false}
                miw={260}
              />
              <Button type="submit">Invite</Button>
            </Group>
          </form>
        </Card>
      ) : (
        <Text size="sm">Only owners change the team.</Text>
      )}
      <ErrorNote error={error} />
      {note === undefined ? null : (
        <Text size="sm" role="status">
          {note}
        </Text>
      )}
      <Show loaded={team}>
        {({ members, invites }) => (
          <Stack>
            <TableScroll minWidth={560} label="Members">
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Member</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th>Last sign-in</Table.Th>
                    <Table.Th>Action</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {members.map((m) => (
                    <Table.Tr key={m.userId}>
                      <Table.Td>{m.email}</Table.Td>
                      <Table.Td>
                        {owner ? (
                          <Select
                            aria-label={`Role of ${m.email}`}
                            data={ROLES.map((r) => ({ value: r.value, label: r.value }))}
                            value={m.role}
                            allowDeselect={false}
                            onChange={(v) =>
                              v !== null &&
                              act(
                                () =>
                                  must(
                                    api.PATCH("/backoffice/team/members/{userId}", {
                                      params: { path: { userId: m.userId } },
                                      body: { role: v as Role },
                                    }),
                                  ),
                                "Role changed.",
                              )
                            }
                            w={140}
                          />
                        ) : (
                          m.role
                        )}
                      </Table.Td>
                      <Table.Td>{formatTime(m.lastLoginAtMs)}</Table.Td>
                      <Table.Td>
                        {owner ? (
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() =>
                              window.confirm(`Remove ${m.email}? Their sessions end now.`) &&
                              act(
                                () =>
                                  must(
                                    api.DELETE("/backoffice/team/members/{userId}", {
                                      params: { path: { userId: m.userId } },
                                    }),
                                  ),
                                "Member removed.",
                              )
                            }
                          >
                            Remove
                          </Button>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            {invites.length === 0 ? null : (
              <>
                <Text fw={600}>Open invitations</Text>
                {invites.map((i) => (
                  <Group key={i.id} gap="sm">
                    <Text size="sm">
                      {i.email} as {i.role}, until {formatTime(i.expiresAtMs)}
                    </Text>
                    {owner ? (
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() =>
                          act(
                            () =>
                              must(
                                api.DELETE("/backoffice/team/invites/{inviteId}", {
                                  params: { path: { inviteId: i.id } },
                                }),
                              ),
                            "Invitation withdrawn.",
                          )
                        }
                      >
                        Withdraw
                      </Button>
                    ) : null}
                  </Group>
                ))}
              </>
            )}
          </Stack>
        )}
      </Show>
    </Stack>
  );
}
