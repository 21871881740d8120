import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { people } from "./people.table.ts";

export type PersonRow = typeof people.$inferSelect;

export function listPeople(db: Executor, organizationId: string): Promise<PersonRow[]> {
  return db
    .select()
    .from(people)
    .where(eq(people.organizationId, organizationId))
    .orderBy(asc(people.position), asc(people.id));
}

export async function findPerson(db: Executor, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.id, id)));
  return row;
}
