import { Progress, Stack, Text } from "@mantine/core";

export interface RunningReconciliation {
  id: string;
  status: "reading" | "matching" | "done" | "failed";
  from: string;
  to: string;
  environment: string;
  matched: number;
  differences: number;
  progress: { bytesRead: number; linesRead: number; callsToCompare: number; callsCompared: number };
}

export const isRunning = (r: { status: string }) => r.status === "reading" || r.status === "matching";

/**
 * Where a running reconciliation is: reading the ledger (lines so far; the end is unknown until
 * the file is read) or matching (compared so far against the count made when matching began,
 * with the matches and differences found so far).
 */
export function ReconciliationProgress(props: { r: RunningReconciliation }) {
  const { r } = props;
  const { linesRead, callsToCompare, callsCompared } = r.progress;
  const share = callsToCompare === 0 ? 0 : Math.min(100, Math.round((100 * callsCompared) / callsToCompare));
  return (
    <Stack gap={4} data-testid="reconciliation-progress">
      <Text size="sm" fw={600}>
        {r.environment} {r.from} – {r.to}:{" "}
        {r.status === "reading" ? "reading your ledger" : r.status === "matching" ? "matching" : r.status}
      </Text>
      {r.status === "reading" ? (
        <>
          <Progress value={100} animated striped aria-label={`Reading the ledger of ${r.id}`} />
          <Text size="sm" data-testid="reconciliation-progress-text">
            {linesRead} lines read so far
          </Text>
        </>
      ) : (
        <>
          <Progress value={share} aria-label={`Matching ${r.id}: ${share}%`} />
          <Text size="sm" data-testid="reconciliation-progress-text">
            {linesRead} lines read · {callsCompared} of {callsToCompare} compared ({share}%) · {r.matched}{" "}
            matched, {r.differences} {r.differences === 1 ? "difference" : "differences"} so far
          </Text>
        </>
      )}
    </Stack>
  );
}
