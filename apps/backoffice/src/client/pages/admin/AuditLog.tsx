import { Code, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { api, must } from "../../api/client.ts";
import { PageTitle, formatTime, TableScroll } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { pageQuery, usePaged } from "../../components/use-paged.ts";

/** Who did what to what, newest first; filter by actor, target and action. */
export function AuditLog() {
  const [filter, setFilter] = useState({ actorId: "", targetId: "", action: "" });
  const query = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== ""));
  const list = usePaged(
    (cursor) => must(api.GET("/admin/audit-log", { params: { query: { ...query, ...pageQuery(cursor) } } })),
    [JSON.stringify(query)],
  );
  const field = (key: keyof typeof filter, label: string) => (
    <TextInput
      label={label}
      value={filter[key]}
      onChange={(e) => setFilter({ ...filter, [key]: e.currentTarget.value })}
    />
  );
  return (
    <Stack>
      <PageTitle title="Audit log" />
      <Group align="end">
        {field("actorId", "Actor id")}
        {field("targetId", "Target id")}
        {field("action", "Action")}
      </Group>
      <ShowPaged paged={list} noun="entries" empty={<Text size="sm">No entries match.</Text>}>
        {(items) => (
          <TableScroll minWidth={700}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Actor</Table.Th>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Target</Table.Th>
                  <Table.Th>Details</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{formatTime(e.atMs)}</Table.Td>
                    <Table.Td>
                      {e.actorKind} {e.actorId}
                    </Table.Td>
                    <Table.Td>{e.action}</Table.Td>
                    <Table.Td>
                      {e.targetKind} {e.targetId}
                    </Table.Td>
                    <Table.Td>
                      <Code style={{ overflowWrap: "anywhere" }}>{JSON.stringify(e.details)}</Code>
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
