import { publicPageMeta } from "../features/organizations/seo.ts";
import { ZonePage } from "../features/zones/zone-page.tsx";
import { loadZone } from "../features/zones/zones.server.ts";
import type { Route } from "./+types/zone.ts";

export function loader(args: Route.LoaderArgs) {
  return loadZone(args);
}

export const meta = (args: Route.MetaArgs) => publicPageMeta(args);

export default function Zone({ loaderData }: Route.ComponentProps) {
  return <ZonePage data={loaderData} />;
}
