import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { api, must } from "../../api/client.ts";
import { ErrorNote } from "../../components/common.tsx";
import { navigate } from "../../router.ts";

/** The invitation link's page: the token is in the fragment (never sent in a request line). */
export function AcceptInvite() {
  const token = new URLSearchParams(window.location.hash.slice(1)).get("token") ?? "";
  const [password, setPassword] = useState("");
  const [error, setError] = useState<Error>();
  const [email, setEmail] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setError(undefined);
      const accepted = await must(api.POST("/backoffice/invites/accept", { body: { token, password } }));
      setEmail(accepted.email);
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="lg" w="100%" maw={420} component="main">
        <Title order={1} size="h2" mb="md">
          Join your team
        </Title>
        {email !== undefined ? (
          <Alert color="teal" title="Welcome" data-testid="invite-accepted">
            Your account {email} is ready.{" "}
            <Anchor
              href="/ui/"
              onClick={(event) => {
                event.preventDefault();
                window.history.replaceState(null, "", "/ui/");
                navigate("");
              }}
            >
              Sign in
            </Anchor>
          </Alert>
        ) : (
          <form onSubmit={submit}>
            <Stack>
              <ErrorNote error={error} />
              <PasswordInput
                label="Choose a password"
                description="At least 12 characters"
                required
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              <Button type="submit">Create my account</Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
