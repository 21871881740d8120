import type { Locale } from "../../../contracts/common/locale-text.ts";
import type {
  IntroductionDecision,
  IntroductionListQuery,
  IntroductionRequest,
  IntroductionStatus,
  IntroductionView,
  IntroductionWithdrawal,
  MeetingReport,
  OutcomeReport,
} from "../../../contracts/introductions/introduction.ts";
import type { Db, Tx } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { AppError, invalid, notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { koreanToday } from "../../platform/korean-date.ts";
import type { MailService } from "../../platform/mail/mail.service.ts";
import { authorize } from "../../platform/policy.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { createIntroductionMail, type StepContext } from "./introductions.mail.ts";
import {
  canSeeIntroduction,
  canUseIntroductions,
  type IntroductionStep,
  isCity,
  mayTake,
  organizationsOf,
  stepsFor,
  transitions,
} from "./introductions.policy.ts";
import {
  countByStatus,
  eventsOf,
  findJoined,
  findOpen,
  findUser,
  type IntroductionRow,
  type IntroductionScope,
  insertEvent,
  insertIntroduction,
  listJoined,
  lockIntroduction,
  lockPair,
  updateIntroduction,
  wasAccepted,
} from "./introductions.repository.ts";
import { resolveRequest } from "./introductions.request.ts";
import { toView } from "./introductions.view.ts";

export { type IntroductionStep, introductionSteps } from "./introductions.policy.ts";

/** Options of a write: the language of the page or request, for the mail the acting person gets. */
export type StepOptions = { locale?: Locale | undefined };

const currencies = new Set(Intl.supportedValuesOf("currency"));

/**
 * Brokered introductions between a local company and a partner, from the request to an outcome. Every step
 * writes the row, a timeline event, the audit event and the mail in one transaction.
 */
export function createIntroductionsService(deps: {
  db: Db;
  audit: AuditService;
  mail: Pick<MailService, "send">;
  baseURL: string;
}) {
  const { db, audit } = deps;
  const mail = createIntroductionMail(deps);

  /** A person's name for the timeline (the audit log keeps their e-mail); tokens and the CLI by label. */
  async function nameOf(tx: Tx, actor: Actor): Promise<string> {
    if (actor.kind !== "user") return actor.label;
    return (await findUser(tx, actor.id))?.name || actor.label;
  }

  async function viewOf(tx: Db | Tx, id: string): Promise<IntroductionView> {
    const [row, events] = await Promise.all([findJoined(tx, id), eventsOf(tx, id)]);
    if (!row) throw notFound();
    return toView(row, events);
  }

  /**
   * The introductions a caller sees, narrowed to `role`: the acting organization's (the other side's only once
   * accepted, as `canSeeIntroduction`), or those they broker.
   */
  function scopeOf(actor: Actor, role: IntroductionListQuery["role"]): IntroductionScope {
    const sides = actor.organizationId ? [actor.organizationId] : [];
    if (role === "mine") return { sides, offices: [] };
    if (isCity(actor)) return { all: true };
    const offices = organizationsOf(actor);
    return role === "broker" ? { sides: [], offices } : { sides, offices };
  }

  /**
   * One step of the state machine, under a row lock: who may take it, from which state, then the row, the
   * event, the audit event and the mail (`notify`) in one transaction.
   */
  async function step(
    caller: Caller | undefined,
    id: string,
    name: IntroductionStep,
    change: (before: IntroductionRow) => { set: Partial<IntroductionRow>; message: string | null },
    notify: (ctx: StepContext, before: IntroductionRow) => Promise<unknown>,
    options: StepOptions,
  ): Promise<IntroductionView> {
    authorize(caller?.actor, canUseIntroductions);
    const actor = caller.actor;
    if (!isUuid(id)) throw notFound();
    return db.transaction(async (tx) => {
      const before = await lockIntroduction(tx, id);
      if (!before) throw notFound();
      const parties = { ...before, wasAccepted: await wasAccepted(tx, id) };
      if (!canSeeIntroduction(actor, parties) || !mayTake(actor, parties, name))
        throw new AppError("FORBIDDEN");
      const { from, to } = transitions[name];
      if (!from.includes(before.status)) {
        throw new AppError("INVALID_TRANSITION", { detail: `${name} is not possible from ${before.status}` });
      }
      const { set, message } = change(before);
      const after = await updateIntroduction(tx, id, { ...set, status: to });
      const actorName = await nameOf(tx, actor);
      await insertEvent(tx, {
        introductionId: id,
        status: to,
        actorId: actor.kind === "user" ? actor.id : null,
        actorLabel: actorName,
        message,
      });
      await audit.record(
        caller,
        { action: `introduction.${name}`, resourceType: "introduction", resourceId: id, before, after },
        tx,
      );
      const row = (await findJoined(tx, id))!;
      await notify({ tx, row, actor, actorName, locale: options.locale }, before);
      return viewOf(tx, id);
    });
  }

  const userId = (actor: Actor) => (actor.kind === "user" ? actor.id : null);

  return {
    /** Asks for an introduction (see `resolveRequest` for who is introduced to whom). */
    async request(
      caller: Caller | undefined,
      input: IntroductionRequest,
      options: StepOptions = {},
    ): Promise<IntroductionView> {
      authorize(caller?.actor, canUseIntroductions);
      const actor = caller.actor;
      return db.transaction(async (tx) => {
        const resolved = await resolveRequest(tx, actor, input);
        const { company, partner, opportunity, office } = resolved;
        await lockPair(tx, company.id, partner.id);
        const pair = { companyId: company.id, partnerId: partner.id, opportunityId: opportunity?.id ?? null };
        if (await findOpen(tx, pair)) {
          throw new AppError("CONFLICT", {
            fields: [{ field: "partnerId", message: "already has an open introduction with this company" }],
          });
        }
        const row = await insertIntroduction(tx, {
          ...pair,
          requestedFor: resolved.requestedFor,
          requestedBy: userId(actor),
          officeId: office?.id ?? null,
          message: input.message,
        });
        const actorName = await nameOf(tx, actor);
        await insertEvent(tx, {
          introductionId: row.id,
          status: "requested",
          actorId: userId(actor),
          actorLabel: actorName,
          message: input.message,
        });
        await audit.record(
          caller,
          { action: "introduction.request", resourceType: "introduction", resourceId: row.id, after: row },
          tx,
        );
        const joined = (await findJoined(tx, row.id))!;
        await mail.requested({ tx, row: joined, actor, actorName, locale: options.locale });
        return viewOf(tx, row.id);
      });
    },

    /**
     * Who would be introduced to whom, and who brokers, without writing anything: the request page shows it
     * before the person writes their message. Refuses exactly as `request` would.
     */
    async preview(caller: Caller | undefined, input: Omit<IntroductionRequest, "message">) {
      authorize(caller?.actor, canUseIntroductions);
      const { company, partner, opportunity, office } = await resolveRequest(db, caller.actor, input);
      const ref = (o: { id: string; externalId: string; name: IntroductionView["company"]["name"] }) => ({
        id: o.id,
        externalId: o.externalId,
        name: o.name,
      });
      return {
        company: ref(company),
        partner: ref(partner),
        opportunity: opportunity
          ? { id: opportunity.id, externalId: opportunity.externalId, title: opportunity.title }
          : null,
        office: office ? ref(office) : null,
      };
    },

    /**
     * One introduction with its timeline: for its brokers, the side that asked, and the other side once a
     * broker has accepted it (403 for anyone else).
     */
    async get(caller: Caller | undefined, id: string): Promise<IntroductionView> {
      authorize(caller?.actor, canUseIntroductions);
      if (!isUuid(id)) throw notFound();
      const [row, events] = await Promise.all([findJoined(db, id), eventsOf(db, id)]);
      if (!row) throw notFound();
      const wasAccepted = events.some((event) => event.status === "accepted");
      if (!canSeeIntroduction(caller.actor, { ...row.introduction, wasAccepted }))
        throw new AppError("FORBIDDEN");
      return toView(row, events);
    },

    /** The steps the caller may take on this introduction now (the page's forms); `view` with its timeline. */
    stepsFor(caller: Caller, view: IntroductionView): IntroductionStep[] {
      return stepsFor(caller.actor, {
        companyId: view.company.id,
        partnerId: view.partner.id,
        requestedFor: view.requestedFor,
        officeId: view.office?.id ?? null,
        status: view.status,
        wasAccepted: view.events.some((event) => event.status === "accepted"),
      });
    },

    /** Whether the caller may ask for and follow introductions at all: the city, or someone acting for an organization. */
    canUse(caller: Caller): boolean {
      return canUseIntroductions(caller.actor);
    },

    /** Whether the caller brokers introductions: the city and overseas offices' staff (the page's queue). */
    isBroker(caller: Caller): boolean {
      const { actor } = caller;
      return (
        isCity(actor) ||
        actor.role === "office-staff" ||
        actor.memberships?.some((m) => m.actsAs === "office-staff") === true
      );
    },

    /** Newest first; timelines are left out of lists (`events` is empty). */
    async list(
      caller: Caller | undefined,
      query: Omit<IntroductionListQuery, "limit" | "offset"> & { limit: number; offset: number },
    ): Promise<{ items: IntroductionView[]; total: number }> {
      authorize(caller?.actor, canUseIntroductions);
      const { rows, total } = await listJoined(db, scopeOf(caller.actor, query.role), query, query);
      return { items: rows.map((row) => toView(row)), total };
    },

    /** How many introductions of the caller's `role` list are in each status. */
    async counts(
      caller: Caller | undefined,
      role: IntroductionListQuery["role"],
    ): Promise<Record<IntroductionStatus, number>> {
      authorize(caller?.actor, canUseIntroductions);
      const counts: Record<IntroductionStatus, number> = {
        requested: 0,
        accepted: 0,
        declined: 0,
        "meeting-held": 0,
        completed: 0,
        withdrawn: 0,
      };
      for (const { status, n } of await countByStatus(db, scopeOf(caller.actor, role))) counts[status] = n;
      return counts;
    },

    /** A broker accepts, telling both sides how the introduction will happen. */
    accept(caller: Caller | undefined, id: string, input: IntroductionDecision, options: StepOptions = {}) {
      return step(
        caller,
        id,
        "accept",
        () => ({
          set: {
            brokerMessage: input.message,
            brokeredBy: caller?.actor.kind === "user" ? caller.actor.id : null,
          },
          message: input.message,
        }),
        (ctx) => mail.accepted(ctx, input.message),
        options,
      );
    },

    /**
     * A broker declines a request, telling the requesting side why; or closes an accepted introduction whose
     * meeting will not happen, telling both sides (the pair may then ask again). `brokeredBy` stays the
     * broker who accepted.
     */
    decline(caller: Caller | undefined, id: string, input: IntroductionDecision, options: StepOptions = {}) {
      return step(
        caller,
        id,
        "decline",
        (before) => ({
          set: {
            brokerMessage: input.message,
            brokeredBy: before.brokeredBy ?? (caller?.actor.kind === "user" ? caller.actor.id : null),
          },
          message: input.message,
        }),
        (ctx, before) => mail.declined(ctx, input.message, before.status === "accepted"),
        options,
      );
    },

    /** A broker or either side records the meeting; the day may not be in the future. */
    meeting(caller: Caller | undefined, id: string, input: MeetingReport, options: StepOptions = {}) {
      return step(
        caller,
        id,
        "meeting",
        () => {
          if (input.heldOn > koreanToday()) throw invalid("heldOn", "must not be in the future");
          return { set: { meetingOn: input.heldOn }, message: input.note ?? null };
        },
        (ctx) => mail.meeting(ctx, input.heldOn, input.note),
        options,
      );
    },

    /** A broker or either side records what came of it: the introduction is complete. */
    outcome(caller: Caller | undefined, id: string, input: OutcomeReport, options: StepOptions = {}) {
      return step(
        caller,
        id,
        "outcome",
        () => {
          if (input.outcome === "none" && input.amount !== undefined)
            throw invalid("amount", "must be empty when there is no outcome");
          if (input.currency !== undefined && !currencies.has(input.currency))
            throw invalid("currency", "must be an ISO 4217 currency code such as USD or KRW");
          return {
            set: {
              outcome: input.outcome,
              outcomeAmount: input.amount === undefined ? null : input.amount.toFixed(2),
              outcomeCurrency: input.currency ?? null,
              outcomeNote: input.note ?? null,
            },
            message: input.note ?? null,
          };
        },
        (ctx) => mail.outcome(ctx),
        options,
      );
    },

    /** The requesting side takes the request back, until a meeting is recorded. */
    withdraw(
      caller: Caller | undefined,
      id: string,
      input: IntroductionWithdrawal = {},
      options: StepOptions = {},
    ) {
      return step(
        caller,
        id,
        "withdraw",
        () => ({ set: {}, message: input.message ?? null }),
        (ctx, before) => mail.withdrawn(ctx, input.message, before.status === "accepted"),
        options,
      );
    },
  };
}
export type IntroductionsService = ReturnType<typeof createIntroductionsService>;
