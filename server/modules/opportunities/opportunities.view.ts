import type { LocalizedText } from "../../../contracts/common/localized.ts";
import type { OpportunityView } from "../../../contracts/opportunities/opportunity.ts";
import type { OpportunityRecord, OpportunityRow } from "./opportunities.repository.ts";

/** The public face of a row (what the API and the pages show). */
export function toView({ opportunity, owner }: OpportunityRow): OpportunityView {
  return { ...publicFields(opportunity), id: opportunity.id, owner };
}

/** The fields a person writes, as the audit log keeps them (no lexemes, no concepts). */
export function publicFields(opportunity: OpportunityRecord) {
  return {
    externalId: opportunity.externalId,
    ownerId: opportunity.ownerId,
    kind: opportunity.kind,
    title: opportunity.title,
    description: opportunity.description,
    industries: opportunity.industries,
    tags: opportunity.tags,
    stages: opportunity.stages,
    markets: opportunity.markets,
    deadline: opportunity.deadline,
    status: opportunity.status,
    machineTranslated: opportunity.machineTranslated,
  };
}

/** Machine-translation marks of languages that exist: a mark on a text that is gone means nothing. */
export function keptMarks(
  marks: readonly string[],
  texts: { title: LocalizedText; description: LocalizedText | null },
): string[] {
  return [
    ...new Set(
      marks.filter((mark) => {
        const [field, locale] = mark.split(".") as ["title" | "description", "ko" | "en"];
        return Boolean(texts[field]?.[locale]);
      }),
    ),
  ];
}
