import { loadIndustry } from "../features/industries/industries.server.ts";
import { IndustryPage } from "../features/industries/industry-page.tsx";
import { publicPageMeta } from "../features/organizations/seo.ts";
import type { Route } from "./+types/industry.ts";

export function loader(args: Route.LoaderArgs) {
  return loadIndustry(args);
}

export const meta = (args: Route.MetaArgs) => publicPageMeta(args);

export default function Industry({ loaderData }: Route.ComponentProps) {
  return <IndustryPage data={loaderData} />;
}
