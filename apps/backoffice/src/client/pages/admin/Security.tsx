import { Badge, Button, Card, Group, Stack, Switch, Table, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { api, must } from "../../api/client.ts";
import { ErrorNote, PageTitle, Show, TableScroll } from "../../components/common.tsx";
import { useLoad } from "../../components/use-load.ts";
import { AccountSecurity } from "../account/AccountSecurity.tsx";
import { SecondFactor } from "../account/SecondFactor.tsx";

/** Your admin account (second factor, password, sessions) and where a second factor is required. */
export function Security() {
  const account = useLoad(() => must(api.GET("/admin/account")));
  return (
    <Stack>
      <PageTitle title="Security">Your admin account, and the second factor admins require.</PageTitle>
      <Show loaded={account}>
        {(a) => (
          <Stack>
            <Card withBorder>
              <Text size="sm" data-testid="admin-email">
                {a.email}
              </Text>
            </Card>
            <SecondFactor realm="admin" state={a.secondFactor} onChange={account.reload} />
            <AccountSecurity realm="admin" />
          </Stack>
        )}
      </Show>
      <TotpRequirements />
    </Stack>
  );
}

/** Require a second factor of admins, of every operator's users, or of some operators' users. */
function TotpRequirements() {
  const requirements = useLoad(() => must(api.GET("/admin/security/totp-requirements")));
  const [operatorId, setOperatorId] = useState("");
  const [error, setError] = useState<Error>();
  const run = async (action: () => Promise<unknown>) => {
    try {
      setError(undefined);
      await action();
      requirements.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  const setOperator = (id: string, required: boolean) =>
    run(() =>
      must(
        api.PUT("/admin/operators/{operatorId}/totp-requirement", {
          params: { path: { operatorId: id } },
          body: { required },
        }),
      ),
    );
  const addOperator = (event: FormEvent) => {
    event.preventDefault();
    void setOperator(operatorId.trim(), true).then(() => setOperatorId(""));
  };
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">
        Required second factor
      </Text>
      <Text size="sm" mb="sm">
        Accounts concerned that have none can, from their next request, only set one up. Every change is in
        the audit log.
      </Text>
      <ErrorNote error={error} />
      <Show loaded={requirements}>
        {(r) => (
          <Stack gap="sm">
            <Switch
              label="Every admin"
              checked={r.admins}
              onChange={(e) =>
                run(() =>
                  must(
                    api.PUT("/admin/security/totp-requirements", {
                      body: { admins: e.currentTarget.checked, operators: r.operators },
                    }),
                  ),
                )
              }
            />
            <Switch
              label="Every operator's users"
              checked={r.operators}
              onChange={(e) =>
                run(() =>
                  must(
                    api.PUT("/admin/security/totp-requirements", {
                      body: { admins: r.admins, operators: e.currentTarget.checked },
                    }),
                  ),
                )
              }
            />
            <form onSubmit={addOperator}>
              <Group align="end">
                <TextInput
                  label="One operator's users (operator id)"
                  placeholder="op_…"
                  required
                  value={operatorId}
                  onChange={(e) => setOperatorId(e.currentTarget.value)}
                />
                <Button type="submit" variant="default">
                  Require
                </Button>
              </Group>
            </form>
            {r.operatorIds.length === 0 ? null : (
              <TableScroll minWidth={320} label="Operators requiring a second factor">
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Operator</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.operatorIds.map((id) => (
                      <Table.Tr key={id}>
                        <Table.Td>
                          {id} <Badge size="sm">required</Badge>
                        </Table.Td>
                        <Table.Td>
                          <Button size="xs" variant="default" onClick={() => setOperator(id, false)}>
                            Make optional
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </Stack>
        )}
      </Show>
    </Card>
  );
}
