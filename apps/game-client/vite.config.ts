import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The platform serves index.html at /play/<token> and the built files under /play/assets/
// (apps/platform/src/builtin-studio/client-routes.ts): everything is same-origin, nothing external.
export default defineConfig({
  base: "/play/",
  plugins: [react()],
  build: {
    outDir: "dist",
    assetsDir: "assets",
    target: "es2022",
    sourcemap: false,
    // One small app: keep every asset a file (no data: URLs inlined into the CSS or JS).
    assetsInlineLimit: 0,
  },
});
