import { z } from "zod";
import { localizedText } from "../common/localized.ts";

/** A person of an organization: name and title for everyone, e-mail and phone only for those allowed. */
export const personView = z.object({
  id: z.string(),
  organizationId: z.string(),
  name: localizedText,
  title: localizedText.nullable(),
  contact: z.object({ email: z.string().nullable(), phone: z.string().nullable() }).optional(),
});
export type PersonView = z.infer<typeof personView>;

/** Adding or changing a person. */
export const personInput = z.object({
  name: localizedText,
  title: localizedText.nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,30}$/, "must be a phone number such as +82 53-120-1234")
    .nullable()
    .optional(),
  position: z.number().int().min(0).max(1000).optional(),
});
export type PersonInput = z.infer<typeof personInput>;
