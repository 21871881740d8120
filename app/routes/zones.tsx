import { publicPageMeta } from "../features/organizations/seo.ts";
import { loadZones } from "../features/zones/zones.server.ts";
import { ZonesPage } from "../features/zones/zones-page.tsx";
import type { Route } from "./+types/zones.ts";

export function loader(args: Route.LoaderArgs) {
  return loadZones(args);
}

export const meta = (args: Route.MetaArgs) => publicPageMeta(args);

export default function Zones({ loaderData }: Route.ComponentProps) {
  return <ZonesPage data={loaderData} />;
}
