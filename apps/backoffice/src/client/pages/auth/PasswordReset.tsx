import { Alert, Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from "@mantine/core";
import { useState, type FormEvent, type ReactNode } from "react";
import type { Realm } from "../../api/client.ts";
import { accountApi } from "../account/account-api.ts";
import { ErrorNote } from "../../components/common.tsx";

function Frame(props: { title: string; children: ReactNode }) {
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="lg" w="100%" maw={420} component="main">
        <Title order={1} size="h2" mb="md">
          {props.title}
        </Title>
        {props.children}
      </Paper>
    </Center>
  );
}

/** "Forgot your password?": a one-time link goes to the email (if it has an account of the realm). */
export function ForgotPassword(props: { realm: Realm }) {
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<Error>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await accountApi[props.realm].askReset(email);
      setSent(true);
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Frame title="Reset your password">
      {sent ? (
        <Alert color="teal" title="Check your mail">
          If {email} has an account, a link to choose a new password is on its way (valid for one hour).
        </Alert>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <ErrorNote error={error} />
            <TextInput
              label="Email"
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <Button type="submit">Send the link</Button>
          </Stack>
        </form>
      )}
    </Frame>
  );
}

/** The reset link's page: the token is in the URL fragment. */
export function ResetPassword(props: { realm: Realm }) {
  const token = new URLSearchParams(window.location.hash.slice(1)).get("token") ?? "";
  const [password, setPassword] = useState("");
  const [done, setDone] = useState(false);
  const [error, setError] = useState<Error>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setError(undefined);
      await accountApi[props.realm].confirmReset(token, password);
      setDone(true);
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Frame title="Choose a new password">
      {done ? (
        <Alert color="teal" title="Password changed">
          Every session of your account was signed out.{" "}
          <a href={props.realm === "admin" ? "/ui/admin" : "/ui/"}>Sign in</a> with the new password.
        </Alert>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <ErrorNote error={error} />
            <PasswordInput
              label="New password"
              description="At least 12 characters"
              required
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit">Set the password</Button>
          </Stack>
        </form>
      )}
    </Frame>
  );
}
