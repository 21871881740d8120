import { writeFileSync } from "node:fs";
import type pg from "pg";
import { syntheticCompany } from "../../server/modules/demo/synthetic.ts";
import { runToEnd } from "./child.ts";
import { percentile } from "./percentile.ts";

/** The first request after an import (it pays the matching snapshot's reload) against warm ones. */
export type FirstRequest = {
  firstRequestMs: number;
  warmP50Ms: number;
  reloadMs: number;
  warmRequests: number;
};

/** Latency of one client asking again and again: the request's own cost, without the load's queueing. */
export type Sequential = { p50Ms: number; p95Ms: number; n: number };

const warmRequests = 20;

/** `n` requests one after another (after one discarded), p50 and p95 of their latencies. */
export async function timeSequential(
  url: string,
  headers: Record<string, string>,
  n: number,
): Promise<Sequential> {
  await timed(url, headers);
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) times[i] = await timed(url, headers);
  times.sort();
  return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), n };
}

/**
 * Requests `url` once right away (the matching service notices the new data version and reloads its
 * snapshot of organizations and opportunities), then `warmRequests` more one after another: reloadMs is the
 * first request's latency above the warm median.
 */
export async function timeFirstRequest(url: string, headers: Record<string, string>): Promise<FirstRequest> {
  const firstRequestMs = await timed(url, headers);
  const warm = new Float64Array(warmRequests);
  for (let i = 0; i < warmRequests; i++) warm[i] = await timed(url, headers);
  const warmP50Ms = percentile(warm.sort(), 50);
  return { firstRequestMs, warmP50Ms, reloadMs: Math.max(0, firstRequestMs - warmP50Ms), warmRequests };
}

async function timed(url: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(300_000) });
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 300)}`);
  return ms;
}

/**
 * A small second import through `gateway import`: `count` synthetic eyewear companies with one more
 * capability in their offering (so their offered concepts change), as a partner's weekly update might.
 * Seconds taken by the CLI.
 */
export async function importChangedCompanies(
  pool: pg.Pool,
  dataDir: string,
  file: string,
  count: number,
): Promise<number> {
  // The zones the demo import saw, so that the records differ from the stored ones in their offering only.
  const { rows } = await pool.query<{ code: string }>("select code from zones");
  const zones = new Set(rows.map((row) => row.code));
  const lines: string[] = [];
  for (let n = 1; lines.length < count; n++) {
    const company = syntheticCompany(n, zones);
    if (!company.industries?.includes("eyewear") || !company.offering) continue;
    const offering = {
      ...(company.offering.ko ? { ko: `${company.offering.ko}, 스마트안경` } : {}),
      ...(company.offering.en ? { en: `${company.offering.en}, smart glasses` } : {}),
    };
    lines.push(JSON.stringify({ ...company, offering }));
  }
  writeFileSync(file, `${lines.join("\n")}\n`);
  const started = performance.now();
  await runToEnd(process.execPath, ["cli/gateway.ts", "import", file], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    timeoutMs: 300_000,
    stdio: "inherit",
  });
  return (performance.now() - started) / 1000;
}
