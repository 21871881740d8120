import { customType } from "drizzle-orm/pg-core";

/** A PostgreSQL `tsvector`, written from lexemes the application computes (server/platform/search). */
export const tsvector = customType<{ data: string; driverData: string }>({
  dataType: () => "tsvector",
});
