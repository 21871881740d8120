import { type Locale, pickText } from "../../../contracts/common/locale-text.ts";
import {
  type ReferralCreate,
  type ReferralReport,
  type ReferralStatus,
  referralReport,
  referralStatusNames,
  type SupportRequestView,
} from "../../../contracts/support-requests/support-request.ts";
import type { Tx } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { AppError, invalid, notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import { hashSecretToken, newSecretToken } from "../../platform/secret-token.ts";
import { caseView } from "./case-view.ts";
import {
  findPartnerOrganization,
  findReferralByTokenHash,
  insertReferral,
  lockReferral,
  type ReferralRow,
  updateReferral,
} from "./referrals.repository.ts";
import { caseUrl, companyPeople, officePeople, recipients, sendEach } from "./support-requests.mail.ts";
import { canSeeCase, canUseSupportDesk, canWorkOn, isOfficeSide } from "./support-requests.policy.ts";
import {
  type CaseRecord,
  findCase,
  insertEvent,
  lockCase,
  partiesOf,
  updateCase,
} from "./support-requests.repository.ts";
import type { SupportRequestsDeps, WriteOptions } from "./support-requests.service.ts";
import { actorName } from "./thread.ts";
import { notWhile, userIdOf } from "./workflow.ts";

/*
 * Closed-loop referrals (EcoMap's "referrals that report back"): the office refers a case to an outside
 * partner (KOTRA, a chamber of commerce); the partner's contact gets a personal link and reports through it
 * whether they accept, decline or completed it, without an account. The outcome comes back into the case
 * for both sides. Only the link's SHA-256 is stored.
 */

type Deps = Pick<SupportRequestsDeps, "db" | "audit" | "mail" | "baseURL">;

/** Where the partner reports from, for the audit log (the page passes the client's address). */
export type ReferralReportOptions = WriteOptions & {
  ip?: string | undefined;
  userAgent?: string | undefined;
};

/** sent → accepted | declined | completed; accepted → declined | completed; declined and completed are final. */
export const referralTransitions: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ["accepted", "declined", "completed"],
  accepted: ["declined", "completed"],
  declined: [],
  completed: [],
};

/** The statuses a referral may be reported as next (none once final). */
export const nextReferralStatuses = (status: ReferralStatus) =>
  referralTransitions[status] as readonly ("accepted" | "declined" | "completed")[];

export const isFinalReferral = (status: ReferralStatus) => referralTransitions[status].length === 0;

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

/**
 * The partner's contact reads Korean when the partner is a Korean organization of the directory or the
 * office wrote its note in Korean; else English (KOTRA's and chambers' offices abroad).
 */
export function partnerLocale(country: string | null | undefined, note: string): Locale {
  return country === "KR" || HANGUL.test(note) ? "ko" : "en";
}

/** The report-back page in the partner's language. */
export const referralUrl = (baseURL: string, token: string, locale: Locale) =>
  `${baseURL}${locale === "en" ? "/en" : ""}/referrals/${token}`;

/**
 * Who reports through the link, as the audit log records it: no account and no role (it may do nothing
 * else), named after the partner, one id per referral.
 */
export function partnerCaller(
  referral: Pick<ReferralRow, "id" | "partnerName">,
  from: ReferralReportOptions,
) {
  const actor: Actor = {
    kind: "system",
    id: `referral:${referral.id}`,
    label: `referral ${referral.partnerName}`,
    role: undefined,
  };
  return { actor, ip: from.ip, userAgent: from.userAgent } satisfies Caller;
}

/** A referral as the audit log keeps it: never the token's hash. */
const audited = ({ reportTokenHash: _hash, ...rest }: ReferralRow) => rest;

/** The case for an office-side write on a referral: unknown or invisible → 404, the company's side → 403. */
async function officeCase(tx: Tx, actor: Actor, id: string): Promise<CaseRecord> {
  const record = await lockCase(tx, id);
  if (!record) throw notFound();
  const parties = partiesOf(record);
  if (!canSeeCase(actor, parties)) throw notFound();
  if (!isOfficeSide(actor, parties)) throw new AppError("FORBIDDEN");
  return record;
}

