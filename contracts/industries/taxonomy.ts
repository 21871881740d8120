import type { Locale } from "../common/localized.ts";

/** The five new industries of the city's plan ("ABB" counts as one), then traditional and other sectors. */
export const industryGroups = ["new-industry", "traditional", "other"] as const;
export type IndustryGroup = (typeof industryGroups)[number];

export type IndustryDefinition = {
  code: string;
  parent?: string;
  group: IndustryGroup;
  name: Record<Locale, string>;
};

/** Contract §6 codes. They never change meaning; finer sub-sectors hang below them. */
export const contractIndustryCodes = [
  "ai",
  "big-data",
  "blockchain",
  "future-mobility",
  "robotics",
  "healthcare",
  "semiconductors",
  "eyewear",
  "food",
  "textiles",
  "auto-parts",
  "machinery",
  "content",
  "fintech",
  "energy",
  "other",
] as const;
export type IndustryCode = (typeof contractIndustryCodes)[number];

const top: IndustryDefinition[] = [
  { code: "ai", group: "new-industry", name: { ko: "인공지능", en: "Artificial intelligence" } },
  { code: "big-data", group: "new-industry", name: { ko: "빅데이터", en: "Big data" } },
  { code: "blockchain", group: "new-industry", name: { ko: "블록체인", en: "Blockchain" } },
  { code: "future-mobility", group: "new-industry", name: { ko: "미래모빌리티", en: "Future mobility" } },
  { code: "robotics", group: "new-industry", name: { ko: "로봇", en: "Robotics" } },
  { code: "healthcare", group: "new-industry", name: { ko: "헬스케어", en: "Healthcare" } },
  { code: "semiconductors", group: "new-industry", name: { ko: "반도체", en: "Semiconductors" } },
  { code: "eyewear", group: "traditional", name: { ko: "안경", en: "Eyewear" } },
  { code: "food", group: "traditional", name: { ko: "식품", en: "Food" } },
  { code: "textiles", group: "traditional", name: { ko: "섬유", en: "Textiles" } },
  { code: "auto-parts", group: "traditional", name: { ko: "자동차부품", en: "Auto parts" } },
  { code: "machinery", group: "traditional", name: { ko: "기계", en: "Machinery" } },
  { code: "content", group: "other", name: { ko: "콘텐츠", en: "Content" } },
  { code: "fintech", group: "other", name: { ko: "핀테크", en: "Fintech" } },
  { code: "energy", group: "other", name: { ko: "에너지", en: "Energy" } },
  { code: "other", group: "other", name: { ko: "기타", en: "Other" } },
];

const sub = (parent: IndustryCode, code: string, ko: string, en: string): IndustryDefinition => ({
  code,
  parent,
  group: top.find((industry) => industry.code === parent)!.group,
  name: { ko, en },
});

const subSectors: IndustryDefinition[] = [
  sub("ai", "ai-vision", "컴퓨터 비전", "Computer vision"),
  sub("ai", "ai-language", "언어 AI", "Language AI"),
  sub("future-mobility", "ev-components", "전기차 부품", "EV components"),
  sub("future-mobility", "autonomous-driving", "자율주행", "Autonomous driving"),
  sub("future-mobility", "urban-air-mobility", "도심항공교통", "Urban air mobility"),
  sub("robotics", "industrial-robots", "산업용 로봇", "Industrial robots"),
  sub("robotics", "service-robots", "서비스 로봇", "Service robots"),
  sub("healthcare", "medical-devices", "의료기기", "Medical devices"),
  sub("healthcare", "digital-health", "디지털 헬스", "Digital health"),
  sub("semiconductors", "power-semiconductors", "전력반도체", "Power semiconductors"),
  sub("semiconductors", "sensors", "센서", "Sensors"),
  sub("eyewear", "eyewear-frames", "안경테", "Spectacle frames"),
  sub("eyewear", "smart-glasses", "스마트 안경", "Smart glasses"),
  sub("food", "sauces-condiments", "장류·소스", "Sauces and condiments"),
  sub("food", "traditional-liquor", "전통주", "Traditional liquor"),
  sub("textiles", "technical-textiles", "산업용 섬유", "Technical textiles"),
];

/** The whole taxonomy, parents before children; stored as reference data on every start. */
export const industryTaxonomy: readonly IndustryDefinition[] = [...top, ...subSectors];
export const industryCodes: readonly string[] = industryTaxonomy.map((industry) => industry.code);

const parents = new Map(
  industryTaxonomy.flatMap((industry) => (industry.parent ? [[industry.code, industry.parent]] : [])),
);

/** The contract code a sub-sector belongs to; undefined for a contract code itself. */
export function parentOf(code: string): string | undefined {
  return parents.get(code);
}

/** A code and its sub-sectors: filtering by `eyewear` also finds records filed under `eyewear-frames`. */
export function withSubSectors(code: string): string[] {
  return [
    code,
    ...industryTaxonomy.filter((industry) => industry.parent === code).map((industry) => industry.code),
  ];
}
