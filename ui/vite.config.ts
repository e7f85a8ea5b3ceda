import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// The Tauri CLI sets TAURI_ENV_* while it runs `beforeDevCommand` /
// `beforeBuildCommand`; outside Tauri (plain `npm run build`, tests) they are unset.
const tauriPlatform = process.env.TAURI_ENV_PLATFORM;
const tauriDebug = Boolean(process.env.TAURI_ENV_DEBUG);
const devHost = process.env.TAURI_DEV_HOST;

export default defineConfig({
  // Always this folder, whichever directory the command was started from
  // (the Tauri CLI runs from the repository root).
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  clearScreen: false,
  envPrefix: ["VITE_", "TAURI_ENV_"],
  server: {
    port: 1420,
    strictPort: true,
    host: devHost || false,
    hmr: devHost ? { protocol: "ws", host: devHost, port: 1421 } : undefined,
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // WebView2 on Windows is Chromium; WebKitGTK and WKWebView are Safari-like.
    target: tauriPlatform === "windows" ? "chrome105" : "safari13",
    minify: tauriDebug ? false : "oxc",
    sourcemap: tauriDebug,
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test/setup.ts"],
    restoreMocks: true,
    // Helpers share two cores: a form test typing key by key may take seconds; no test asserts speed.
    testTimeout: 15_000,
  },
});
