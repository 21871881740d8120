import { OfficesPage } from "../features/offices/list-page.tsx";
import { loadOffices } from "../features/offices/offices.server.ts";
import { publicPageMeta } from "../features/organizations/seo.ts";
import type { Route } from "./+types/offices.ts";

export function loader(args: Route.LoaderArgs) {
  return loadOffices(args);
}

export const meta = (args: Route.MetaArgs) => publicPageMeta(args);

export default function Offices({ loaderData }: Route.ComponentProps) {
  return <OfficesPage data={loaderData} />;
}
