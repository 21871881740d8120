import type { IndustryView } from "../../../contracts/industries/industry.ts";
import type { Db } from "../../db/client.ts";
import { listIndustriesWithCounts } from "./industries.repository.ts";

export function createIndustriesService({ db }: { db: Db }) {
  return {
    list: (): Promise<IndustryView[]> => listIndustriesWithCounts(db),
  };
}
export type IndustriesService = ReturnType<typeof createIndustriesService>;
