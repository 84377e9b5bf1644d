import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Select,
  Stack,
  TextInput,
  Textarea,
  Title,
  Text,
} from "@mantine/core";
import { useState, type FormEvent } from "react";
import { api, must } from "../../api/client.ts";
import { ErrorNote } from "../../components/common.tsx";
import { navigate } from "../../router.ts";

const VOLUMES = [
  { value: "under_100k", label: "Under €100k a month" },
  { value: "100k_1m", label: "€100k – €1M" },
  { value: "1m_10m", label: "€1M – €10M" },
  { value: "10m_100m", label: "€10M – €100M" },
  { value: "over_100m", label: "Over €100M" },
] as const;

type Volume = (typeof VOLUMES)[number]["value"];

const list = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s !== "");

/** The operator application: company, licences, currencies, volume and the first user. */
export function Register() {
  const [form, setForm] = useState({
    companyName: "",
    website: "https://",
    contactName: "",
    contactEmail: "",
    jurisdictions: "",
    currencies: "EUR",
    volume: "under_100k" as Volume,
    description: "",
    email: "",
    password: "",
  });
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const answer = await must(
        api.POST("/backoffice/registrations", {
          body: {
            companyName: form.companyName,
            website: form.website,
            contact: { name: form.contactName, email: form.contactEmail },
            licenceJurisdictions: list(form.jurisdictions),
            currencies: list(form.currencies),
            expectedMonthlyVolume: { range: form.volume },
            platformDescription: form.description,
            user: { email: form.email, password: form.password },
          },
        }),
      );
      setDone(answer.operatorId);
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };

  const signIn = (
    <Anchor
      href="/ui/"
      onClick={(event) => {
        event.preventDefault();
        navigate("");
      }}
    >
      Sign in
    </Anchor>
  );

  return (
    <Center p="md">
      <Paper withBorder p="lg" w="100%" maw={560} component="main">
        <Title order={1} size="h2" mb="md">
          Apply for an operator account
        </Title>
        {done !== undefined ? (
          <Alert color="green" title="Application received" data-testid="registration-done">
            Your application {done} is pending review. Sign in to follow its status: sandbox access opens as
            soon as it is approved. {signIn}
          </Alert>
        ) : (
          <form onSubmit={submit}>
            <Stack>
              <ErrorNote error={error} />
              <TextInput
                label="Company name"
                required
                value={form.companyName}
                onChange={(e) => set("companyName")(e.currentTarget.value)}
              />
              <TextInput
                label="Website"
                required
                value={form.website}
                onChange={(e) => set("website")(e.currentTarget.value)}
              />
              <TextInput
                label="Contact name"
                required
                value={form.contactName}
                onChange={(e) => set("contactName")(e.currentTarget.value)}
              />
              <TextInput
                label="Contact email"
                type="email"
                required
                value={form.contactEmail}
                onChange={(e) => set("contactEmail")(e.currentTarget.value)}
              />
              <TextInput
                label="Licence jurisdictions"
                description="ISO codes, e.g. MT, GB, US-NJ"
                required
                value={form.jurisdictions}
                onChange={(e) => set("jurisdictions")(e.currentTarget.value)}
              />
              <TextInput
                label="Currencies"
                description="ISO 4217 codes, e.g. EUR, GBP"
                required
                value={form.currencies}
                onChange={(e) => set("currencies")(e.currentTarget.value)}
              />
              <Select
                label="Expected monthly volume"
                data={[...VOLUMES]}
                value={form.volume}
                onChange={(v) => v !== null && set("volume")(v)}
                allowDeselect={false}
              />
              <Textarea
                label="Your platform"
                description="Players, wallet, markets"
                required
                autosize
                minRows={3}
                value={form.description}
                onChange={(e) => set("description")(e.currentTarget.value)}
              />
              <Title order={2} size="h4">
                Your sign-in
              </Title>
              <TextInput
                label="Your email"
                type="email"
                required
                value={form.email}
                onChange={(e) => set("email")(e.currentTarget.value)}
                autoComplete="username"
              />
              <PasswordInput
                label="Password"
                description="At least 12 characters"
                required
                value={form.password}
                onChange={(e) => set("password")(e.currentTarget.value)}
                autoComplete="new-password"
              />
              <Button type="submit" loading={busy}>
                Submit application
              </Button>
              <Text size="sm">Already registered? {signIn}</Text>
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
