import type { LocalizedText } from "../../../contracts/common/localized.ts";
import type { MatchFeatures, MatchReason } from "../../../contracts/matching/match.ts";
import type { Stage } from "../../../contracts/organizations/organization.ts";
import { conceptMatcher } from "../../platform/search/concepts.ts";
import { josa, withArticle } from "./grammar.ts";
import {
  countryNames,
  industryName,
  opportunityKindNames,
  organizationKindNames,
  stageList,
  stageNames,
} from "./labels.ts";
import type { OfferSpec, WantSpec } from "./rank.ts";
import { broaderOf } from "./vocabulary.ts";

/** One side as explanations see it: its name, the texts evidence is quoted from, its industry codes. */
export type Evidence = {
  name: LocalizedText;
  texts: readonly (string | null | undefined)[];
  industries: readonly string[];
  /** The title: what it names is what the post is about, so those concepts are cited first. */
  headline?: readonly (string | null | undefined)[];
};

const SHOWN_CAPABILITIES = 3;
const SHOWN_MISSING = 2;

const named = (name: LocalizedText) => ({ ko: name.ko ?? name.en ?? "", en: name.en ?? name.ko ?? "" });
const reason = (code: string, ko: string, en: string): MatchReason => ({ code, text: { ko, en } });
const conceptName = (id: string) => {
  const concept = conceptMatcher.byId(id);
  return { ko: concept?.ko[0] ?? id, en: concept?.en[0] ?? id };
};

/**
 * The words a side used for a concept: its own text first, else a narrower concept it named (a frame
 * maker's 안경테 for eyewear), else the industry it is filed under.
 */
function quote(concept: string, mentions: Map<string, string>, industries: readonly string[]) {
  const own = mentions.get(concept);
  if (own) return { ko: `‘${own}’`, en: `“${own}”` };
  for (const [id, words] of mentions) {
    if (broaderOf(id).includes(concept)) return { ko: `‘${words}’`, en: `“${words}”` };
  }
  const code = industries.find((c) =>
    conceptMatcher.forIndustry(c).some((k) => k.id === concept || broaderOf(k.id).includes(concept)),
  );
  const name = industryName(code ?? "other");
  return code
    ? { ko: `분야 ‘${name.ko}’`, en: `the industry “${name.en}”` }
    : { ko: `‘${conceptName(concept).ko}’`, en: `“${conceptName(concept).en}”` };
}

/** A list explains up to 53 items against one asker: its mentions are found once per text list. */
const mentioned = new WeakMap<readonly (string | null | undefined)[], Map<string, string>>();

function mentionsOf(side: { texts: readonly (string | null | undefined)[] }): Map<string, string> {
  const known = mentioned.get(side.texts);
  if (known) return known;
  const all = new Map<string, string>();
  mentioned.set(side.texts, all);
  for (const text of side.texts) {
    if (!text) continue;
    for (const [id, words] of conceptMatcher.mentions(text)) if (!all.has(id)) all.set(id, words);
  }
  return all;
}

/**
 * Reasons and gaps ("why not") for one match, each citing what both sides wrote, in both languages.
 * `asker` names the side that wants (the opportunity, or a partner for suggestions).
 */
