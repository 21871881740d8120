import type { LocalizedText } from "../../../contracts/common/localized.ts";
import type { SlaTargets } from "../../../contracts/offices/office.ts";
import {
  type SupportPriority,
  type SupportService,
  type SupportStatus,
  supportServiceNames,
} from "../../../contracts/support-requests/vocabulary.ts";
import type {
  slaBreaches,
  supportMessages,
  supportRequests,
} from "../support-requests/support-requests.table.ts";
import type { BusinessTimeline } from "./business-timeline.ts";
import { caseLifecycle } from "./synthetic-support-life.ts";
import {
  companyReply,
  description,
  fill,
  internalNote,
  officeReply,
  products,
  subjects,
} from "./synthetic-support-texts.ts";

/**
 * Deterministic synthetic support requests for the office queue's benchmark (`gateway demo
 * --support-requests N`): case n is a function of n and the moment of generation, spread over the 18 months
 * before it. Statuses, priorities, services, SLA clocks, breaches and the office's first replies are
 * consistent with one another as the workflow would have left them: every instant is laid out in the
 * office's business minutes (`BusinessTimeline`), due times are `created + target + paused minutes` as
 * `sla.ts` computes them.
 */
export type SyntheticSupportSetting = {
  /** The cases are the 18 months before this instant (open ones mostly recent). */
  now: Date;
  office: {
    id: string;
    services: readonly SupportService[];
    countries: readonly string[];
    reopenDays: number;
  };
  slaTargets: SlaTargets;
  timeline: BusinessTimeline;
  companies: readonly { id: string; name: LocalizedText }[];
  staff: readonly { userId: string; name: string; services: readonly SupportService[] }[];
};

export type SyntheticCase = {
  request: typeof supportRequests.$inferInsert;
  breaches: (typeof slaBreaches.$inferInsert)[];
  messages: (typeof supportMessages.$inferInsert)[];
};

/**
 * Case n's id: fixed, so running the command again replaces the same cases. Version-7 layout with a zero
 * timestamp, so they sort before every real id and `syntheticIdRange` selects exactly them.
 */
export const syntheticSupportId = (n: number) =>
  `00000000-0000-7000-8000-${n.toString(16).padStart(12, "0")}`;
export const syntheticIdRange = [syntheticSupportId(0), "00000000-0000-7000-8000-ffffffffffff"] as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const statusShares: [SupportStatus, number][] = [
  ["new", 8],
  ["triaged", 6],
  ["in-progress", 10],
  ["waiting-on-company", 6],
  ["resolved", 20],
  ["closed", 50],
];
const priorityShares: [SupportPriority, number][] = [
  ["urgent", 5],
  ["high", 20],
  ["normal", 55],
  ["low", 20],
];
const serviceShares: [SupportService, number][] = [
  ["buyer-matching", 24],
  ["market-research", 22],
  ["certification", 16],
  ["legal-tax", 12],
  ["marketing-events", 12],
  ["interpretation", 8],
  ["office-space", 6],
];
const ratingShares: [number, number][] = [
  [5, 45],
  [4, 30],
  [3, 15],
  [2, 6],
  [1, 4],
];

/** A uniform number in [0, 1) for draw `k` of case `n`: a 32-bit integer hash, the same on every machine. */
export function unit(n: number, k: number): number {
  let x = (Math.imul(n, 0x9e3779b1) + Math.imul(k + 1, 0x85ebca77)) | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return (x >>> 0) / 2 ** 32;
}

function pick<T>(shares: readonly [T, number][], u: number): T {
  const total = shares.reduce((sum, [, share]) => sum + share, 0);
  let left = u * total;
  for (const [value, share] of shares) {
    left -= share;
    if (left < 0) return value;
  }
  return shares.at(-1)![0];
}

const latest = (...dates: (Date | null | undefined)[]) =>
  new Date(Math.max(...dates.filter((d): d is Date => !!d).map((d) => d.getTime())));

