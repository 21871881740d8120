import type { Locale } from "../../../contracts/common/localized.ts";
import { industryTaxonomy } from "../../../contracts/industries/taxonomy.ts";
import type { OpportunityKind } from "../../../contracts/opportunities/opportunity.ts";
import type { OrganizationKind, Stage } from "../../../contracts/organizations/organization.ts";

type Both = Record<Locale, string>;

/** Names the explanations use, in both languages (the pages' own labels live with the pages). */
export const organizationKindNames: Record<OrganizationKind, Both> = {
  startup: { ko: "스타트업", en: "startup" },
  sme: { ko: "중소기업", en: "SME" },
  manufacturer: { ko: "제조기업", en: "manufacturer" },
  enterprise: { ko: "대기업·중견기업", en: "enterprise" },
  "big-tech": { ko: "빅테크", en: "big tech company" },
  accelerator: { ko: "액셀러레이터", en: "accelerator" },
  investor: { ko: "투자사", en: "investor" },
  buyer: { ko: "바이어", en: "buyer" },
  "public-agency": { ko: "공공기관", en: "public agency" },
  "overseas-office": { ko: "해외사무소", en: "overseas office" },
  university: { ko: "대학", en: "university" },
  "research-institute": { ko: "연구기관", en: "research institute" },
};

export const opportunityKindNames: Record<OpportunityKind, Both> = {
  "oem-sourcing": { ko: "OEM 소싱", en: "OEM sourcing" },
  procurement: { ko: "구매·조달", en: "procurement" },
  investment: { ko: "투자", en: "investment" },
  program: { ko: "프로그램", en: "a program" },
  pilot: { ko: "실증", en: "a pilot" },
  distribution: { ko: "유통", en: "distribution" },
  event: { ko: "행사", en: "an event" },
  other: { ko: "협력", en: "a partnership" },
};

export const stageNames: Record<Stage, Both> = {
  idea: { ko: "아이디어", en: "Idea" },
  "pre-seed": { ko: "프리시드", en: "Pre-seed" },
  seed: { ko: "시드", en: "Seed" },
  "series-a": { ko: "시리즈 A", en: "Series A" },
  "series-b": { ko: "시리즈 B", en: "Series B" },
  "series-c-plus": { ko: "시리즈 C 이상", en: "Series C+" },
  growth: { ko: "성장 단계", en: "Growth" },
  public: { ko: "상장", en: "Public" },
};

const industries = new Map(industryTaxonomy.map((industry) => [industry.code, industry.name]));
export function industryName(code: string): Both {
  return industries.get(code) ?? { ko: code, en: code };
}

const regions = {
  ko: new Intl.DisplayNames(["ko"], { type: "region" }),
  en: new Intl.DisplayNames(["en"], { type: "region" }),
};
export function countryNames(codes: readonly string[]): Both {
  const name = (locale: Locale) =>
    codes
      .map((code) => {
        try {
          return regions[locale].of(code) ?? code;
        } catch {
          return code;
        }
      })
      .join(", ");
  return { ko: name("ko"), en: name("en") };
}

export const stageList = (list: readonly Stage[]): Both => ({
  ko: list.map((stage) => stageNames[stage].ko).join(", "),
  en: list.map((stage) => stageNames[stage].en).join(", "),
});
