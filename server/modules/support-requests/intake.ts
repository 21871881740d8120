import { eq, sql } from "drizzle-orm";
import type { Locale } from "../../../contracts/common/locale-text.ts";
import { pickText } from "../../../contracts/common/locale-text.ts";
import type { OrganizationKind } from "../../../contracts/organizations/organization.ts";
import {
  type SupportRequestCreate,
  supportRequestCreate,
} from "../../../contracts/support-requests/support-request.ts";
import { supportServiceNames } from "../../../contracts/support-requests/vocabulary.ts";
import type { Db, Executor, Tx } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { AppError, invalid } from "../../platform/errors.ts";
import type { FileStorage } from "../../platform/files/storage.ts";
import { issuePath, localizeIssue } from "../../platform/i18n.ts";
import { isUuid } from "../../platform/ids.ts";
import type { Jobs } from "../../platform/jobs/jobs.ts";
import type { MailService } from "../../platform/mail/mail.service.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { officeCalendar } from "../offices/offices.service.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { checkAttachments, storeAttachments, type UploadedFile } from "./attachments.ts";
import { chooseAssignee, officeForMarket } from "./routing.ts";
import { scheduleSla } from "./sla.jobs.ts";
import { dueTimes } from "./sla.ts";
import {
  caseUrl,
  companyPeople,
  officePeople,
  recipients,
  sendEach,
  usersById,
} from "./support-requests.mail.ts";
import { isCity, organizationsOf } from "./support-requests.policy.ts";
import { type CaseRecord, insertEvent } from "./support-requests.repository.ts";
import { supportRequests } from "./support-requests.table.ts";
import { actorName } from "./thread.ts";
import { userIdOf } from "./workflow.ts";

export type IntakeDeps = {
  db: Db;
  audit: AuditService;
  mail: Pick<MailService, "send">;
  files: FileStorage;
  jobs?: Jobs | undefined;
  baseURL: string;
};

const forbidden = (field: string, message: string) =>
  new AppError("FORBIDDEN", { fields: [{ field, message }] });

/** The API's schema again in the service (pages and the CLI call it without HTTP), in the caller's language. */
export function parseCreate(input: unknown, locale: Locale): SupportRequestCreate {
  const parsed = supportRequestCreate.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError("VALIDATION_FAILED", {
    fields: parsed.error.issues.map((issue) => ({
      field: issuePath(issue),
      message: localizeIssue(issue, locale),
    })),
  });
}

type Company = {
  id: string;
  kind: OrganizationKind;
  scope: "local" | "global";
  name: CaseRecord["companyName"];
};

async function findCompany(ex: Executor, id: string): Promise<Company | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await ex
    .select({
      id: organizations.id,
      kind: organizations.kind,
      scope: organizations.scope,
      name: organizations.name,
    })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
}

const companyKinds: readonly OrganizationKind[] = ["startup", "sme", "manufacturer", "enterprise"];

/** An organization the city may ask for: a local organization or a company, never an office. */
const isCompany = (org: Company) =>
  org.kind !== "overseas-office" && (org.scope === "local" || companyKinds.includes(org.kind));

/**
 * Whether the actor asks in this organization's name as a company: they act in it as a company member
 * (a membership's capacity, or an organization token with that role), or it is a local organization.
 */
function asksAsCompany(actor: Actor, org: Company): boolean {
  if (org.kind === "overseas-office") return false;
  const capacity = actor.memberships?.find((m) => m.organizationId === org.id)?.actsAs;
  const companyToken = actor.kind === "token" && actor.role === "company-member";
  return capacity === "company-member" || companyToken || org.scope === "local";
}

/**
 * The company asking: `companyId` when given (one of the actor's organizations; the city may name any
 * company), else the organization the actor acts for.
 */
export async function resolveCompany(
  ex: Executor,
  actor: Actor,
  companyId: string | undefined,
): Promise<Company> {
  const own = organizationsOf(actor);
  if (isCity(actor) && companyId && !own.includes(companyId)) {
    const company = await findCompany(ex, companyId);
    if (!company) throw invalid("companyId", "is not an organization of the directory");
    if (!isCompany(company)) throw invalid("companyId", "must be a local company");
    return company;
  }
  const id = companyId ?? actor.organizationId;
  if (!id) {
    if (isCity(actor)) throw invalid("companyId", "is required when you act for no organization");
    throw forbidden("companyId", "you must act for a local company");
  }
  if (!own.includes(id)) throw forbidden("companyId", "must be an organization you belong to");
  const company = await findCompany(ex, id);
  if (!company) throw invalid("companyId", "is not an organization of the directory");
  if (!asksAsCompany(actor, company)) throw forbidden("companyId", "you must act for a local company");
  return company;
}

