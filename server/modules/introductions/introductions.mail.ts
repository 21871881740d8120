import { type Locale, pickText } from "../../../contracts/common/locale-text.ts";
import type { Tx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import type { MailService } from "../../platform/mail/mail.service.ts";
import type { MailKind, MailParams } from "../../platform/mail/templates/index.ts";
import { isCity } from "./introductions.policy.ts";
import {
  cityPeople,
  findUser,
  type JoinedIntroduction,
  type OrganizationFacts,
  peopleOf,
} from "./introductions.repository.ts";

export type Recipient = { email: string; name: string; locale: Locale };

export const cityName = { ko: "대구광역시", en: "Daegu Metropolitan City" } as const;

/**
 * The language people of an organization read their mail in (accounts keep no language): Korean for
 * Korean organizations and the city's overseas offices, English for organizations abroad. The person
 * who takes a step gets the language of the page or request they used.
 */
export function mailLocaleOf(org: Pick<OrganizationFacts, "kind" | "scope" | "country">): Locale {
  if (org.kind === "overseas-office") return "ko";
  if (org.country) return org.country === "KR" ? "ko" : "en";
  return org.scope === "local" ? "ko" : "en";
}

/** One step's context: the introduction after the step, who took it, in which language. */
export type StepContext = {
  tx: Tx;
  row: JoinedIntroduction;
  actor: Actor;
  /** The display name of the actor ("김대구", "token partner-sync"). */
  actorName: string;
  /** The language of the page or request the actor used, when known; their mail is in it. */
  locale: Locale | undefined;
};

type Side = "company" | "partner" | "office" | "requestedFor";

export function createIntroductionMail({
  mail,
  baseURL,
}: {
  mail: Pick<MailService, "send">;
  baseURL: string;
}) {
  const urlOf = (id: string, locale: Locale) =>
    `${baseURL}${locale === "en" ? "/en" : ""}/introductions/${id}`;

  /** Recipients without duplicates; the acting person's own language wins. */
  function collect(ctx: StepContext, lists: Recipient[][]): Recipient[] {
    const byEmail = new Map<string, Recipient>();
    const own = ctx.actor.kind === "user" ? ctx.actor.label.toLowerCase() : undefined;
    for (const list of lists) {
      for (const recipient of list) {
        const email = recipient.email.toLowerCase();
        if (byEmail.has(email)) continue;
        byEmail.set(email, email === own && ctx.locale ? { ...recipient, locale: ctx.locale } : recipient);
      }
    }
    return [...byEmail.values()];
  }

  async function membersOf(ctx: StepContext, sides: Side[]): Promise<Recipient[]> {
    const intro = ctx.row.introduction;
    const idOf: Record<Side, string | null> = {
      company: intro.companyId,
      partner: intro.partnerId,
      office: intro.officeId,
      requestedFor: intro.requestedFor,
    };
    const ids = sides.map((side) => idOf[side]).filter((id): id is string => id !== null);
    const people = await peopleOf(ctx.tx, ids);
    return people.map((p) => ({ email: p.email, name: p.name, locale: mailLocaleOf(p) }));
  }

  /** One user (the requester, the broker who accepted); the city's people read Korean. */
  async function user(ctx: StepContext, userId: string | null): Promise<Recipient[]> {
    if (!userId) return [];
    const found = await findUser(ctx.tx, userId);
    if (!found) return [];
    const intro = ctx.row.introduction;
    const sides = [intro.companyId, intro.partnerId, intro.officeId].filter(
      (id): id is string => id !== null,
    );
    const membership = (await peopleOf(ctx.tx, sides)).find((p) => p.userId === userId);
    return [{ email: found.email, name: found.name, locale: membership ? mailLocaleOf(membership) : "ko" }];
  }

  function base(ctx: StepContext, recipient: Recipient) {
    const { row } = ctx;
    return {
      name: recipient.name,
      company: pickText(row.company.name, recipient.locale),
      partner: pickText(row.partner.name, recipient.locale),
      opportunity: row.opportunity ? pickText(row.opportunity.title, recipient.locale) : undefined,
      url: urlOf(row.introduction.id, recipient.locale),
    };
  }

  async function send<K extends MailKind>(
    ctx: StepContext,
    kind: K,
    to: Recipient[],
    params: (recipient: Recipient) => MailParams<K>,
  ) {
    for (const recipient of to) {
      await mail.send(
        { kind, to: recipient.email, locale: recipient.locale, params: params(recipient) },
        { tx: ctx.tx },
      );
    }
    return to;
  }

  /** Who brokered this step, as the mail names them: the city, or the office its staff work for. */
  const brokerName = (ctx: StepContext, locale: Locale) =>
    !isCity(ctx.actor) && ctx.row.office ? pickText(ctx.row.office.name, locale) : cityName[locale];

  /** The brokers who are told of a new request: the office's staff, else the city's admins and program managers. */
  async function brokers(ctx: StepContext): Promise<Recipient[]> {
    const staff = ctx.row.office ? await membersOf(ctx, ["office"]) : [];
    if (staff.length > 0) return staff;
    return (await cityPeople(ctx.tx)).map((p) => ({ email: p.email, name: p.name, locale: "ko" as const }));
  }

  /** The requesting organization's name, as the recipient reads it. */
  const requesterOf = (ctx: StepContext, locale: Locale) => {
    const { row } = ctx;
    const side = row.introduction.requestedFor === row.company.id ? row.company : row.partner;
    return `${ctx.actorName} (${pickText(side.name, locale)})`;
  };

  return {
    /** To the brokers, and a confirmation to the person who asked. */
    async requested(ctx: StepContext) {
      const { row } = ctx;
      const sent = await send(ctx, "introduction-requested", collect(ctx, [await brokers(ctx)]), (r) => ({
        ...base(ctx, r),
        requester: requesterOf(ctx, r.locale),
        message: row.introduction.message,
      }));
      if (ctx.actor.kind !== "user") return sent;
      const side = row.introduction.requestedFor === row.company.id ? row.company : row.partner;
      const self = { email: ctx.actor.label, name: ctx.actorName, locale: ctx.locale ?? mailLocaleOf(side) };
      await send(ctx, "introduction-received", [self], (r) => ({
        ...base(ctx, r),
        broker: row.office ? pickText(row.office.name, r.locale) : cityName[r.locale],
      }));
      return sent;
    },

    /** To both sides (and whoever asked), with the broker's message. */
    async accepted(ctx: StepContext, message: string) {
      const to = collect(ctx, [
        await membersOf(ctx, ["company", "partner"]),
        await user(ctx, ctx.row.introduction.requestedBy),
      ]);
      return send(ctx, "introduction-accepted", to, (r) => ({
        ...base(ctx, r),
        broker: brokerName(ctx, r.locale),
        message,
      }));
    },

    /**
     * A declined request: to the requesting side only (the other side never knew of it). A closed
     * introduction (declined after it was accepted): to both sides. With the broker's message.
     */
    async declined(ctx: StepContext, message: string, afterAcceptance: boolean) {
      const to = collect(ctx, [
        await membersOf(ctx, afterAcceptance ? ["company", "partner"] : ["requestedFor"]),
        await user(ctx, ctx.row.introduction.requestedBy),
      ]);
      return send(ctx, "introduction-declined", to, (r) => ({
        ...base(ctx, r),
        broker: brokerName(ctx, r.locale),
        message,
        closed: afterAcceptance,
      }));
    },

    /** To both sides. */
    async meeting(ctx: StepContext, heldOn: string, note: string | undefined) {
      const to = collect(ctx, [await membersOf(ctx, ["company", "partner"])]);
      return send(ctx, "introduction-meeting", to, (r) => ({ ...base(ctx, r), heldOn, note }));
    },

    /** To both sides and the broker who accepted. */
    async outcome(ctx: StepContext) {
      const intro = ctx.row.introduction;
      const to = collect(ctx, [
        await membersOf(ctx, ["company", "partner"]),
        await user(ctx, intro.brokeredBy),
      ]);
      return send(ctx, "introduction-outcome", to, (r) => ({
        ...base(ctx, r),
        outcome: intro.outcome ?? "none",
        amount: intro.outcomeAmount ?? undefined,
        currency: intro.outcomeCurrency ?? undefined,
        note: intro.outcomeNote ?? undefined,
      }));
    },

    /**
     * To the brokers (the one who accepted, else the office or the city) and, when it had been accepted, the
     * other side: before that they never knew of the request.
     */
    async withdrawn(ctx: StepContext, message: string | undefined, afterAcceptance: boolean) {
      const intro = ctx.row.introduction;
      const other = intro.requestedFor === intro.companyId ? "partner" : "company";
      const accepter = await user(ctx, intro.brokeredBy);
      const to = collect(ctx, [
        accepter.length > 0 ? accepter : await brokers(ctx),
        afterAcceptance ? await membersOf(ctx, [other]) : [],
      ]);
      return send(ctx, "introduction-withdrawn", to, (r) => ({
        ...base(ctx, r),
        requester: requesterOf(ctx, r.locale),
        message,
      }));
    },
  };
}
export type IntroductionMail = ReturnType<typeof createIntroductionMail>;
