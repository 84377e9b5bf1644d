import "@mantine/core/styles.css";
import "@mantine/charts/styles.css";
import { MantineProvider, createTheme, type CSSVariablesResolver } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";

// Darker primary shades than Mantine's default blue so text on filled buttons meets WCAG AA.
const theme = createTheme({ primaryColor: "indigo", primaryShade: 8 });

// Mantine's dimmed text (gray 6) and light-variant labels fall below 4.5:1 on white: one shade darker.
const contrast: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": t.colors.gray[7]!,
    "--mantine-primary-color-light-color": t.colors.indigo[9]!,
    "--mantine-color-indigo-light-color": t.colors.indigo[9]!,
  },
  dark: {},
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={contrast}>
      <App />
    </MantineProvider>
  </StrictMode>,
);