/** The office refers the case to a partner; with a contact address, the partner gets the report-back link. */
export async function refer(
  deps: Deps,
  caller: Caller | undefined,
  id: string,
  input: ReferralCreate,
  options: WriteOptions,
): Promise<SupportRequestView> {
  authorize(caller?.actor, canUseSupportDesk);
  const actor = caller.actor;
  if (!isUuid(id)) throw notFound();
  const now = options.now ?? new Date();
  return deps.db.transaction(async (tx) => {
    const record = await officeCase(tx, actor, id);
    if (!canWorkOn(actor, partiesOf(record))) {
      throw new AppError("INVALID_TRANSITION", {
        fields: [{ field: "partnerName", message: notWhile(record.row.status) }],
        detail: "a closed request cannot be referred",
      });
    }
    const partner = input.partnerOrganizationId
      ? await findPartnerOrganization(tx, input.partnerOrganizationId)
      : undefined;
    if (input.partnerOrganizationId && !partner) {
      throw invalid("partnerOrganizationId", "is not an organization of the directory");
    }
    const token = input.contactEmail ? newSecretToken("ref_") : undefined;
    const label = await actorName(tx, actor);
    const referral = await insertReferral(tx, {
      requestId: id,
      partnerName: input.partnerName,
      partnerOrganizationId: partner?.id ?? null,
      contactEmail: input.contactEmail ?? null,
      note: input.note,
      status: "sent",
      reportTokenHash: token ? hashSecretToken(token) : null,
      referredBy: userIdOf(actor),
      referredByLabel: label,
    });
    await insertEvent(tx, {
      requestId: id,
      kind: "referral",
      actorId: userIdOf(actor),
      actorLabel: label,
      detail: { referralId: referral.id, partnerName: referral.partnerName, status: "sent" },
    });
    await updateCase(tx, id, {});
    await deps.audit.record(
      caller,
      {
        action: "support-request.refer",
        resourceType: "support-request",
        resourceId: id,
        after: audited(referral),
      },
      tx,
    );
    const after = (await findCase(tx, id))!;
    const { row, office } = after;
    await sendEach(
      deps.mail,
      tx,
      "support-referral-sent",
      recipients(actor, await companyPeople(tx, after)),
      (r) => ({
        name: r.name,
        number: row.number,
        subject: row.subject,
        partner: referral.partnerName,
        office: pickText(office.name, r.locale),
        url: caseUrl(deps.baseURL, id, r.locale),
      }),
    );
    if (token && referral.contactEmail) {
      const locale = partnerLocale(partner?.country, referral.note);
      await deps.mail.send(
        {
          kind: "support-referral-invite",
          to: referral.contactEmail,
          locale,
          params: {
            name: "",
            partner: referral.partnerName,
            company: pickText(after.companyName, locale),
            office: pickText(office.name, locale),
            subject: row.subject,
            note: referral.note,
            url: referralUrl(deps.baseURL, token, locale),
          },
        },
        { tx },
      );
    }
    return caseView(tx, actor, after, now);
  });
}

/**
 * One report on a referral, by the office or by the partner: the transition, the history line, the audit
 * event, and mail to the office's people and the company, in the caller's transaction.
 */
