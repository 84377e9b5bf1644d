import { Accordion, Code, Stack, Text } from "@mantine/core";
import { api, must } from "../../api/client.ts";
import { PageTitle, Show, formatTime } from "../../components/common.tsx";
import { ShowPaged } from "../../components/PagedList.tsx";
import { useLoad } from "../../components/use-load.ts";
import { pageQuery, usePaged } from "../../components/use-paged.ts";

/** Catalogue feed imports, newest first, each with its report (added, changed, refused rows). */
export function CatalogueImports() {
  const imports = usePaged((cursor) =>
    must(api.GET("/admin/catalogue/imports", { params: { query: pageQuery(cursor) } })),
  );
  return (
    <Stack>
      <PageTitle title="Catalogue imports">
        Each import&apos;s counts; open one for its full report.
      </PageTitle>
      <ShowPaged paged={imports} noun="imports" empty={<Text size="sm">No import yet.</Text>}>
        {(items) => (
          <Accordion variant="separated">
            {items.map((i) => (
              <Accordion.Item key={i.id} value={i.id}>
                <Accordion.Control>
                  <Text size="sm">
                    {formatTime(i.createdAtMs)} · {i.format} · {i.source ?? "upload"} · {i.rowsTotal} rows: +
                    {i.counts.added} added, {i.counts.changed} changed, {i.counts.refused} refused
                  </Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <ImportReport id={i.id} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
      </ShowPaged>
    </Stack>
  );
}

function ImportReport(props: { id: string }) {
  const detail = useLoad(() =>
    must(api.GET("/admin/catalogue/imports/{import_id}", { params: { path: { import_id: props.id } } })),
  );
  return (
    <Show loaded={detail}>
      {(d) => (
        <Code block style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {JSON.stringify(d.report, null, 2)}
        </Code>
      )}
    </Show>
  );
}
