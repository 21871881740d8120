import type { LocalizedText } from "../../../contracts/common/localized.ts";
import { documentConcepts, documentVector } from "../../platform/search/document.ts";

/** The fields of an opportunity that its search and matching columns are computed from. */
export type OpportunityDerivedFrom = {
  title: LocalizedText;
  description?: LocalizedText | null | undefined;
  tags?: readonly string[] | null | undefined;
  industries?: readonly string[] | null | undefined;
};

const both = (text: LocalizedText | null | undefined) => [text?.ko, text?.en].filter(Boolean).join("\n");

/** Columns kept in step with the public fields on every write (import, create, edit): lexemes and concepts. */
export function opportunityDerived(record: OpportunityDerivedFrom) {
  const tags = (record.tags ?? []).join(" ");
  return {
    searchTokens: documentVector(
      [
        { text: both(record.title), weight: "A" },
        { text: tags, weight: "B" },
        { text: both(record.description), weight: "C" },
      ],
      record.industries ?? [],
    ),
    concepts: documentConcepts([both(record.title), tags, both(record.description)], record.industries ?? []),
  };
}
