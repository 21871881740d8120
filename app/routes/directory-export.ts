import { data } from "react-router";
import { appContext } from "#app-context";
import { readOrganizationFilter } from "../../contracts/interchange/export.ts";
import { koreanDate } from "../features/admin/format.ts";
import type { Route } from "./+types/directory-export.ts";

const contentTypes = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
} as const;

/**
 * The directory as the reader filtered it, to download: `/directory/export?format=csv&kind=…` with the
 * directory's own filter parameters (a wrong value is left out, as on the page). CSV is UTF-8 with a
 * byte-order mark so Excel shows Korean; JSON Lines is the interchange format. Public, like the
 * directory; streamed in batches so a large export never sits in memory.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "jsonl") throw data(null, { status: 400 });
  const { filter } = readOrganizationFilter((name) => params.get(name));
  const { services } = context.get(appContext);
  const organizationIds = await services.organizations.matchingIds(filter);
  const chunks = services.interchange.export({ format, type: "organization", organizationIds });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": contentTypes[format],
      "content-disposition": `attachment; filename="daegu-directory-${koreanDate()}.${format}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "x-robots-tag": "noindex",
    },
  });
}
