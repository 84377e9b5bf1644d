import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { api, must } from "../../api/client.ts";
import { ErrorNote, PageTitle, formatTime, TableScroll } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { pageQuery, usePaged } from "../../components/use-paged.ts";
import { ReasonDialog } from "./ReasonDialog.tsx";

type Status = "pending" | "sandbox" | "live" | "rejected" | "suspended";

/** Every operator: search, filter by status, suspend (with a reason) and reinstate. */
export function Operators() {
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<Status | null>(null);
  const [suspending, setSuspending] = useState<string>();
  const [error, setError] = useState<Error>();
  const list = usePaged(
    (cursor) =>
      must(
        api.GET("/admin/operators", {
          params: {
            query: {
              ...(search === "" ? {} : { search }),
              ...(status === null ? {} : { status }),
              ...pageQuery(cursor),
            },
          },
        }),
      ),
    [search, status],
  );
  const act = async (run: () => Promise<unknown>) => {
    try {
      setError(undefined);
      await run();
      list.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  const path = (operatorId: string) => ({ params: { path: { operatorId } } });
  return (
    <Stack>
      <PageTitle title="Operators" />
      <Group align="end">
        <TextInput
          label="Search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          placeholder="Company or email"
        />
        <Select
          label="Status"
          clearable
          data={["pending", "sandbox", "live", "rejected", "suspended"]}
          value={status}
          onChange={(v) => setStatus(v as Status | null)}
        />
      </Group>
      <ErrorNote error={error} />
      <ShowPaged paged={list} noun="operators" empty={<Text size="sm">No operators match.</Text>}>
        {(items) => (
          <TableScroll minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Company</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Since</Table.Th>
                  <Table.Th>Action</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>{o.companyName}</Table.Td>
                    <Table.Td>
                      <Badge>{o.status}</Badge>
                    </Table.Td>
                    <Table.Td>{formatTime(o.updatedAtMs)}</Table.Td>
                    <Table.Td>
                      {o.status === "suspended" ? (
                        <Button
                          size="compact-sm"
                          onClick={() =>
                            act(() => must(api.POST("/admin/operators/{operatorId}/reinstate", path(o.id))))
                          }
                        >
                          Reinstate
                        </Button>
                      ) : o.status === "sandbox" || o.status === "live" ? (
                        <Button
                          size="compact-sm"
                          color="red"
                          variant="default"
                          onClick={() => setSuspending(o.id)}
                        >
                          Suspend…
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </ShowPaged>
      <ReasonDialog
        title="Suspend the operator"
        action="Suspend"
        opened={suspending !== undefined}
        onClose={() => setSuspending(undefined)}
        onConfirm={(reason) => {
          const id = suspending!;
          setSuspending(undefined);
          void act(() =>
            must(api.POST("/admin/operators/{operatorId}/suspend", { ...path(id), body: { reason } })),
          );
        }}
      />
    </Stack>
  );
}
