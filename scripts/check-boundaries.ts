import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Module boundaries (ENGINEERING.md rule 12), checked on every `npm run lint`:
 * - contracts/ is isomorphic: it imports only contracts/ and libraries;
 * - a server module reaches another only through its service or its table (for joins);
 * - the web app reaches the server only through types, except in `*.server.ts` loader helpers.
 * Type-only imports are free everywhere: they vanish at run time.
 */
const root = path.resolve(import.meta.dirname, "..");
const problems: string[] = [];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : files(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const importPattern = /^\s*import\s+(type\s+)?[^'"]*?from\s+["'](\.[^"']+)["']/gm;

for (const area of ["contracts", "server", "app", "cli"]) {
  for (const file of files(path.join(root, area))) {
    const source = readFileSync(file, "utf8");
    const from = path.relative(root, file);
    for (const match of source.matchAll(importPattern)) {
      if (match[1]) continue;
      const target = path.relative(root, path.resolve(path.dirname(file), match[2]!));
      const problem = check(from, target);
      if (problem) problems.push(`${from}: imports ${target}: ${problem}`);
    }
  }
}

function check(from: string, target: string): string | undefined {
  if (from.startsWith("contracts/") && !target.startsWith("contracts/")) {
    return "contracts/ must stay isomorphic (only contracts/ and libraries)";
  }
  const own = from.match(/^server\/modules\/([^/]+)\//)?.[1];
  const other = target.match(/^server\/modules\/([^/]+)\//)?.[1];
  if (own && other && own !== other && !/\.(service|table)\.ts$/.test(target)) {
    return `another module (${other}) is reached only through its service or table`;
  }
  if (from.startsWith("app/") && target.startsWith("server/") && !from.endsWith(".server.ts")) {
    return "the web app uses server code only in *.server.ts files (or as `import type`)";
  }
  return undefined;
}

if (problems.length > 0) {
  console.error(`Module boundary problems:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  process.exit(1);
}
console.log("Module boundaries: ok");
