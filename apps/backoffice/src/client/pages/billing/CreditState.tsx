import { Badge, Group, Paper, Text } from "@mantine/core";
import { formatMinor } from "../../components/common.tsx";

export interface CreditAccount {
  currency: string;
  balanceMinor: number;
  lowCreditThresholdMinor: number;
  state: "ok" | "low" | "exhausted";
}

const COLOR = { ok: "teal.9", low: "yellow.3", exhausted: "red.9" } as const;
const SAYS = {
  ok: "Enough credit.",
  low: "Credit is below the low-credit threshold: top up soon.",
  exhausted: "Credit is used up: top up to keep playing live.",
} as const;

/** The prepaid credit balance with its state (shared by the operator's and the admin's page). */
export function CreditState(props: { account: CreditAccount }) {
  const { account } = props;
  return (
    <Paper withBorder p="md" data-testid="credit-balance">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Text size="sm" c="dimmed">
            Prepaid credit
          </Text>
          <Text size="xl" fw={700}>
            {formatMinor(account.balanceMinor, account.currency)}
          </Text>
        </div>
        <Badge color={COLOR[account.state]} autoContrast size="lg" data-testid="credit-state">
          {account.state}
        </Badge>
      </Group>
      <Text size="sm" mt="xs">
        {SAYS[account.state]} Low-credit threshold:{" "}
        {formatMinor(account.lowCreditThresholdMinor, account.currency)}.
      </Text>
    </Paper>
  );
}
