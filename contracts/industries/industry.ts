import { z } from "zod";
import { industryGroups } from "./taxonomy.ts";

export const industryView = z.object({
  code: z.string(),
  parent: z.string().nullable(),
  group: z.enum(industryGroups),
  name: z.object({ ko: z.string(), en: z.string() }),
  organizationCount: z.number().int(),
});
export type IndustryView = z.infer<typeof industryView>;
