import type { LocalizedText } from "../../../contracts/common/localized.ts";
import type { OpportunityRecord, OrganizationRecord } from "../../../contracts/interchange/records.ts";
import type { OpportunityKind } from "../../../contracts/opportunities/opportunity.ts";
import type { OrganizationKind, Stage } from "../../../contracts/organizations/organization.ts";
import { capabilityOf, type Phrase, requirements, sectors } from "./synthetic-sectors.ts";

/**
 * Deterministic synthetic opportunities for scale tests (`gateway demo --opportunities M`) and the global
 * partner organizations that own them. Opportunity n is the same whatever M is, and deadlines are counted
 * from a fixed date rather than today, so the same M always yields the same records.
 */
export const referenceDate = "2027-01-01";

/** Every kind but `other`, in turn: n % 7. */
const kinds = [
  "oem-sourcing",
  "procurement",
  "investment",
  "program",
  "pilot",
  "distribution",
  "event",
] as const satisfies readonly OpportunityKind[];

const partnerKinds = ["big-tech", "buyer", "investor", "accelerator"] as const satisfies OrganizationKind[];
type PartnerKind = (typeof partnerKinds)[number];

/** Which partners publish which kind of opportunity; two choices alternate with n. */
const ownerKinds: Record<(typeof kinds)[number], [PartnerKind, PartnerKind]> = {
  "oem-sourcing": ["buyer", "big-tech"],
  procurement: ["big-tech", "buyer"],
  investment: ["investor", "investor"],
  program: ["accelerator", "accelerator"],
  pilot: ["big-tech", "big-tech"],
  distribution: ["buyer", "buyer"],
  event: ["accelerator", "big-tech"],
};

// Partner i (0-based) is about sector i % 12 and of kind partnerKinds[block % 4], block = floor(i / 12);
// each block has its own name head, so names never repeat. 25 blocks: 300 partners.
const partnerCount = 300;
const heads: Phrase[] = [
  { ko: "아틀라스", en: "Atlas" },
  { ko: "퍼시픽", en: "Pacific" },
  { ko: "노르딕", en: "Nordic" },
  { ko: "서밋", en: "Summit" },
  { ko: "메리디안", en: "Meridian" },
  { ko: "하버", en: "Harbor" },
  { ko: "버텍스", en: "Vertex" },
  { ko: "크레센트", en: "Crescent" },
  { ko: "오리온", en: "Orion" },
  { ko: "스털링", en: "Sterling" },
  { ko: "에버그린", en: "Evergreen" },
  { ko: "키스톤", en: "Keystone" },
  { ko: "카디널", en: "Cardinal" },
  { ko: "레드우드", en: "Redwood" },
  { ko: "블루포인트", en: "Bluepoint" },
  { ko: "실버레이크", en: "Silverlake" },
  { ko: "노스스타", en: "Northstar" },
  { ko: "골든게이트", en: "Goldengate" },
  { ko: "이스트윈드", en: "Eastwind" },
  { ko: "유니온", en: "Union" },
  { ko: "폴라리스", en: "Polaris" },
  { ko: "하이랜드", en: "Highland" },
  { ko: "리버사이드", en: "Riverside" },
  { ko: "라이트하우스", en: "Lighthouse" },
  { ko: "프론티어", en: "Frontier" },
];
const kindWords: Record<PartnerKind, Phrase> = {
  "big-tech": { ko: "테크놀로지스", en: "Technologies" },
  buyer: { ko: "트레이딩", en: "Trading" },
  investor: { ko: "벤처스", en: "Ventures" },
  accelerator: { ko: "액셀러레이터", en: "Accelerator" },
};
const kindDescriptions: Record<PartnerKind, Phrase> = {
  "big-tech": { ko: "글로벌 빅테크", en: "A global big tech company" },
  buyer: { ko: "해외 바이어", en: "An overseas buyer" },
  investor: { ko: "벤처캐피털", en: "A venture capital firm" },
  accelerator: { ko: "액셀러레이터", en: "An accelerator" },
};
const countries: { code: string; name: Phrase }[] = [
  { code: "US", name: { ko: "미국", en: "the United States" } },
  { code: "JP", name: { ko: "일본", en: "Japan" } },
  { code: "DE", name: { ko: "독일", en: "Germany" } },
  { code: "SG", name: { ko: "싱가포르", en: "Singapore" } },
  { code: "FR", name: { ko: "프랑스", en: "France" } },
  { code: "VN", name: { ko: "베트남", en: "Vietnam" } },
  { code: "GB", name: { ko: "영국", en: "the United Kingdom" } },
  { code: "CN", name: { ko: "중국", en: "China" } },
];

const serial = (n: number, width: number) => String(n).padStart(width, "0");
export const partnerExternalId = (i: number) => `synthetic-partner-${serial(i + 1, 4)}`;
export const opportunityExternalId = (n: number) => `synthetic-opportunity-${serial(n, 6)}`;
const titleCase = (text: string) => text.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
const countryOf = (i: number) => countries[Math.floor(i / 12) % countries.length]!;

