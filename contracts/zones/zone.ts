import { z } from "zod";
import { localizedText } from "../common/localized.ts";

export const zoneView = z.object({
  id: z.string(),
  code: z.string(),
  name: localizedText,
  designation: localizedText.nullable(),
  organizationCount: z.number().int(),
});
export type ZoneView = z.infer<typeof zoneView>;