/**
 * A new request, in one transaction: the company and office are resolved, a staff member chosen, the row
 * written with its clocks (priority normal), its first status event (and the assignment), the files, the
 * audit event, the SLA jobs and the mail to the company and the office. Files are checked before anything
 * is written; their bytes are stored inside the transaction, so a later failure leaves orphan bytes (never
 * reachable without a row) but no rows.
 */
export async function intake(
  deps: IntakeDeps,
  caller: Caller,
  raw: SupportRequestCreate,
  files: UploadedFile[],
  options: { locale?: Locale | undefined; now?: Date | undefined },
): Promise<CaseRecord> {
  const { actor } = caller;
  const input = parseCreate(raw, options.locale ?? "ko");
  const checked = await checkAttachments(files);
  const now = options.now ?? new Date();
  return deps.db.transaction(async (tx) => {
    const company = await resolveCompany(tx, actor, input.companyId);
    const office = await officeForMarket(tx, input.targetMarket);
    if (!office.services.includes(input.service)) {
      throw invalid(
        "service",
        `is not offered by the office serving this market: ${office.services.join(", ")}`,
      );
    }
    // One request of an office is routed at a time, so two arriving together do not both go to the same
    // least-loaded person.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`support-routing:${office.id}`}, 0))`,
    );
    const assigneeId = await chooseAssignee(tx, office, input.service);
    const calendar = officeCalendar(office, now);
    const due = dueTimes({ createdAt: now, slaPausedMinutes: 0 }, office.slaTargets.normal, calendar);
    const [row] = await tx
      .insert(supportRequests)
      .values({
        companyId: company.id,
        officeId: office.id,
        requestedBy: userIdOf(actor),
        assigneeId,
        service: input.service,
        targetMarket: input.targetMarket,
        subject: input.subject,
        description: input.description,
        preferredLanguage: input.preferredLanguage,
        priority: "normal",
        status: "new",
        ...due,
        createdAt: now,
        updatedAt: now,
        lastActivityAt: now,
      })
      .returning();
    const request = row!;
    const name = await actorName(tx, actor);
    const event = { requestId: request.id, actorId: userIdOf(actor), actorLabel: name, createdAt: now };
    await insertEvent(tx, { ...event, kind: "status", fromStatus: null, toStatus: "new" });
    const [assignee] = assigneeId ? await usersById(tx, [assigneeId]) : [];
    if (assignee) {
      await insertEvent(tx, {
        ...event,
        kind: "assignment",
        detail: { assigneeId: assignee.userId, assignee: assignee.name, routed: true },
      });
    }
    const attachments = await storeAttachments(tx, deps.files, {
      requestId: request.id,
      messageId: null,
      uploadedBy: userIdOf(actor),
      files: checked,
    });
    await deps.audit.record(
      caller,
      {
        action: "support-request.create",
        resourceType: "support-request",
        resourceId: request.id,
        after: {
          ...request,
          attachments: attachments.map((a) => ({
            id: a.id,
            name: a.name,
            kind: a.kind,
            size: a.size,
            sha256: a.sha256,
          })),
        },
      },
      tx,
    );
    await scheduleSla(deps.jobs, tx, request, office);
    const record: CaseRecord = { row: request, office, companyName: company.name };
    await mailIntake(deps, tx, actor, record, options.locale);
    return record;
  });
}

/**
 * "Received" to the company's members (and the person who asked, if not one of them), in the request's
 * language; "assigned" to the assignee, or to every staff member while nobody is, in Korean.
 */
async function mailIntake(
  deps: IntakeDeps,
  tx: Tx,
  actor: Actor,
  record: CaseRecord,
  locale: Locale | undefined,
): Promise<void> {
  const { row, office } = record;
  const company = await companyPeople(tx, record);
  const asker =
    actor.kind === "user" && !company.some((p) => p.userId === actor.id)
      ? await usersById(tx, [actor.id], locale ?? row.preferredLanguage)
      : [];
  const common = (recipientLocale: Locale) => ({
    number: row.number,
    subject: row.subject,
    service: supportServiceNames[row.service][recipientLocale],
    office: pickText(office.name, recipientLocale),
    firstResponseDueAt: row.firstResponseDueAt?.toISOString() ?? null,
    timeZone: office.timeZone,
  });
  await sendEach(deps.mail, tx, "support-request-received", [...company, ...asker], (to) => ({
    ...common(to.locale),
    name: to.name,
    url: caseUrl(deps.baseURL, row.id, to.locale),
  }));
  const staff = recipients(actor, await officePeople(tx, record));
  await sendEach(deps.mail, tx, "support-request-assigned", staff, (to) => ({
    ...common(to.locale),
    name: to.name,
    company: pickText(record.companyName, to.locale),
    assignedToYou: row.assigneeId === to.userId,
    url: caseUrl(deps.baseURL, row.id, to.locale),
  }));
}
