import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { api, must } from "../../api/client.ts";
import { ErrorNote, PageTitle, formatTime } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { pageQuery, usePaged } from "../../components/use-paged.ts";
import { ReasonDialog } from "./ReasonDialog.tsx";

/** Operator applications waiting for review: approve, or reject with a reason. */
export function Applications() {
  const list = usePaged((cursor) =>
    must(api.GET("/admin/registrations", { params: { query: pageQuery(cursor) } })),
  );
  const [rejecting, setRejecting] = useState<string>();
  const [error, setError] = useState<Error>();
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
      <PageTitle title="Applications">Operators waiting for review, newest first.</PageTitle>
      <ErrorNote error={error} />
      <ShowPaged paged={list} noun="applications" empty={<Text size="sm">No applications are waiting.</Text>}>
        {(items) =>
          items.map((o) => (
            <Card withBorder key={o.id} data-testid="application">
              <Text fw={600}>{o.companyName}</Text>
              <Text size="sm">
                {o.website} · {o.contact.name} &lt;{o.contact.email}&gt;
              </Text>
              <Text size="sm">
                Licences {o.licenceJurisdictions.join(", ")} · currencies {o.currencies.join(", ")}
              </Text>
              <Text size="sm" c="dimmed" mt={4}>
                {o.platformDescription}
              </Text>
              <Text size="xs" c="dimmed">
                Applied {formatTime(o.createdAtMs)}
              </Text>
              <Group mt="sm">
                <Button
                  onClick={() =>
                    act(() => must(api.POST("/admin/operators/{operatorId}/approve", path(o.id))))
                  }
                >
                  Approve
                </Button>
                <Button color="red.9" variant="outline" onClick={() => setRejecting(o.id)}>
                  Reject…
                </Button>
              </Group>
            </Card>
          ))
        }
      </ShowPaged>
      <ReasonDialog
        title="Reject the application"
        action="Reject"
        opened={rejecting !== undefined}
        onClose={() => setRejecting(undefined)}
        onConfirm={(reason) => {
          const id = rejecting!;
          setRejecting(undefined);
          void act(() =>
            must(api.POST("/admin/operators/{operatorId}/reject", { ...path(id), body: { reason } })),
          );
        }}
      />
    </Stack>
  );
}
