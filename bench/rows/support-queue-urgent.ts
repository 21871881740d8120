import { queueRow } from "../lib/support-queue-sql.ts";

// The queue filtered to urgent requests (about 5 % of the open ones).
export const row = queueRow("&priority=urgent", "urgent");
