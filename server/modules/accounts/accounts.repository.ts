import { randomBytes } from "node:crypto";
import { count, desc, eq, ilike, or } from "drizzle-orm";
import type { Role } from "../../../contracts/access/roles.ts";
import type { Db, Executor } from "../../db/client.ts";
import { containsPattern } from "../../platform/ids.ts";
import { appSecrets, users } from "./accounts.table.ts";

/** A secret generated once per database, so every process (servers, CLI) on it signs sessions alike. */
export async function readOrCreateSecret(db: Db, name: string): Promise<string> {
  await db
    .insert(appSecrets)
    .values({ name, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db
    .select({ value: appSecrets.value })
    .from(appSecrets)
    .where(eq(appSecrets.name, name));
  return row!.value;
}

export async function findUser(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row;
}

export async function setUserRole(db: Executor, id: string, role: Role | null) {
  const [row] = await db
    .update(users)
    .set({ role, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return row;
}

/** People by e-mail or name, newest first, with how many organizations each represents. */
export async function listUsers(db: Db, q: string | undefined, page: { limit: number; offset: number }) {
  const where = q
    ? or(ilike(users.email, containsPattern(q)), ilike(users.name, containsPattern(q)))
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        emailVerified: users.emailVerified,
        role: users.role,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
