import { z } from "zod";
import { localizedText } from "../common/localized.ts";
import { opportunityKinds } from "../opportunities/opportunity.ts";
import { organizationKinds, stages } from "../organizations/organization.ts";
import { feedbackReasons, matchFeatureNames, verdicts } from "./vocabulary.ts";

export * from "./vocabulary.ts";

/** A reason (or a gap, "why not") with the evidence from both sides in both languages. */
export const matchReason = z.object({
  code: z.string(),
  text: z.object({ ko: z.string(), en: z.string() }),
});
export type MatchReason = z.infer<typeof matchReason>;

const organizationRef = z.object({
  id: z.string(),
  externalId: z.string(),
  name: localizedText,
  kind: z.enum(organizationKinds),
  stage: z.enum(stages).nullable(),
  country: z.string().nullable(),
});
const opportunityRef = z.object({
  id: z.string(),
  externalId: z.string(),
  title: localizedText,
  kind: z.enum(opportunityKinds),
  owner: z.object({ id: z.string(), externalId: z.string(), name: localizedText }),
  deadline: z.string().nullable(),
  status: z.enum(["open", "closed"]),
});

const scored = {
  score: z.number().min(0).max(1),
  reasons: z.array(matchReason),
  /** Why the score is not higher: what one side asks for and the other does not show. */
  gaps: z.array(matchReason),
  /** The viewer's own verdict on this match, when they gave one. */
  verdict: z.enum(verdicts).nullable(),
};

/** Contract §4: a local organization that fits an opportunity. */
export const candidate = z.object({ organization: organizationRef, ...scored });
/** Contract §4: an open opportunity that fits a local organization. */
export const opportunityMatch = z.object({ opportunity: opportunityRef, ...scored });
/** A partner suggested to a company, or a company to a partner (from profiles, without an opportunity). */
export const suggestion = z.object({ organization: organizationRef, ...scored });

/** Best first; `nearMisses` are the next ones that fit on capability but fall short on a hard requirement. */
export const matchList = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nearMisses: z.array(item) });

export const matchQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(10),
  /** Closed or expired opportunities are left out unless asked for. */
  includeClosed: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
});

/** A verdict on one match; the path names the pair and whose side the viewer is on. */
export const feedbackInput = z
  .object({
    verdict: z.enum(verdicts),
    reason: z.enum(feedbackReasons).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((input) => input.verdict === "useful" || input.reason !== undefined, {
    message: "say why the match is not useful",
    path: ["reason"],
  });
export type FeedbackInput = z.infer<typeof feedbackInput>;

export const feedbackView = z.object({
  verdict: z.enum(verdicts),
  reason: z.enum(feedbackReasons).nullable(),
  score: z.number(),
});

export const weightsView = z.object({
  weights: z.record(z.enum(matchFeatureNames), z.number()),
  samples: z.number().int(),
  updatedAt: z.string().nullable(),
});
