import { data } from "react-router";
import {
  loadOpportunity,
  opportunityAction,
  opportunityInit,
} from "../features/opportunities/detail.server.ts";
import { OpportunityPage } from "../features/opportunities/detail-page.tsx";
import { publicPageMeta } from "../features/organizations/seo.ts";
import type { Route } from "./+types/opportunity.ts";

export async function loader(args: Route.LoaderArgs) {
  const loaded = await loadOpportunity(args);
  return data(loaded, opportunityInit(loaded));
}

export const action = (args: Route.ActionArgs) => opportunityAction(args);

export function headers({ loaderHeaders }: Route.HeadersArgs) {
  return loaderHeaders;
}

export const meta = (args: Route.MetaArgs) => publicPageMeta(args);

export default function Opportunity({ loaderData }: Route.ComponentProps) {
  return <OpportunityPage data={loaderData} />;
}
