import { z } from "zod";

export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as KR or US");

export const kebabCode = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and -)");

export const externalId = z.string().trim().min(1).max(200);

export const isoDate = z.iso.date({ message: "must be an ISO 8601 date (YYYY-MM-DD)" });