/** Synthetic global partner i (0 ≤ i < 300). */
export function syntheticPartner(i: number): OrganizationRecord {
  const sector = sectors[i % sectors.length]!;
  const block = Math.floor(i / sectors.length);
  const kind = partnerKinds[block % partnerKinds.length]!;
  const head = heads[block % heads.length]!;
  const country = countryOf(i);
  const wanted = capabilityOf(sector, block);
  const what = kindDescriptions[kind];
  return {
    type: "organization",
    externalId: partnerExternalId(i),
    kind,
    scope: "global",
    name:
      i % 3 === 0
        ? { en: `${head.en} ${titleCase(sector.name.en)} ${kindWords[kind].en}` }
        : {
            ko: `${head.ko} ${sector.name.ko} ${kindWords[kind].ko}`,
            en: `${head.en} ${titleCase(sector.name.en)} ${kindWords[kind].en}`,
          },
    summary: {
      ko: `${country.name.ko}의 ${sector.name.ko} 분야 ${what.ko}`,
      en: `${what.en} in ${sector.name.en}, based in ${country.name.en}`,
    },
    seeking: {
      ko: `${wanted.ko} 역량을 갖춘 한국 기업`,
      en: `Korean companies with ${wanted.en} capabilities`,
    },
    industries: [sector.industry],
    country: country.code,
    targetMarkets: ["KR"],
  };
}

/** Which partner owns opportunity n: one of the fitting kind in the opportunity's sector. */
function ownerOf(n: number): number {
  const kind = kinds[n % kinds.length]!;
  const sectorIndex = Math.floor(n / kinds.length) % sectors.length;
  const ownerKind = partnerKinds.indexOf(ownerKinds[kind][n % 2]!);
  const blocks = partnerCount / sectors.length;
  const fitting = Math.ceil((blocks - ownerKind) / partnerKinds.length);
  const block = ownerKind + partnerKinds.length * (Math.floor(n / (kinds.length * sectors.length)) % fitting);
  return block * sectors.length + sectorIndex;
}

/** The partners (0-based, ascending) that own opportunities 1 … total. */
export function partnersFor(total: number): number[] {
  const owners = new Set<number>();
  for (let n = 1; n <= total; n++) owners.add(ownerOf(n));
  return [...owners].sort((a, b) => a - b);
}

const stageSets: Partial<Record<(typeof kinds)[number], Stage[][]>> = {
  investment: [
    ["seed", "series-a"],
    ["pre-seed", "seed"],
    ["series-a", "series-b"],
    ["series-b", "series-c-plus", "growth"],
  ],
  program: [
    ["pre-seed", "seed"],
    ["seed", "series-a"],
  ],
  pilot: [["seed", "series-a", "series-b"], []],
};
const marketSets = [["US"], ["JP"], ["US", "DE"], ["VN"], ["US", "JP"], []];

/** A word with its particle: 와/과, 를/을 by whether the word ends in a final consonant (OEM ends in 엠). */
function withParticle(word: string, afterVowel: string, afterConsonant: string): string {
  const last = word.at(-1) ?? "";
  const code = last.charCodeAt(0);
  const consonant = code >= 0xac00 && code <= 0xd7a3 ? (code - 0xac00) % 28 !== 0 : /[lmnr]/i.test(last);
  return `${word}${consonant ? afterConsonant : afterVowel}`;
}
const and = (word: string) => withParticle(word, "와", "과");
const object = (word: string) => withParticle(word, "를", "을");

type Texts = { title: Phrase; description: Phrase; tag: Phrase };

