import "@mantine/core/styles.css";
import "@mantine/charts/styles.css";
import { MantineProvider, createTheme } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";

// Darker primary shades than Mantine's default blue so text on filled buttons meets WCAG AA.
const theme = createTheme({ primaryColor: "indigo", primaryShade: 8 });

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <App />
    </MantineProvider>
  </StrictMode>,
);
