import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The platform serves the app under /ui/ (apps/platform/src/backoffice-app/static-routes.ts);
// it calls /backoffice and /admin on the same origin, nothing external.
export default defineConfig({
  base: "/ui/",
  plugins: [react()],
  build: {
    outDir: "dist",
    assetsDir: "assets",
    target: "es2022",
    sourcemap: false,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
});