/** Title and description in both languages for opportunity n; `a`, `b`: capabilities, `r`: a requirement. */
function texts(kind: (typeof kinds)[number], sector: Phrase, a: Phrase, b: Phrase, r: Phrase): Texts {
  switch (kind) {
    case "oem-sourcing":
      return {
        title: { ko: `${a.ko} OEM 제조사 모집`, en: `OEM manufacturers of ${a.en}` },
        description: {
          ko: `${sector.ko} 신제품 양산을 위해 ${and(a.ko)} ${object(b.ko)} 생산할 OEM 제조사를 찾습니다. ${r.ko} 경험을 우대합니다.`,
          en: `For a new ${sector.en} line we are looking for OEM makers of ${a.en} and ${b.en}. Experience with ${r.en} preferred.`,
        },
        tag: { ko: "OEM", en: "oem" },
      };
    case "procurement":
      return {
        title: { ko: `${a.ko} 공급업체 조달`, en: `Procurement: suppliers of ${a.en}` },
        description: {
          ko: `연간 조달 계획에 따라 ${a.ko} 및 ${b.ko} 공급업체를 선정합니다. ${r.ko} 요건을 충족해야 합니다.`,
          en: `Our annual procurement selects suppliers of ${a.en} and ${b.en}. Suppliers must meet ${r.en} requirements.`,
        },
        tag: { ko: "조달", en: "procurement" },
      };
    case "investment":
      return {
        title: { ko: `${sector.ko} 스타트업 투자`, en: `Investment in ${sector.en} startups` },
        description: {
          ko: `${a.ko}, ${b.ko} 분야의 유망 스타트업에 시드부터 시리즈B까지 투자합니다.`,
          en: `We invest from seed to Series B in promising startups working on ${a.en} and ${b.en}.`,
        },
        tag: { ko: "투자", en: "investment" },
      };
    case "program":
      return {
        title: {
          ko: `${sector.ko} 액셀러레이팅 프로그램`,
          en: `Accelerator program for ${sector.en} startups`,
        },
        description: {
          ko: `${and(a.ko)} ${b.ko} 스타트업을 위한 12주 프로그램으로, 멘토링과 데모데이를 제공합니다.`,
          en: `A 12-week program for startups working on ${a.en} and ${b.en}, with mentoring and a demo day.`,
        },
        tag: { ko: "액셀러레이터", en: "accelerator" },
      };
    case "pilot":
      return {
        title: { ko: `${a.ko} 실증 파일럿 파트너 모집`, en: `Pilot partners for ${a.en}` },
        description: {
          ko: `당사 현장에서 ${a.ko} 기술을 실증할 파트너를 찾습니다. ${b.ko} 연계와 ${r.ko} 역량을 우대합니다.`,
          en: `We are looking for partners to pilot ${a.en} at our sites. Integration with ${b.en} and ${r.en} are a plus.`,
        },
        tag: { ko: "파일럿", en: "pilot" },
      };
    case "distribution":
      return {
        title: {
          ko: `${sector.ko} 제품 해외 유통 파트너십`,
          en: `Overseas distribution of ${sector.en} products`,
        },
        description: {
          ko: `${a.ko}, ${b.ko} 제품을 현지 유통망과 이커머스로 판매할 한국 제조사를 찾습니다.`,
          en: `We distribute ${a.en} and ${b.en} products through local retail and e-commerce and seek Korean makers.`,
        },
        tag: { ko: "유통", en: "distribution" },
      };
    case "event":
      return {
        title: {
          ko: `${sector.ko} 글로벌 전시회 참가기업 모집`,
          en: `${titleCase(sector.en)} global trade show exhibitors`,
        },
        description: {
          ko: `${and(a.ko)} ${b.ko} 기업을 위한 한국관 부스와 바이어 상담회를 운영합니다.`,
          en: `A Korea pavilion and buyer meetings for companies in ${a.en} and ${b.en}.`,
        },
        tag: { ko: "전시회", en: "trade show" },
      };
  }
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Synthetic opportunity n (n ≥ 1): kind n % 7, sector ⌊n / 7⌋ % 12, so every 84 consecutive opportunities
 * hold every kind in every sector. One in ten is closed, a few are open past their deadline or have none.
 */
export function syntheticOpportunity(n: number): OpportunityRecord {
  const kind = kinds[n % kinds.length]!;
  const sector = sectors[Math.floor(n / kinds.length) % sectors.length]!;
  const round = Math.floor(n / (kinds.length * sectors.length));
  const a = capabilityOf(sector, round);
  const b = capabilityOf(sector, round + 2);
  const r = requirements[n % requirements.length]!;
  const { title, description, tag } = texts(kind, sector.name, a, b, r);
  const language = n % 5; // 0: Korean only, 1: English only, else both
  const pick = (phrase: Phrase): LocalizedText =>
    language === 0 ? { ko: phrase.ko } : language === 1 ? { en: phrase.en } : { ...phrase };
  const owner = ownerOf(n);
  const stages = stageSets[kind]?.[n % (stageSets[kind]?.length ?? 1)] ?? [];
  const sells = kind === "oem-sourcing" || kind === "procurement" || kind === "distribution";
  const markets = sells ? [countryOf(owner).code] : marketSets[Math.floor(n / 2) % marketSets.length]!;
  const closed = n % 10 === 7;
  const deadline = closed
    ? addDays(referenceDate, -(30 + (n % 300)))
    : n % 23 === 0
      ? undefined
      : n % 17 === 0
        ? addDays(referenceDate, -(1 + (n % 60)))
        : addDays(referenceDate, (n * 37) % 540);
  const tagOf = (phrase: Phrase) => (language === 0 ? phrase.ko : phrase.en.toLowerCase());
  return {
    type: "opportunity",
    externalId: opportunityExternalId(n),
    owner: partnerExternalId(owner),
    kind,
    title: pick(title),
    description: pick(description),
    industries: [sector.industry],
    tags: [tagOf(tag), tagOf(a)],
    ...(stages.length > 0 ? { stages } : {}),
    ...(markets.length > 0 ? { markets } : {}),
    ...(deadline ? { deadline } : {}),
    ...(closed ? { status: "closed" as const } : {}),
  };
}
