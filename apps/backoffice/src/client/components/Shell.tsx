import { AppShell, Burger, Group, NavLink, Text, Button, ScrollArea } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { navigate } from "../router.ts";

export interface NavItem {
  readonly page: string;
  readonly label: string;
}

/** The signed-in layout: a header, a navigation that folds behind a burger on phones, the page. */
export function Shell(props: {
  title: string;
  email: string;
  nav: readonly NavItem[];
  page: string;
  onSignOut: () => void;
  children: ReactNode;
}) {
  const [opened, { toggle, close }] = useDisclosure();
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Text fw={700}>{props.title}</Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="sm" data-testid="signed-in-as">
              {props.email}
            </Text>
            <Button size="xs" variant="default" onClick={props.onSignOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Pages">
        <ScrollArea>
          {props.nav.map((item) => (
            <NavLink
              key={item.page}
              label={item.label}
              active={props.page === item.page}
              variant="filled"
              href={`/ui/${item.page}`}
              onClick={(event) => {
                event.preventDefault();
                navigate(item.page);
                close();
              }}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <main style={{ maxWidth: 1100 }}>{props.children}</main>
      </AppShell.Main>
    </AppShell>
  );
}
