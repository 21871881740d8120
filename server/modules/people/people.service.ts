import { eq } from "drizzle-orm";
import type { PersonInput, PersonView } from "../../../contracts/people/person.ts";
import type { Db } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { OrganizationsService } from "../organizations/organizations.service.ts";
import { findPerson, listPeople, type PersonRow } from "./people.repository.ts";
import { people } from "./people.table.ts";

/** People of organizations; who may see their contact details is the organizations module's rule. */
export function createPeopleService(deps: {
  db: Db;
  audit: AuditService;
  organizations: OrganizationsService;
}) {
  const { db, audit, organizations } = deps;
  const view = (row: PersonRow, contact: boolean): PersonView => ({
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    title: row.title,
    ...(contact ? { contact: { email: row.email, phone: row.phone } } : {}),
  });

  return {
    async list(organizationId: string, actor?: Actor): Promise<PersonView[]> {
      if (!isUuid(organizationId)) throw notFound();
      const contact = organizations.canSeeContacts(actor, organizationId);
      return (await listPeople(db, organizationId)).map((row) => view(row, contact));
    },

    async add(caller: Caller | undefined, organizationId: string, input: PersonInput): Promise<PersonView> {
      authorize(caller?.actor, (actor) => organizations.canEdit(actor, organizationId));
      await organizations.get(organizationId);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(people)
          .values({ organizationId, ...columns(input) })
          .returning();
        await audit.record(
          caller,
          { action: "person.add", resourceType: "person", resourceId: row!.id, after: row },
          tx,
        );
        return view(row!, true);
      });
    },

    async update(caller: Caller | undefined, organizationId: string, id: string, input: PersonInput) {
      authorize(caller?.actor, (actor) => organizations.canEdit(actor, organizationId));
      return db.transaction(async (tx) => {
        const before =
          isUuid(id) && isUuid(organizationId) ? await findPerson(tx, organizationId, id) : undefined;
        if (!before) throw notFound();
        const [row] = await tx
          .update(people)
          .set({ ...columns(input), updatedAt: new Date() })
          .where(eq(people.id, id))
          .returning();
        await audit.record(
          caller,
          { action: "person.update", resourceType: "person", resourceId: id, before, after: row },
          tx,
        );
        return view(row!, true);
      });
    },

    async remove(caller: Caller | undefined, organizationId: string, id: string): Promise<void> {
      authorize(caller?.actor, (actor) => organizations.canEdit(actor, organizationId));
      await db.transaction(async (tx) => {
        const before =
          isUuid(id) && isUuid(organizationId) ? await findPerson(tx, organizationId, id) : undefined;
        if (!before) throw notFound();
        await tx.delete(people).where(eq(people.id, id));
        await audit.record(
          caller,
          { action: "person.remove", resourceType: "person", resourceId: id, before },
          tx,
        );
      });
    },
  };
}
export type PeopleService = ReturnType<typeof createPeopleService>;

function columns(input: PersonInput) {
  return {
    name: input.name,
    title: input.title ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    position: input.position ?? 0,
  };
}
