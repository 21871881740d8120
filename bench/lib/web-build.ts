import { existsSync } from "node:fs";
import { runToEnd } from "./child.ts";

/** The real server renders pages from build/; build it first when it is missing, as `npm start` does. */
export async function ensureWebBuild(): Promise<void> {
  if (existsSync("scripts/build-if-needed.ts")) {
    await runToEnd(process.execPath, ["scripts/build-if-needed.ts"], {
      env: process.env,
      timeoutMs: 300_000,
      stdio: "inherit",
    });
  } else if (!existsSync("build/server/index.js")) {
    await runToEnd("node_modules/.bin/react-router", ["build"], {
      env: process.env,
      timeoutMs: 300_000,
      stdio: "inherit",
    });
  }
}