async function applyReport(
  deps: Deps,
  tx: Tx,
  record: CaseRecord,
  before: ReferralRow,
  input: ReferralReport,
  by: { caller: Caller; actorId: string | null; label: string },
): Promise<void> {
  if (!referralTransitions[before.status].includes(input.status)) {
    // Only a final referral or a repeated "accepted" lands here: either way, it already is what it is.
    const message = `is not possible: the referral is already ${referralStatusNames[before.status].en.toLowerCase()}`;
    throw new AppError("INVALID_TRANSITION", {
      fields: [{ field: "status", message }],
      detail: `status ${message}`,
    });
  }
  const id = record.row.id;
  const after = await updateReferral(tx, before.id, {
    status: input.status,
    ...(input.outcome ? { outcome: input.outcome } : {}),
  });
  await insertEvent(tx, {
    requestId: id,
    kind: "referral",
    actorId: by.actorId,
    actorLabel: by.label,
    detail: {
      referralId: after.id,
      partnerName: after.partnerName,
      status: after.status,
      previousStatus: before.status,
    },
  });
  await updateCase(tx, id, {});
  await deps.audit.record(
    by.caller,
    {
      action: "support-request.report-referral",
      resourceType: "support-request",
      resourceId: id,
      before: audited(before),
      after: audited(after),
    },
    tx,
  );
  const to = recipients(by.caller.actor, await officePeople(tx, record), await companyPeople(tx, record));
  await sendEach(deps.mail, tx, "support-referral-reported", to, (r) => ({
    name: r.name,
    number: record.row.number,
    subject: record.row.subject,
    partner: after.partnerName,
    status: after.status,
    outcome: after.outcome ?? undefined,
    reporter: by.label,
    url: caseUrl(deps.baseURL, id, r.locale),
  }));
}

/** The office records where a referral stands (the partner told them by phone, or has no contact address). */
export async function reportReferral(
  deps: Deps,
  caller: Caller | undefined,
  id: string,
  referralId: string,
  input: ReferralReport,
  options: WriteOptions,
): Promise<SupportRequestView> {
  authorize(caller?.actor, canUseSupportDesk);
  const actor = caller.actor;
  if (!isUuid(id) || !isUuid(referralId)) throw notFound();
  const now = options.now ?? new Date();
  return deps.db.transaction(async (tx) => {
    const record = await officeCase(tx, actor, id);
    const referral = await lockReferral(tx, id, referralId);
    if (!referral) throw notFound();
    await applyReport(deps, tx, record, referral, input, {
      caller,
      actorId: userIdOf(actor),
      label: await actorName(tx, actor),
    });
    return caseView(tx, actor, (await findCase(tx, id))!, now);
  });
}

/** A report-back link's token is ours only if it is a plausible token: no hashing of megabytes. */
const plausible = (token: string) => token.length > 0 && token.length <= 200;

/** What the report-back page shows the partner holding the link: the office's note, never internal notes. */
export async function referralByToken(deps: Deps, token: string) {
  if (!plausible(token)) return undefined;
  const referral = await findReferralByTokenHash(deps.db, hashSecretToken(token));
  if (!referral) return undefined;
  const record = await findCase(deps.db, referral.requestId);
  if (!record) return undefined;
  return {
    partnerName: referral.partnerName,
    status: referral.status,
    outcome: referral.outcome,
    subject: record.row.subject,
    companyName: record.companyName,
    officeName: record.office.name,
    note: referral.note,
  };
}

/** The partner reports through the link: the same transitions as the office's, until the referral is final. */
export async function reportByToken(
  deps: Deps,
  token: string,
  input: ReferralReport,
  options: ReferralReportOptions,
): Promise<void> {
  // The page validates with the same schema; a direct call gets the same field errors.
  const parsed = referralReport.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(String(issue.path[0] ?? "status"), issue.message);
  }
  if (!plausible(token)) throw notFound();
  await deps.db.transaction(async (tx) => {
    const found = await findReferralByTokenHash(tx, hashSecretToken(token));
    if (!found) throw notFound();
    // The request first, then the referral: the same lock order as the office's writes.
    const record = await lockCase(tx, found.requestId);
    const referral = record && (await lockReferral(tx, found.requestId, found.id));
    if (!record || !referral) throw notFound();
    await applyReport(deps, tx, record, referral, parsed.data, {
      caller: partnerCaller(referral, options),
      actorId: null,
      label: referral.partnerName,
    });
  });
}
