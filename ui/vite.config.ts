import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";
import { realpathSync } from "node:fs";
import { defineConfig } from "vitest/config";

// Tauri serves dist/ from its own protocol: relative asset paths, no inline code (the CSP
// allows only 'self' for scripts and styles), and a target that WebKitGTK runs.
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  base: "./",
  clearScreen: false,
  // The legal glossary is shared with the documents (crates/custos-documents/locales): the dev
  // server and the tests may read it there.
  // (node_modules by its real path: a git worktree may link to another checkout's.)
  server: {
    port: 1420,
    strictPort: true,
    fs: { allow: [".", "../crates/custos-documents/locales", realpathSync("node_modules")] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    sourcemap: false,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
