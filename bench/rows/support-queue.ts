import { queueRow } from "../lib/support-queue-sql.ts";

// The LA office's queue as its staff opens it (issue 6: 100,000 requests, about 30,000 of them open): open
// requests, earliest due first, 50 a page, with the admin token. Raw: the same page and count by hand.
export const row = queueRow("", "none");
