import type { BenchRow } from "../lib/row.ts";

// The public list as a signed-in user sees it: Better Auth checks the signed session cookie on every request
// (its 5-minute cookie cache spares the session query). Baseline: the same request without the cookie.
export const row: BenchRow = {
  method: "GET",
  path: "/api/v1/organizations?limit=20",
  auth: "session",
};
