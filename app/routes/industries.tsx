import { loadIndustries } from "../features/industries/industries.server.ts";
import { IndustriesPage } from "../features/industries/industries-page.tsx";
import { publicPageMeta } from "../features/organizations/seo.ts";
import type { Route } from "./+types/industries.ts";

export function loader(args: Route.LoaderArgs) {
  return loadIndustries(args);
}

export const meta = (args: Route.MetaArgs) => publicPageMeta(args);

export default function Industries({ loaderData }: Route.ComponentProps) {
  return <IndustriesPage data={loaderData} />;
}
