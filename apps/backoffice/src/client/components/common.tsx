import { Alert, Button, Code, CopyButton, Group, Loader, Text, Title, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import type { Loaded } from "./use-load.ts";

/** A page's heading and a line saying what the page is for. */
export function PageTitle(props: { title: string; children?: ReactNode }) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Title order={2}>{props.title}</Title>
      {props.children === undefined ? null : (
        <Text c="dimmed" size="sm" mt={4}>
          {props.children}
        </Text>
      )}
    </div>
  );
}

export function ErrorNote(props: { error: Error | undefined }) {
  if (props.error === undefined) return null;
  const code = (props.error as { code?: string }).code;
  return (
    <Alert color="red" title={code ?? "Error"} role="alert" mb="sm">
      {props.error.message}
    </Alert>
  );
}

/** Loading spinner, error or the content of a loaded value. */
export function Show<T>(props: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  if (props.loaded.error !== undefined) return <ErrorNote error={props.loaded.error} />;
  if (props.loaded.data === undefined) return <Loader size="sm" aria-label="Loading" />;
  return <>{props.children(props.loaded.data)}</>;
}

/** A secret or id in monospace with a copy button. */
export function CopyValue(props: { value: string; label: string; testId?: string }) {
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
      <Code data-testid={props.testId} style={{ overflowWrap: "anywhere", minWidth: 0 }}>
        {props.value}
      </Code>
      <CopyButton value={props.value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? "Copied" : "Copy"}>
            <Button size="compact-xs" variant="default" onClick={copy} aria-label={`Copy ${props.label}`}>
              {copied ? "Copied" : "Copy"}
            </Button>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

export function formatTime(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? "—" : new Date(ms).toISOString().replace("T", " ").slice(0, 19);
}

/** Minor units as a decimal string with two places (display only; money stays integer). */
export function formatMinor(minor: number | null | undefined, currency = ""): string {
  if (minor === null || minor === undefined) return "—";
  const sign = minor < 0 ? "-" : "";
  const digits = String(Math.abs(minor)).padStart(3, "0");
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}${currency === "" ? "" : ` ${currency}`}`;
}

/**
 * A wide table that scrolls sideways on a phone. The region is focusable and named so keyboard
 * users can scroll it too.
 */
export function TableScroll(props: { minWidth: number; label?: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={props.label ?? "Table"}
      tabIndex={0}
      style={{ overflowX: "auto", maxWidth: "100%" }}
    >
      <div style={{ minWidth: props.minWidth }}>{props.children}</div>
    </div>
  );
}