export function explain(input: {
  want: WantSpec;
  wantSide: Evidence & { asker: "opportunity" | "partner" };
  offer: OfferSpec;
  offerSide: Evidence;
  features: MatchFeatures;
  idf: (concept: string) => number;
  deadline?: { date: string; daysLeft: number } | undefined;
  closed?: "closed" | "expired" | undefined;
}): { reasons: MatchReason[]; gaps: MatchReason[] } {
  const { want, offer, features } = input;
  const asker =
    input.wantSide.asker === "opportunity"
      ? { ko: "기회", en: "the opportunity" }
      : { ko: named(input.wantSide.name).ko, en: named(input.wantSide.name).en };
  const org = named(input.offerSide.name);
  const wantMentions = mentionsOf(input.wantSide);
  const offerMentions = mentionsOf(input.offerSide);
  const headline = mentionsOf({ texts: input.wantSide.headline ?? [] });
  const salience = (concept: string) => input.idf(concept) * (headline.has(concept) ? 2 : 1);
  const bySalience = [...want.wants].sort((a, b) => salience(b) - salience(a));
  const reasons: MatchReason[] = [];
  const gaps: MatchReason[] = [];

  const shared = bySalience.filter((c) => offer.offers.includes(c));
  for (const concept of shared.slice(0, SHOWN_CAPABILITIES)) {
    const asked = quote(concept, wantMentions, input.wantSide.industries);
    const offered = quote(concept, offerMentions, input.offerSide.industries);
    const label = conceptName(concept);
    reasons.push(
      reason(
        "capability",
        `${label.ko}: ${asker.ko}에 ${asked.ko}, ${org.ko} 프로필에 ${offered.ko}`,
        `${capitalize(label.en)}: ${asker.en} says ${asked.en}; ${org.en}'s profile says ${offered.en}`,
      ),
    );
  }
  const partial = bySalience.filter(
    (c) => !offer.offers.includes(c) && broaderOf(c).some((b) => offer.offers.includes(b)),
  );
  for (const concept of partial.slice(0, Math.max(0, SHOWN_CAPABILITIES - shared.length))) {
    const label = conceptName(concept);
    const broader = conceptName(broaderOf(concept).find((b) => offer.offers.includes(b))!);
    reasons.push(
      reason(
        "related-capability",
        `${josa(asker.ko, "은/는")} ${josa(`‘${label.ko}’`, "을/를")} 찾고, ${josa(org.ko, "은/는")} 더 넓은 분야인 ‘${broader.ko}’에 있습니다`,
        `${capitalize(asker.en)} asks for “${label.en}”; ${org.en} works in the broader field “${broader.en}”`,
      ),
    );
  }
  if (features.industry === 1) {
    const code = want.industries.find((c) => offer.industries.includes(c))!;
    const name = industryName(code);
    reasons.push(reason("industry", `같은 분야: ${name.ko}`, `Same industry: ${name.en}`));
  } else if (features.industry === 0) {
    const names = want.industries.map(industryName);
    gaps.push(
      reason(
        "industry-mismatch",
        `${asker.ko}의 분야(${names.map((n) => n.ko).join(", ")})에 등록되어 있지 않습니다`,
        `Not filed under ${asker.en}'s industries (${names.map((n) => n.en).join(", ")})`,
      ),
    );
  }

  const kind = { want: opportunityKindNames[want.kind], offer: organizationKindNames[offer.kind] };
  if ((features.kind ?? 0) >= 0.8) {
    reasons.push(
      reason(
        "kind",
        `${kind.want.ko}에 맞는 유형입니다 (${kind.offer.ko})`,
        `${capitalize(withArticle(kind.offer.en))} is who ${kind.want.en} looks for`,
      ),
    );
  } else if ((features.kind ?? 1) < 0.2) {
    gaps.push(
      reason(
        "kind-mismatch",
        `${kind.offer.ko} 유형은 ${kind.want.ko} 대상이 아닙니다`,
        `${capitalize(withArticle(kind.offer.en))} is not who ${kind.want.en} looks for`,
      ),
    );
  }

  explainStage(want.stages, offer.stage, features.stage, reasons, gaps);
  explainMarket(want.markets, offer.markets, features.market, org, reasons, gaps);

  if (features.intent === 1) {
    reasons.push(
      reason(
        "intent",
        `${josa(org.ko, "이/가")} 원하는 것과 맞습니다: ${kind.want.ko}`,
        `${org.en} says it is looking for ${kind.want.en}`,
      ),
    );
  }
  if (input.deadline) {
    const { date, daysLeft } = input.deadline;
    reasons.push(
      reason(
        "deadline",
        `마감 ${date} (${daysLeft === 0 ? "오늘 마감" : `D-${daysLeft}`})`,
        `Closes ${date} (${daysLeft === 0 ? "today" : daysLeft === 1 ? "1 day left" : `${daysLeft} days left`})`,
      ),
    );
  }
  if (input.closed === "closed")
    gaps.push(reason("closed", "마감된 기회입니다", "This opportunity is closed"));
  if (input.closed === "expired")
    gaps.push(reason("expired", "마감일이 지났습니다", "The deadline has passed"));

  const missing = bySalience.filter(
    (c) => !offer.offers.includes(c) && !broaderOf(c).some((b) => offer.offers.includes(b)),
  );
  for (const concept of missing.slice(0, SHOWN_MISSING)) {
    const asked = quote(concept, wantMentions, input.wantSide.industries);
    gaps.push(
      reason(
        "capability-missing",
        `${josa(asker.ko, "이/가")} 찾는 ${asked.ko}에 대한 근거가 ${org.ko} 프로필에 없습니다`,
        `${capitalize(asker.en)} asks for ${asked.en}; ${org.en}'s profile shows no evidence of it`,
      ),
    );
  }
  return { reasons, gaps };
}

function explainStage(
  wanted: readonly Stage[],
  stage: Stage | null,
  value: number | null,
  reasons: MatchReason[],
  gaps: MatchReason[],
) {
  if (value === null) return;
  const list = stageList(wanted);
  if (!stage) {
    gaps.push(
      reason(
        "stage-unknown",
        `단계 정보가 없습니다 (대상: ${list.ko})`,
        `Stage not stated (sought: ${list.en})`,
      ),
    );
    return;
  }
  const name = stageNames[stage];
  if (value === 1)
    reasons.push(
      reason(
        "stage",
        `${name.ko} 단계: 대상 단계(${list.ko})에 맞습니다`,
        `Stage ${name.en} is among those sought (${list.en})`,
      ),
    );
  else
    gaps.push(
      reason(
        value === 0 ? "stage-mismatch" : "stage-near",
        value === 0
          ? `${name.ko} 단계: 대상 단계(${list.ko}) 밖입니다`
          : `${name.ko} 단계: 대상 단계(${list.ko})에서 한 단계 떨어져 있습니다`,
        value === 0
          ? `Stage ${name.en} is outside those sought (${list.en})`
          : `Stage ${name.en} is one step from those sought (${list.en})`,
      ),
    );
}

function explainMarket(
  wanted: readonly string[],
  markets: readonly string[],
  value: number | null,
  org: { ko: string; en: string },
  reasons: MatchReason[],
  gaps: MatchReason[],
) {
  if (value === null) return;
  if (value === 1) {
    const names = countryNames(markets.filter((m) => wanted.includes(m)));
    reasons.push(
      reason("market", `이미 ${names.ko} 시장을 목표로 합니다`, `${org.en} already targets ${names.en}`),
    );
  } else if (value === 0.5) {
    const names = countryNames(wanted);
    gaps.push(
      reason(
        "market-unknown",
        `목표 시장 정보가 없습니다 (대상 시장: ${names.ko})`,
        `No target markets stated (sought: ${names.en})`,
      ),
    );
  } else {
    const own = countryNames(markets);
    const names = countryNames(wanted);
    gaps.push(
      reason(
        "market-mismatch",
        `목표 시장(${own.ko})에 ${josa(names.ko, "이/가")} 없습니다`,
        `Targets ${own.en}, not ${names.en}`,
      ),
    );
  }
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
