import { queueRow } from "../lib/support-queue-sql.ts";

// The queue searched by subject words: 바이어 (buyer), an ILIKE through the subject's pg_trgm index.
export const row = queueRow(`&q=${encodeURIComponent("바이어")}`, "text", "바이어");
