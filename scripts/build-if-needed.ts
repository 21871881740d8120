import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * `npm start` builds the web app only when its sources are newer than the last build,
 * so a fresh clone works with two commands and a restart stays fast.
 */
const root = path.resolve(import.meta.dirname, "..");
const output = path.join(root, "build/server/index.js");
const sources = [
  "app",
  "contracts",
  "public",
  "vite.config.ts",
  "react-router.config.ts",
  "package-lock.json",
];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

const built = existsSync(output) ? statSync(output).mtimeMs : 0;
const changed = Math.max(...sources.map((source) => newestChange(path.join(root, source))));
if (changed > built) {
  process.stdout.write(
    built ? "Web sources changed; rebuilding …\n" : "Building the web app (first start) …\n",
  );
  execFileSync(path.join(root, "node_modules/.bin/react-router"), ["build"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
