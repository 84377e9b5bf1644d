import {
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState, type FormEvent } from "react";
import type { Session } from "../../session.ts";
import { AcceptInvite } from "./AcceptInvite.tsx";
import { ForgotPassword, ResetPassword } from "./PasswordReset.tsx";
import { api, must, setSessionToken, type ApiError, type Realm } from "../../api/client.ts";
import { ErrorNote } from "../../components/common.tsx";
import { navigate, usePage } from "../../router.ts";
import { Register } from "./Register.tsx";

/** Sign-in for operator users and admins; operators may register from here. */
export function SignIn(props: { onSignedIn: (session: Session) => void }) {
  const page = usePage();
  const [realm, setRealm] = useState<Realm>(page.startsWith("admin") ? "admin" : "backoffice");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [totpCode, setTotpCode] = useState<string>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  if (page === "register") return <Register />;
  if (page === "accept-invite") return <AcceptInvite />;
  if (page === "forgot-password") return <ForgotPassword realm="backoffice" />;
  if (page === "reset-password") return <ResetPassword realm="backoffice" />;
  if (page === "admin/forgot-password") return <ForgotPassword realm="admin" />;
  if (page === "admin/reset-password") return <ResetPassword realm="admin" />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { email, password, ...(totpCode === undefined ? {} : { totpCode }) };
      const answer =
        realm === "admin"
          ? await must(api.POST("/admin/login", { body }))
          : await must(api.POST("/backoffice/login", { body }));
      setSessionToken(answer.token);
      props.onSignedIn({ realm, email });
      navigate(realm === "admin" ? "admin" : "");
    } catch (caught) {
      if ((caught as ApiError).code === "SECOND_FACTOR_REQUIRED" && totpCode === undefined) setTotpCode("");
      else setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="lg" w="100%" maw={420} component="main">
        <form onSubmit={submit}>
          <Stack>
            <Title order={1} size="h2">
              Croupier backoffice
            </Title>
            <SegmentedControl
              aria-label="Who is signing in"
              value={realm}
              onChange={(value) => setRealm(value as Realm)}
              data={[
                { value: "backoffice", label: "Operator" },
                { value: "admin", label: "Croupier staff" },
              ]}
            />
            <ErrorNote error={error} />
            <TextInput
              label="Email"
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              autoComplete="username"
            />
            <PasswordInput
              label="Password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
            />
            {totpCode === undefined ? null : (
              <TextInput
                label="Authenticator code"
                description="The 6-digit code from your app, or a recovery code"
                required
                autoComplete="one-time-code"
                value={totpCode}
                onChange={(e) => setTotpCode(e.currentTarget.value)}
              />
            )}
            <Button type="submit" loading={busy}>
              Sign in
            </Button>
            {realm === "backoffice" ? (
              <Text size="sm">
                New operator?{" "}
                <Anchor
                  href="/ui/register"
                  onClick={(event) => {
                    event.preventDefault();
                    navigate("register");
                  }}
                >
                  Apply for an account
                </Anchor>
              </Text>
            ) : null}
            <Text size="sm">
              <Anchor
                href={realm === "admin" ? "/ui/admin/forgot-password" : "/ui/forgot-password"}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(realm === "admin" ? "admin/forgot-password" : "forgot-password");
                }}
              >
                Forgot your password?
              </Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
