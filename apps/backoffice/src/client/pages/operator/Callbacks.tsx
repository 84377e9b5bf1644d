import {
  Badge,
  Button,
  Card,
  Code,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useEffect, useState, type FormEvent } from "react";
import { api, must } from "../../api/client.ts";
import { ErrorNote, PageTitle, Show } from "../../components/common.tsx";
import { useLoad } from "../../components/use-load.ts";
import { EnvironmentPicker, type Environment } from "./EnvironmentPicker.tsx";

type Report = Awaited<ReturnType<typeof sendTest>>;
const sendTest = (environment: Environment, playerId: string, currency: string) =>
  must(
    api.POST("/backoffice/environments/{environment}/test-call", {
      params: { path: { environment } },
      body: { playerId, currency },
    }),
  );

/** The callback URL, wire profile and call settings of an environment, and "send a test call". */
export function Callbacks() {
  const [environment, setEnvironment] = useState<Environment>("sandbox");
  const settings = useLoad(
    () =>
      must(
        api.GET("/backoffice/environments/{environment}/wallet-settings", {
          params: { path: { environment } },
        }),
      ),
    [environment],
  );
  const [url, setUrl] = useState("");
  const [profile, setProfile] = useState<"native" | "gamehub">("native");
  const [timeoutMs, setTimeoutMs] = useState<number>(5000);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<Error>();
  const [player, setPlayer] = useState("test-player-1");
  const [currency, setCurrency] = useState("EUR");
  const [report, setReport] = useState<Report>();
  const [testing, setTesting] = useState(false);

  useEffect(() => {
    if (settings.data === undefined) return;
    setUrl(settings.data.callbackUrl ?? "");
    setProfile(settings.data.profile);
    setTimeoutMs(settings.data.timeoutMs);
  }, [settings.data]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setError(undefined);
      setSaved(false);
      await must(
        api.PATCH("/backoffice/environments/{environment}/wallet-settings", {
          params: { path: { environment } },
          body: { callbackUrl: url === "" ? null : url, profile, timeoutMs },
        }),
      );
      setSaved(true);
      settings.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  const test = async () => {
    setTesting(true);
    try {
      setError(undefined);
      setReport(await sendTest(environment, player, currency));
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setTesting(false);
    }
  };

  return (
    <Stack>
      <PageTitle title="Callback URL">
        We call your wallet here for every balance check, bet and win.
      </PageTitle>
      <EnvironmentPicker value={environment} onChange={setEnvironment} />
      <ErrorNote error={error} />
      <Show loaded={settings}>
        {() => (
          <Card withBorder>
            <form onSubmit={save}>
              <Stack>
                <TextInput
                  label="Callback URL"
                  value={url}
                  onChange={(e) => setUrl(e.currentTarget.value)}
                  placeholder="https://wallet.example.com/croupier"
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Select
                    label="Wire profile"
                    data={[
                      { value: "native", label: "Croupier native" },
                      { value: "gamehub", label: "GameHub compatible" },
                    ]}
                    value={profile}
                    onChange={(v) => v !== null && setProfile(v as "native" | "gamehub")}
                    allowDeselect={false}
                  />
                  <NumberInput
                    label="Timeout (ms)"
                    value={timeoutMs}
                    onChange={(v) => typeof v === "number" && setTimeoutMs(v)}
                    min={100}
                    allowDecimal={false}
                  />
                </SimpleGrid>
                <Group>
                  <Button type="submit">Save</Button>
                  {saved ? (
                    <Text size="sm" role="status">
                      Saved.
                    </Text>
                  ) : null}
                </Group>
              </Stack>
            </form>
          </Card>
        )}
      </Show>
      <Card withBorder>
        <Text fw={600} mb="xs">
          Send a test call
        </Text>
        <Text size="sm" c="dimmed" mb="sm">
          A signed <Code>balance</Code> call for a test player; nothing moves.
        </Text>
        <Group align="end">
          <TextInput label="Player id" value={player} onChange={(e) => setPlayer(e.currentTarget.value)} />
          <TextInput
            label="Currency"
            value={currency}
            onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
            w={100}
          />
          <Button onClick={test} loading={testing}>
            Send test call
          </Button>
        </Group>
        {report === undefined ? null : <TestReport report={report} />}
      </Card>
    </Stack>
  );
}

function TestReport(props: { report: Report }) {
  const { report } = props;
  return (
    <Stack mt="md" gap="xs" data-testid="test-call-report">
      <Group>
        <Badge color={report.outcome.kind === "ok" ? "teal.9" : "red"}>{report.outcome.kind}</Badge>
        <Text size="sm">{report.durationMs.toFixed(0)} ms</Text>
        {report.response === null ? null : <Text size="sm">HTTP {report.response.httpStatus}</Text>}
        {report.outcome.balance === undefined ? null : (
          <Text size="sm">balance {report.outcome.balance}</Text>
        )}
        {report.outcome.reason === undefined ? null : <Text size="sm">{report.outcome.reason}</Text>}
      </Group>
      <Text size="sm" fw={500}>
        Request
      </Text>
      <Code block style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {`${report.request.method} ${report.request.url}\n${Object.entries(report.request.headers)
          .map(([k, v]) => `${k}: ${v}`)
          .join("\n")}\n\n${report.request.body ?? ""}`}
      </Code>
      <Text size="sm" fw={500}>
        Response
      </Text>
      <Code block style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {report.response === null ? "(no answer)" : report.response.body}
      </Code>
    </Stack>
  );
}
