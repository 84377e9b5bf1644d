import { Button, Group, Loader, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { ErrorNote } from "./common.tsx";
import type { Paged } from "./use-paged.ts";

/**
 * A paged list's states: loading, error, empty, or the items so far followed by how many are
 * shown and a "Load more" button while the server has more.
 */
export function ShowPaged<T>(props: {
  paged: Paged<T>;
  /** What the list is, for the button's accessible name ("Load more rounds"). */
  noun: string;
  empty: ReactNode;
  children: (items: readonly T[]) => ReactNode;
}) {
  const { paged } = props;
  if (!paged.loaded) {
    if (paged.error !== undefined) return <ErrorNote error={paged.error} />;
    return <Loader size="sm" aria-label="Loading" />;
  }
  if (paged.items.length === 0 && !paged.hasMore) return <>{props.empty}</>;
  return (
    <>
      {props.children(paged.items)}
      <LoadMore paged={paged} noun={props.noun} />
    </>
  );
}

/** "Rounds shown: N" and, while the server has more, a button that fetches the next page. */
export function LoadMore<T>(props: { paged: Paged<T>; noun: string }) {
  const { paged } = props;
  return (
    <>
      <ErrorNote error={paged.error} />
      <Group gap="sm" data-testid="list-footer">
        <Text size="sm" c="dimmed" data-testid="list-count">
          {props.noun.charAt(0).toUpperCase() + props.noun.slice(1)} shown: {paged.items.length}
          {paged.hasMore ? ", more to load" : " (all)"}
        </Text>
        {paged.hasMore ? (
          <Button
            size="compact-sm"
            variant="default"
            loading={paged.loading}
            onClick={paged.loadMore}
            aria-label={`Load more ${props.noun}`}
          >
            Load more
          </Button>
        ) : null}
      </Group>
    </>
  );
}
