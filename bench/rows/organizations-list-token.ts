import type { BenchRow } from "../lib/row.ts";

// The public list as an API client sees it: the token is looked up by its SHA-256 hash on every request.
// Baseline: the same request without the header.
export const row: BenchRow = {
  method: "GET",
  path: "/api/v1/organizations?limit=20",
  auth: "token",
};
