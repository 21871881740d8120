import { z } from "zod";
import { roles } from "./roles.ts";

/** `read`: GET and HEAD only; `write`: every method. A token gets both unless it is made read-only. */
export const tokenScopes = ["read", "write"] as const;
export type TokenScope = (typeof tokenScopes)[number];

export const tokenView = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
  /** The first characters of the token, so people can tell their tokens apart; the rest is never shown again. */
  prefix: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type TokenView = z.infer<typeof tokenView>;

export const createTokenBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    role: z.enum(roles),
    scopes: z.array(z.enum(tokenScopes)).min(1).max(2).default(["read", "write"]),
    /** A token that acts for one organization, as a member of it (e.g. a partner's CRM syncing its records). */
    organizationId: z.uuid().optional(),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .strict();
