import { defineConfig, devices } from "@playwright/test";
import { e2eDataDir, e2ePort } from "./e2e/server.ts";

const PORT = e2ePort;
const baseURL = `http://localhost:${PORT}`;

/** Debian's Chromium: browsers are never downloaded (the platform must run on a closed network). */
const launchOptions = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: ".tmp/test-results",
  reporter: [["list"], ["json", { outputFile: ".tmp/playwright-results.json" }]],
  use: {
    baseURL,
    locale: "ko-KR",
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], channel: undefined, launchOptions },
    },
    {
      name: "phone",
      testMatch: ["home.spec.ts"],
      use: { ...devices["Pixel 7"], channel: undefined, launchOptions },
    },
  ],
  webServer: {
    // A fresh database every run, so the demo data is loaded exactly as a first start would.
    // Every browser here shares 127.0.0.1, so per-address limits (sign-in, and the global one the whole suite
    // would add up to) are lifted; Vitest proves they hold.
    command: `rm -rf ${e2eDataDir} && DATA_DIR=${e2eDataDir} PORT=${PORT} AUTH_RATE_LIMIT=off RATE_LIMIT_PER_MINUTE=100000 node_modules/.bin/node server/main.ts`,
    url: `${baseURL}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
