import { queueRow } from "../lib/support-queue-sql.ts";

// The queue filtered to requests whose SLA is breached (a recorded breach, or a running clock past due).
export const row = queueRow("&sla=breached", "breached");
