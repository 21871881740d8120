import type { Locale } from "../../../contracts/common/locale-text.ts";
import type { OfficeDashboard } from "../../../contracts/offices/office.ts";
import type {
  AttachmentView,
  BulkAction,
  BulkResult,
  MessageCreate,
  RatingCreate,
  ReferralCreate,
  ReferralReport,
  ReferralStatus,
  SupportRequestCreate,
  SupportRequestListQuery,
  SupportRequestPatch,
  SupportRequestSummary,
  SupportRequestView,
  TransitionCreate,
} from "../../../contracts/support-requests/support-request.ts";
import type { Db } from "../../db/client.ts";
import type { Caller } from "../../platform/actor.ts";
import type { FileStorage, StoredFile } from "../../platform/files/storage.ts";
import type { Jobs } from "../../platform/jobs/jobs.ts";
import type { MailService } from "../../platform/mail/mail.service.ts";
import { authorize } from "../../platform/policy.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { UploadedFile } from "./attachments.ts";
import { runBulk } from "./bulk.ts";
import { attachFiles, getCase, openAttachment } from "./case-access.ts";
import { caseView } from "./case-view.ts";
import { officeDashboard } from "./dashboard.ts";
import { intake } from "./intake.ts";
import { listRequests } from "./queue.ts";
import {
  type ReferralReportOptions,
  refer,
  referralByToken,
  reportByToken,
  reportReferral,
} from "./referrals.ts";
import { startSlaWorker } from "./sla.jobs.ts";
import { createSlaWork } from "./sla.sweep.ts";
import { canUseSupportDesk } from "./support-requests.policy.ts";
import { applyMessage, checkMessageFiles, staffForCase } from "./thread.ts";
import { applyRating, applyTransition, applyUpdate, withCase } from "./workflow.ts";

export type { UploadedFile } from "./attachments.ts";

/** Options of a write: the language of the page or request, for the mail the acting person gets. */
export type WriteOptions = { locale?: Locale | undefined; now?: Date | undefined };

export type SupportRequestsDeps = {
  db: Db;
  audit: AuditService;
  mail: Pick<MailService, "send">;
  files: FileStorage;
  /** SLA warnings, breaches and auto-close run as pg-boss jobs when the server has a queue. */
  jobs?: Jobs | undefined;
  baseURL: string;
};

/**
 * The one-stop support desk: requests from companies, routed to the overseas office serving the market,
 * worked in a thread under SLAs in the office's business hours. Every write is authorized, audited and
 * mailed in one transaction.
 */
