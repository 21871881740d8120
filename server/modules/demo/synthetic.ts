import type { LocalizedText } from "../../../contracts/common/localized.ts";
import type { OrganizationRecord } from "../../../contracts/interchange/records.ts";
import type { OrganizationKind, Stage } from "../../../contracts/organizations/organization.ts";
import { capabilityOf, type Phrase, sectors } from "./synthetic-sectors.ts";

/**
 * Deterministic synthetic local companies for scale tests (`gateway demo --companies N`):
 * the same N always yields the same records, so benchmarks compare like with like.
 */
const koHeads = [
  "한빛",
  "대성",
  "새롬",
  "청라",
  "동화",
  "미래",
  "누리",
  "가온",
  "해솔",
  "다온",
  "라온",
  "비채",
  "세움",
  "온새",
  "푸름",
  "한결",
];
const koTails = [
  "테크",
  "정밀",
  "광학",
  "바이오",
  "로보틱스",
  "모빌리티",
  "식품",
  "섬유",
  "반도체",
  "메디컬",
  "데이터",
  "시스템",
];
const enHeads = [
  "Hanbit",
  "Daesung",
  "Saerom",
  "Cheongna",
  "Donghwa",
  "Mirae",
  "Nuri",
  "Gaon",
  "Haesol",
  "Daon",
  "Raon",
  "Bichae",
  "Seum",
  "Onsae",
  "Pureum",
  "Hangyeol",
];
const enTails = [
  "Tech",
  "Precision",
  "Optics",
  "Bio",
  "Robotics",
  "Mobility",
  "Foods",
  "Textiles",
  "Semiconductor",
  "Medical",
  "Data",
  "Systems",
];
const industryOf = sectors.map((sector) => sector.industry);
const kinds: OrganizationKind[] = ["startup", "sme", "manufacturer"];
const stages: Stage[] = ["pre-seed", "seed", "series-a", "series-b", "growth"];
const markets = [["US"], ["JP"], ["US", "JP"], ["VN"], ["DE", "FR"], ["CN"], []];
const zonesCycle = ["suseong-alpha-city", undefined, undefined, "suseong-alpha-city-2"];

export function syntheticCompany(n: number, zoneCodes: ReadonlySet<string>): OrganizationRecord {
  const head = n % koHeads.length;
  const tail = Math.floor(n / koHeads.length) % koTails.length;
  const serial = String(n).padStart(6, "0");
  const kind = kinds[n % kinds.length]!;
  const zone = zonesCycle[n % zonesCycle.length];
  const bilingual = n % 6 !== 0;
  return {
    type: "organization",
    externalId: `synthetic-${serial}`,
    kind,
    scope: "local",
    name:
      n % 6 === 3
        ? { en: `${enHeads[head]} ${enTails[tail]} ${serial}` }
        : {
            ko: `${koHeads[head]}${koTails[tail]} ${serial}`,
            ...(bilingual ? { en: `${enHeads[head]} ${enTails[tail]} ${serial}` } : {}),
          },
    summary: bilingual
      ? {
          ko: `대구의 ${koTails[tail]} 전문 기업`,
          en: `A Daegu company specialising in ${enTails[tail]!.toLowerCase()}`,
        }
      : { ko: `대구의 ${koTails[tail]} 전문 기업` },
    ...capabilityTexts(n, tail, kind, bilingual),
    industries: [industryOf[tail]!],
    tags: [enTails[tail]!.toLowerCase()],
    ...(kind === "startup" ? { stage: stages[n % stages.length]! } : {}),
    foundedYear: 1980 + (n % 45),
    employees: 5 + ((n * 7) % 400),
    country: "KR",
    city: "Daegu",
    ...(zone && zoneCodes.has(zone) ? { zone } : {}),
    targetMarkets: markets[n % markets.length]!,
  };
}

// What a company seeks, by kind: the intent side of matching (seek concepts), for every other company.
const seekingOf: Partial<Record<OrganizationKind, Phrase>> = {
  startup: { ko: "투자 유치와 액셀러레이터 프로그램", en: "investment and accelerator programs" },
  sme: { ko: "수출 판로와 유통 파트너", en: "export channels and distribution partners" },
  manufacturer: { ko: "해외 바이어의 OEM 수주", en: "OEM orders from overseas buyers" },
};

/**
 * Two capabilities of the company's sector (which two varies with n, so companies of one sector differ in
 * what they offer and matching has something to rank), the manufacturers' OEM, and for half of them a seeking.
 */
function capabilityTexts(n: number, tail: number, kind: OrganizationKind, bilingual: boolean) {
  const sector = sectors[tail]!;
  const first = Math.floor(n / (koHeads.length * koTails.length));
  const a = capabilityOf(sector, first);
  const b = capabilityOf(sector, first + 1 + (n % 2));
  const oem = kind === "manufacturer";
  const text = (ko: string, en: string): LocalizedText => (bilingual ? { ko, en } : { ko });
  const seeking = n % 2 === 0 ? seekingOf[kind] : undefined;
  return {
    offering: text(`${a.ko}, ${b.ko}${oem ? " OEM 생산" : ""}`, `${a.en}, ${b.en}${oem ? " (OEM)" : ""}`),
    ...(seeking ? { seeking: text(seeking.ko, seeking.en) } : {}),
  };
}
