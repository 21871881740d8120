import { appContext } from "#app-context";
import { type SupportStatus, supportStatuses } from "../../../contracts/support-requests/vocabulary.ts";
import { offsetOf, pageUrl } from "../../page-url.ts";
import { asRoute } from "../../route-errors.server.ts";
import { requireUser } from "../accounts/session.server.ts";
import {
  type Args,
  companiesOf,
  localeOf,
  officesOf,
  queuesOf,
  rowOf,
  worksQueues,
} from "./support.server.ts";

const PAGE = 50;

export type StatusFilter = SupportStatus | "open";

export function statusFilterOf(value: string | null): StatusFilter | undefined {
  if (value === "open") return "open";
  return supportStatuses.find((status) => status === value);
}

/**
 * `/support`: the requests of the person's companies (`?status=` filters, `?offset=` pages) and, for
 * office staff and the city, links to the queues they work.
 */
export async function loadMyRequests(args: Args) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const locale = localeOf(args.request);
  const staff = worksQueues(caller);
  const [companies, offices] = await Promise.all([
    companiesOf(caller, services),
    staff ? officesOf(services, caller) : Promise.resolve([]),
  ]);
  const status = statusFilterOf(url.searchParams.get("status"));
  const offset = offsetOf(url);
  const mine =
    companies.length > 0
      ? await asRoute(
          services.supportRequests.list(caller, {
            scope: "mine",
            ...(status ? { status } : {}),
            sort: "updated",
            limit: PAGE,
            offset,
          }),
        )
      : null;
  return {
    companies,
    staff,
    queues: queuesOf(caller, offices).map((office) => ({ id: office.id, name: office.name })),
    status: status ?? null,
    mine: mine
      ? { items: mine.items.map((item) => rowOf(item, locale)), total: mine.total, offset, limit: PAGE }
      : null,
  };
}