export function createSupportRequestsService(_deps: SupportRequestsDeps) {
  return {
    // Intake, queue and case view (intake.ts, queue.ts, case-view.ts).
    /** A company member asks for support; routed to an office and a staff member; files checked by content. */
    create: async (
      caller: Caller | undefined,
      input: SupportRequestCreate,
      files: UploadedFile[] = [],
      options: WriteOptions = {},
    ): Promise<SupportRequestView> => {
      authorize(caller?.actor, canUseSupportDesk);
      const record = await intake(_deps, caller, input, files, options);
      return caseView(_deps.db, caller.actor, record, options.now ?? new Date());
    },
    /** My requests (`scope=mine`) or the office queue (`scope=office`), filtered and sorted. */
    list: async (
      caller: Caller | undefined,
      query: SupportRequestListQuery,
    ): Promise<{ items: SupportRequestSummary[]; total: number }> => listRequests(_deps.db, caller, query),
    /** One request with its thread as the caller may see it; unknown or not theirs → NOT_FOUND. */
    get: async (
      caller: Caller | undefined,
      id: string,
      options: WriteOptions = {},
    ): Promise<SupportRequestView> => getCase(_deps, caller, id, options),
    /** Adds files to a request (either side, while not closed). */
    attach: async (
      caller: Caller | undefined,
      id: string,
      files: UploadedFile[],
      _options: WriteOptions = {},
    ): Promise<AttachmentView[]> => attachFiles(_deps, caller, id, files),
    /** A file of a request, for those who may see it (and, for an internal note's file, the office only). */
    openAttachment: async (
      caller: Caller | undefined,
      id: string,
      attachmentId: string,
    ): Promise<{ file: StoredFile; name: string; contentType: string }> =>
      openAttachment(_deps, caller, id, attachmentId),

    // Workflow and thread (workflow.ts, thread.ts, bulk.ts).
    /** Moves the request in the workflow (`transitions` in the policy), restarting or pausing the clocks. */
    transition: async (
      caller: Caller | undefined,
      id: string,
      input: TransitionCreate,
      options: WriteOptions = {},
    ): Promise<SupportRequestView> =>
      withCase(_deps.db, _deps, caller, id, options, (ctx, record) => applyTransition(ctx, record, input)),
    /** A public reply or an internal note (with @mentions and files). */
    postMessage: async (
      caller: Caller | undefined,
      id: string,
      input: MessageCreate,
      files: UploadedFile[] = [],
      options: WriteOptions = {},
    ): Promise<SupportRequestView> => {
      const checked = await checkMessageFiles(caller, files);
      return withCase(_deps.db, _deps, caller, id, options, (ctx, record) =>
        applyMessage(ctx, record, input, checked),
      );
    },
    /** Priority and (re)assignment by the office. */
    update: async (
      caller: Caller | undefined,
      id: string,
      patch: SupportRequestPatch,
      options: WriteOptions = {},
    ): Promise<SupportRequestView> =>
      withCase(_deps.db, _deps, caller, id, options, (ctx, record) => applyUpdate(ctx, record, patch)),
    /** The same for many requests of the queue at once; each is checked and audited on its own. */
    bulk: async (
      caller: Caller | undefined,
      input: BulkAction,
      options: WriteOptions = {},
    ): Promise<BulkResult> => runBulk(_deps.db, _deps, caller, input, options),
    /** The company's satisfaction rating once resolved. */
    rate: async (
      caller: Caller | undefined,
      id: string,
      input: RatingCreate,
      options: WriteOptions = {},
    ): Promise<SupportRequestView> =>
      withCase(_deps.db, _deps, caller, id, options, (ctx, record) => applyRating(ctx, record, input)),
    /** The office staff who can be assigned or mentioned on this request. */
    staffFor: async (caller: Caller | undefined, id: string): Promise<{ id: string; name: string }[]> =>
      staffForCase(_deps.db, caller, id),

    // Referrals (referrals.ts).
    /** Refers the case to an outside partner; a report-back link goes to the partner's contact. */
    refer: async (
      caller: Caller | undefined,
      id: string,
      input: ReferralCreate,
      options: WriteOptions = {},
    ): Promise<SupportRequestView> => refer(_deps, caller, id, input, options),
    /** The office records a referral's outcome. */
    reportReferral: async (
      caller: Caller | undefined,
      id: string,
      referralId: string,
      input: ReferralReport,
      options: WriteOptions = {},
    ): Promise<SupportRequestView> => reportReferral(_deps, caller, id, referralId, input, options),
    /** What the report-back page shows to the partner holding the link's token, or undefined. */
    referralByToken: async (
      token: string,
    ): Promise<
      | {
          partnerName: string;
          status: ReferralStatus;
          outcome: string | null;
          subject: string;
          companyName: { ko?: string; en?: string };
          officeName: { ko?: string; en?: string };
          note: string;
        }
      | undefined
    > => referralByToken(_deps, token),
    /** The partner reports the outcome through the link (no account); the case gets it. */
    reportByToken: async (
      token: string,
      input: ReferralReport,
      options: ReferralReportOptions = {},
    ): Promise<void> => reportByToken(_deps, token, input, options),

    // SLAs and the dashboard (sla.ts, sla.jobs.ts, dashboard.ts).
    /** Records breaches that are due by `now` and sends warnings (the jobs call it; tests too). */
    sweepSla: async (now?: Date): Promise<{ warned: number; breached: number; closed: number }> =>
      createSlaWork(_deps).sweep(now),
    /** Defines the SLA queues and works them in this process (the server); call once after start-up. */
    startWorker: async (): Promise<void> => startSlaWorker(_deps.jobs, createSlaWork(_deps)),
    /** Open requests by status, SLA compliance, median first response, per week. */
    dashboard: async (
      caller: Caller | undefined,
      officeId: string,
      period: { from?: Date | undefined; to?: Date | undefined } = {},
    ): Promise<OfficeDashboard> => officeDashboard(_deps.db, caller, officeId, period),
  };
}
export type SupportRequestsService = ReturnType<typeof createSupportRequestsService>;
