import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * `npm test`: every check the project has, in order, each reported; ends with the line
 * `N passed, N failed` that CI reads. Static checks count as one test each.
 */
const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const vitestJson = path.join(root, ".tmp/vitest-results.json");
const playwrightJson = path.join(root, ".tmp/playwright-results.json");

type Step = {
  name: string;
  command: string;
  args: string[];
  count?: () => { passed: number; failed: number };
};

const steps: Step[] = [
  { name: "types", command: bin("react-router"), args: ["typegen"] },
  { name: "typecheck", command: bin("tsc"), args: ["--noEmit"] },
  { name: "lint", command: bin("biome"), args: ["check", "."] },
  { name: "module boundaries", command: bin("node"), args: ["scripts/check-boundaries.ts"] },
  { name: "web build", command: bin("react-router"), args: ["build"] },
  { name: "unit and integration (Vitest)", command: bin("vitest"), args: ["run"], count: countVitest },
  { name: "end-to-end (Playwright)", command: bin("playwright"), args: ["test"], count: countPlaywright },
];

let passed = 0;
let failed = 0;
const summary: string[] = [];
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

for (const step of steps) {
  process.stdout.write(`\n▶ ${step.name}\n`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  const ok = result.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.count) {
    const counted = step.count();
    // A runner that crashed before reporting still counts as a failure.
    const extra = !ok && counted.failed === 0 ? 1 : 0;
    passed += counted.passed;
    failed += counted.failed + extra;
    summary.push(
      `${ok ? "✓" : "✗"} ${step.name}: ${counted.passed} passed, ${counted.failed + extra} failed (${seconds} s)`,
    );
  } else {
    ok ? passed++ : failed++;
    summary.push(`${ok ? "✓" : "✗"} ${step.name} (${seconds} s)`);
  }
}

process.stdout.write(`\n${summary.join("\n")}\n\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);

function countVitest() {
  if (!existsSync(vitestJson)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(vitestJson, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
  };
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function countPlaywright() {
  if (!existsSync(playwrightJson)) return { passed: 0, failed: 0 };
  const { stats } = JSON.parse(readFileSync(playwrightJson, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky };
}
