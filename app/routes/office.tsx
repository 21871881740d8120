import { data } from "react-router";
import { OfficePage } from "../features/offices/office-page.tsx";
import { loadOffice, officeInit } from "../features/offices/offices.server.ts";
import { publicPageMeta } from "../features/organizations/seo.ts";
import type { Route } from "./+types/office.ts";

export async function loader(args: Route.LoaderArgs) {
  const office = await loadOffice(args);
  return data(office, officeInit(office));
}

export function headers({ loaderHeaders }: Route.HeadersArgs) {
  return loaderHeaders;
}

export const meta = (args: Route.MetaArgs) => publicPageMeta(args);

export default function Office({ loaderData }: Route.ComponentProps) {
  return <OfficePage data={loaderData} />;
}
