import { Badge, Card, Stack, Text } from "@mantine/core";
import { api, must } from "../../api/client.ts";
import { PageTitle, Show } from "../../components/common.tsx";
import { useLoad } from "../../components/use-load.ts";
import { AccountSecurity } from "../account/AccountSecurity.tsx";
import { SecondFactor } from "../account/SecondFactor.tsx";

/** Your own account: role, the TOTP second factor with recovery codes, password and sessions. */
export function Account() {
  const account = useLoad(() => must(api.GET("/backoffice/account")));
  return (
    <Stack>
      <PageTitle title="Your account" />
      <Show loaded={account}>
        {(a) => (
          <Stack>
            <Card withBorder>
              <Text size="sm">{a.email}</Text>
              <Text size="sm">
                Role <Badge data-testid="my-role">{a.role}</Badge>
              </Text>
            </Card>
            <SecondFactor realm="backoffice" state={a.secondFactor} onChange={account.reload} />
            <AccountSecurity realm="backoffice" />
          </Stack>
        )}
      </Show>
    </Stack>
  );
}
