import { appContext } from "#app-context";
import { requireAdmin } from "../features/admin/admin.server.ts";
import { readAuditQuery } from "../features/admin/audit.query.ts";
import { koreanDate } from "../features/admin/format.ts";
import type { Route } from "./+types/admin-audit-csv.ts";

/**
 * The audit log as CSV with the page's filters (a wrong filter is left out, as on the page), streamed
 * from the service page by page so a long log never sits in memory.
 */
export function loader(args: Route.LoaderArgs) {
  const caller = requireAdmin(args, "audit");
  const { filter } = readAuditQuery(new URL(args.request.url).searchParams);
  const lines = args.context.get(appContext).services.audit.exportCsv(caller, filter);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-log-${koreanDate()}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
