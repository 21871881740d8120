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
import type { AuditService } from "../audit/audit.service.ts";
import type { UploadedFile } from "./attachments.ts";

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

const todo = (): never => {
  throw new Error("not implemented yet");
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
      _caller: Caller | undefined,
      _input: SupportRequestCreate,
      _files: UploadedFile[] = [],
      _options: WriteOptions = {},
    ): Promise<SupportRequestView> => todo(),
    /** My requests (`scope=mine`) or the office queue (`scope=office`), filtered and sorted. */
    list: async (
      _caller: Caller | undefined,
      _query: SupportRequestListQuery,
    ): Promise<{ items: SupportRequestSummary[]; total: number }> => todo(),
    /** One request with its thread as the caller may see it; unknown or not theirs → NOT_FOUND. */
    get: async (
      _caller: Caller | undefined,
      _id: string,
      _options: WriteOptions = {},
    ): Promise<SupportRequestView> => todo(),
    /** Adds files to a request (either side, while not closed). */
    attach: async (
      _caller: Caller | undefined,
      _id: string,
      _files: UploadedFile[],
      _options: WriteOptions = {},
    ): Promise<AttachmentView[]> => todo(),
    /** A file of a request, for those who may see it (and, for an internal note's file, the office only). */
    openAttachment: async (
      _caller: Caller | undefined,
      _id: string,
      _attachmentId: string,
    ): Promise<{ file: StoredFile; name: string; contentType: string }> => todo(),

    // Workflow and thread (workflow.ts, thread.ts, bulk.ts).
    /** Moves the request in the workflow (`transitions` in the policy), restarting or pausing the clocks. */
    transition: async (
      _caller: Caller | undefined,
      _id: string,
      _input: TransitionCreate,
      _options: WriteOptions = {},
    ): Promise<SupportRequestView> => todo(),
    /** A public reply or an internal note (with @mentions and files). */
    postMessage: async (
      _caller: Caller | undefined,
      _id: string,
      _input: MessageCreate,
      _files: UploadedFile[] = [],
      _options: WriteOptions = {},
    ): Promise<SupportRequestView> => todo(),
    /** Priority and (re)assignment by the office. */
    update: async (
      _caller: Caller | undefined,
      _id: string,
      _patch: SupportRequestPatch,
      _options: WriteOptions = {},
    ): Promise<SupportRequestView> => todo(),
    /** The same for many requests of the queue at once; each is checked and audited on its own. */
    bulk: async (
      _caller: Caller | undefined,
      _input: BulkAction,
      _options: WriteOptions = {},
    ): Promise<BulkResult> => todo(),
    /** The company's satisfaction rating once resolved. */
    rate: async (
      _caller: Caller | undefined,
      _id: string,
      _input: RatingCreate,
      _options: WriteOptions = {},
    ): Promise<SupportRequestView> => todo(),
    /** The office staff who can be assigned or mentioned on this request. */
    staffFor: async (_caller: Caller | undefined, _id: string): Promise<{ id: string; name: string }[]> =>
      todo(),

    // Referrals (referrals.ts).
    /** Refers the case to an outside partner; a report-back link goes to the partner's contact. */
    refer: async (
      _caller: Caller | undefined,
      _id: string,
      _input: ReferralCreate,
      _options: WriteOptions = {},
    ): Promise<SupportRequestView> => todo(),
    /** The office records a referral's outcome. */
    reportReferral: async (
      _caller: Caller | undefined,
      _id: string,
      _referralId: string,
      _input: ReferralReport,
      _options: WriteOptions = {},
    ): Promise<SupportRequestView> => todo(),
    /** What the report-back page shows to the partner holding the link's token, or undefined. */
    referralByToken: async (
      _token: string,
    ): Promise<
      | {
          partnerName: string;
          status: string;
          outcome: string | null;
          subject: string;
          companyName: { ko?: string; en?: string };
          officeName: { ko?: string; en?: string };
          note: string;
        }
      | undefined
    > => todo(),
    /** The partner reports the outcome through the link (no account); the case gets it. */
    reportByToken: async (
      _token: string,
      _input: ReferralReport,
      _options: WriteOptions = {},
    ): Promise<void> => todo(),

    // SLAs and the dashboard (sla.ts, sla.jobs.ts, dashboard.ts).
    /** Records breaches that are due by `now` and sends warnings (the jobs call it; tests too). */
    sweepSla: async (_now?: Date): Promise<{ warned: number; breached: number; closed: number }> => todo(),
    /** Defines the SLA queues and works them in this process (the server); call once after start-up. */
    startWorker: async (): Promise<void> => todo(),
    /** Open requests by status, SLA compliance, median first response, per week. */
    dashboard: async (
      _caller: Caller | undefined,
      _officeId: string,
      _period: { from?: Date | undefined; to?: Date | undefined } = {},
    ): Promise<OfficeDashboard> => todo(),
  };
}
export type SupportRequestsService = ReturnType<typeof createSupportRequestsService>;
