import type { FirstRequest, Sequential } from "./matching-reload.ts";
import type { ResultRow } from "./report.ts";

/** Issue 5's budget for a top-10 match list at 100,000 organizations and 10,000 opportunities. */
export const matchingBudgetP95Ms = 50;

export type MatchingReload = {
  companies: number;
  opportunities: number;
  changedCompanies: number;
  afterImport: FirstRequest;
  afterSmallImport: FirstRequest;
  smallImportSeconds: number;
  /** One client, by row name: the budget's latency without the 10 connections' queueing. */
  sequential: Record<string, Sequential>;
};

/** The recompute figures and the /matches rows against the budget, for the bench's printed summary. */
export function printMatching(matching: MatchingReload, results: ResultRow[]): void {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const line = (label: string, timing: FirstRequest) =>
    `  ${label}: first request ${ms(timing.firstRequestMs)} against a warm p50 of ${timing.warmP50Ms.toFixed(1)} ms over ${timing.warmRequests} sequential → reload ≈ ${ms(timing.reloadMs)}`;
  console.log(
    "Matching recompute (the in-memory snapshot of organizations and opportunities reloads on a new data version):",
  );
  const count = (n: number) => n.toLocaleString("en");
  console.log(
    line(
      `after the demo import (${count(matching.companies)} companies + ${count(matching.opportunities)} opportunities)`,
      matching.afterImport,
    ),
  );
  console.log(
    line(
      `after gateway import of ${matching.changedCompanies} changed companies (${matching.smallImportSeconds.toFixed(1)} s)`,
      matching.afterSmallImport,
    ),
  );
  const verdict = (p95: number) => (p95 <= matchingBudgetP95Ms ? "within" : "OVER");
  console.log(`Matching budget: p95 ≤ ${matchingBudgetP95Ms} ms`);
  for (const row of results.filter((result) => result.name.includes("/matches"))) {
    const one = matching.sequential[row.name];
    const alone = one
      ? `; one client: p50 ${one.p50Ms.toFixed(1)} ms, p95 ${one.p95Ms.toFixed(1)} ms (${verdict(one.p95Ms)})`
      : "";
    console.log(
      `  ${row.name}: p95 ${row.p95Ms.toFixed(1)} ms (${verdict(row.p95Ms)}) with 10 connections${alone}`,
    );
  }
}

/** The matching figures for bench/results.json (an extra top-level key), numbers to 0.01. */
export function matchingDetails(matching: MatchingReload) {
  const round = (value: number) => Math.round(value * 100) / 100;
  const timing = (t: FirstRequest) => ({
    firstRequestMs: round(t.firstRequestMs),
    warmP50Ms: round(t.warmP50Ms),
    reloadMs: round(t.reloadMs),
    warmRequests: t.warmRequests,
  });
  return {
    companies: matching.companies,
    opportunities: matching.opportunities,
    budgetP95Ms: matchingBudgetP95Ms,
    reloadAfterImportMs: round(matching.afterImport.reloadMs),
    reloadAfterSmallImportMs: round(matching.afterSmallImport.reloadMs),
    afterImport: timing(matching.afterImport),
    oneClient: Object.fromEntries(
      Object.entries(matching.sequential).map(([name, t]) => [
        name,
        { p50Ms: round(t.p50Ms), p95Ms: round(t.p95Ms), requests: t.n },
      ]),
    ),
    afterSmallImport: {
      changedCompanies: matching.changedCompanies,
      importSeconds: round(matching.smallImportSeconds),
      ...timing(matching.afterSmallImport),
    },
  };
}
