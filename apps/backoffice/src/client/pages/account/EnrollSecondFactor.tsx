import { Alert, Button, Stack } from "@mantine/core";
import { useState } from "react";
import type { Realm } from "../../api/client.ts";
import { PageTitle } from "../../components/common.tsx";
import { SecondFactor } from "./SecondFactor.tsx";

/**
 * What an account sees, and all it can do, while an admin requires a second factor it has not
 * set up (the server refuses everything else): the setup, then its recovery codes, then on.
 */
export function EnrollSecondFactor(props: {
  realm: Realm;
  state: { enabled: boolean; recoveryCodesLeft: number; required: boolean };
  onEnrolled: () => void;
}) {
  // The recovery codes show once the factor is on: the app waits until they were read.
  const [enabledHere, setEnabledHere] = useState(false);
  return (
    <Stack>
      <PageTitle title="Set up two-step sign-in" />
      <Alert color="red.9" variant="filled" title="Required for your account">
        An admin requires a second factor for your account. Set it up with an authenticator app to continue.
      </Alert>
      <SecondFactor
        realm={props.realm}
        state={enabledHere ? { ...props.state, enabled: true } : props.state}
        onChange={() => setEnabledHere(true)}
      />
      {enabledHere ? <Button onClick={props.onEnrolled}>I stored my recovery codes: continue</Button> : null}
    </Stack>
  );
}