export function syntheticSupport(setting: SyntheticSupportSetting): (n: number) => SyntheticCase {
  const { now, office, slaTargets, timeline, companies, staff } = setting;
  if (companies.length === 0) throw new Error("no companies to ask for support");
  const services = serviceShares.filter(([service]) => office.services.includes(service));
  if (services.length === 0) throw new Error("the office offers no service");
  const nowMs = now.getTime();
  const lifecycle = caseLifecycle({ now, timeline, reopenDays: office.reopenDays });

  return (n) => {
    let k = 0;
    const u = () => unit(n, k++);
    const status = pick(statusShares, u());
    const priority = pick(priorityShares, u());
    const service = pick(services, u());
    const company = companies[Math.floor(companies.length * u() ** 1.6)]!;
    const language: "ko" | "en" = u() < 0.75 ? "ko" : "en";
    const market = office.countries[Math.floor(u() * office.countries.length)]!;
    const target = slaTargets[priority];
    const experts = staff.filter((member) => member.services.includes(service));
    const pool = experts.length > 0 ? experts : staff;
    const assignee = pool.length > 0 ? pool[Math.floor(u() * pool.length)]! : undefined;
    const assigned = assignee && (status !== "new" || u() < 0.7) ? assignee : undefined;
    // Share of the first-response / resolution target used: about 87 % of the clocks stop in time.
    const responseShare = 0.05 + 1.25 * u() ** 2;
    const resolutionShare = 0.1 + 1.2 * u() ** 2;
    const earlierWait = u() < 0.25 ? 120 + Math.round(u() * 2880) : 0;

    const clocks = lifecycle(status, target, responseShare, resolutionShare, earlierWait, u);
    const { createdAt, slaPausedMinutes } = clocks;
    const due = (minutes: number) => timeline.add(createdAt, minutes + slaPausedMinutes);
    const firstResponseDueAt = due(target.firstResponseMinutes);
    const resolutionDueAt = due(target.resolutionMinutes);
    // The first reply comes before any wait, so it is judged against the due time it had then.
    const firstDueThen = timeline.add(createdAt, target.firstResponseMinutes);
    const firstStop = clocks.firstRespondedAt ?? now;
    const firstBreach = firstStop > firstDueThen ? sweep(firstDueThen) : null;
    const resolutionStop = clocks.resolvedAt ?? clocks.slaPausedAt ?? now;
    const resolutionBreach = resolutionStop > resolutionDueAt ? sweep(resolutionDueAt) : null;

    const rated = clocks.resolvedAt && u() < 0.35 ? clocks.resolvedAt.getTime() + u() * 5 * DAY : undefined;
    const ratedAt =
      rated !== undefined && rated < (clocks.closedAt?.getTime() ?? nowMs) ? new Date(rated) : null;
    const product = products[Math.floor(u() * products.length)]!;
    const templates = subjects[service];
    const companyName = company.name[language] ?? company.name.ko ?? company.name.en ?? "";
    const words = { p: product[language], c: companyName, s: supportServiceNames[service][language] };
    const id = syntheticSupportId(n);

    const messages: SyntheticCase["messages"] = [];
    let lastMessage: Date | null = null;
    if (clocks.firstRespondedAt) {
      const author = assigned ?? assignee;
      messages.push({
        requestId: id,
        visibility: "public",
        side: "office",
        authorId: author?.userId ?? null,
        authorLabel: author?.name ?? "LA office",
        body: fill(officeReply[language], { a: author?.name ?? "", d: String(2 + (n % 5)) }),
        createdAt: clocks.firstRespondedAt,
      });
      // A fifth of the threads go on: the company answers, and the office notes something for itself.
      const followUp = new Date(clocks.firstRespondedAt.getTime() + (1 + u() * 47) * HOUR);
      const threadEnd = clocks.resolvedAt ?? clocks.slaPausedAt ?? now;
      if (n % 5 === 0 && followUp < threadEnd) {
        messages.push({
          requestId: id,
          visibility: "public",
          side: "company",
          authorId: null,
          authorLabel: companyName,
          body: companyReply[language],
          createdAt: followUp,
        });
        messages.push({
          requestId: id,
          visibility: "internal",
          side: "office",
          authorId: author?.userId ?? null,
          authorLabel: author?.name ?? "LA office",
          body: internalNote[language],
          createdAt: new Date(followUp.getTime() + 10 * MINUTE),
        });
        lastMessage = new Date(followUp.getTime() + 10 * MINUTE);
      }
    }
    const lastActivityAt = latest(
      createdAt,
      clocks.firstRespondedAt,
      lastMessage,
      clocks.slaPausedAt,
      clocks.resolvedAt,
      clocks.closedAt,
      ratedAt,
      clocks.touchedAt,
    );

    const request: SyntheticCase["request"] = {
      id,
      companyId: company.id,
      officeId: office.id,
      requestedBy: null,
      assigneeId: assigned?.userId ?? null,
      service,
      targetMarket: market,
      subject: fill(templates[Math.floor(u() * templates.length)]![language], words),
      description: fill(description[language], words),
      preferredLanguage: language,
      priority,
      status,
      firstResponseDueAt,
      resolutionDueAt,
      slaPausedAt: clocks.slaPausedAt,
      slaPausedMinutes,
      firstRespondedAt: clocks.firstRespondedAt,
      firstResponseBreachedAt: firstBreach,
      resolutionBreachedAt: resolutionBreach,
      firstResponseMinutes: clocks.firstResponseMinutes,
      resolvedAt: clocks.resolvedAt,
      closedAt: clocks.closedAt,
      reopenCount: clocks.resolvedAt && u() < 0.03 ? 1 : 0,
      rating: ratedAt ? pick(ratingShares, u()) : null,
      ratingComment: null,
      ratedAt,
      createdAt,
      updatedAt: lastActivityAt,
      lastActivityAt,
    };
    const breaches: SyntheticCase["breaches"] = [];
    if (firstBreach) {
      breaches.push({
        requestId: id,
        officeId: office.id,
        metric: "first-response",
        priority,
        dueAt: firstDueThen,
        breachedAt: firstBreach,
      });
    }
    if (resolutionBreach) {
      breaches.push({
        requestId: id,
        officeId: office.id,
        metric: "resolution",
        priority,
        dueAt: resolutionDueAt,
        breachedAt: resolutionBreach,
      });
    }
    return { request, breaches, messages };
  };

  /** The SLA sweep records a breach within a minute of the due time (never after now). */
  function sweep(dueAt: Date): Date | null {
    const at = dueAt.getTime() + MINUTE;
    return at <= nowMs ? new Date(at) : dueAt.getTime() < nowMs ? now : null;
  }
}
