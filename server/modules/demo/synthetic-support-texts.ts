import type { SupportService } from "../../../contracts/support-requests/vocabulary.ts";
import type { Phrase } from "./synthetic-sectors.ts";

/** What the synthetic companies export: the `{p}` of the subjects. */
export const products: Phrase[] = [
  { ko: "김치", en: "kimchi" },
  { ko: "안경테", en: "eyeglass frames" },
  { ko: "기능성 화장품", en: "functional cosmetics" },
  { ko: "의료기기", en: "medical devices" },
  { ko: "자동차 부품", en: "auto parts" },
  { ko: "섬유 원단", en: "textile fabrics" },
  { ko: "건강기능식품", en: "dietary supplements" },
  { ko: "로봇 감속기", en: "robot gearboxes" },
  { ko: "반도체 장비 부품", en: "semiconductor equipment parts" },
  { ko: "고추장 소스", en: "gochujang sauces" },
  { ko: "2차전지 소재", en: "battery materials" },
  { ko: "AI 영상 분석 소프트웨어", en: "AI video analytics software" },
];

/** Subjects per service, in both languages; `{p}` is the product. */
export const subjects: Record<SupportService, Phrase[]> = {
  "market-research": [
    {
      ko: "{p} 미국 시장 규모와 유통 구조 조사 요청",
      en: "US market size and distribution channels for {p}",
    },
    { ko: "캘리포니아 {p} 경쟁사 가격 조사", en: "Competitor pricing for {p} in California" },
    { ko: "{p} 미국 소비자 선호도 조사", en: "US consumer preferences for {p}" },
  ],
  "buyer-matching": [
    { ko: "LA 지역 {p} 바이어 발굴 요청", en: "Find buyers for {p} in the LA area" },
    { ko: "{p} 미국 유통사 상담 주선", en: "Meetings with US distributors of {p}" },
    { ko: "{p} 코스트코·H마트 입점 상담", en: "Listing {p} at Costco or H Mart" },
  ],
  "legal-tax": [
    { ko: "미국 법인 설립과 세무 자문 ({p})", en: "Setting up a US entity and tax advice ({p})" },
    { ko: "{p} 수출 계약서 검토 요청", en: "Review of an export contract for {p}" },
    { ko: "{p} 관세 분류(HS 코드) 문의", en: "Tariff classification (HS code) of {p}" },
  ],
  certification: [
    { ko: "{p} FDA 식품시설 등록 대행 문의", en: "FDA food facility registration for {p}" },
    { ko: "{p} FDA 510(k) 인증 절차 문의", en: "FDA 510(k) clearance for {p}" },
    { ko: "{p} UL 인증 준비 지원", en: "Preparing UL certification of {p}" },
  ],
  "marketing-events": [
    { ko: "LA 한인축제 {p} 부스 참가 신청", en: "A booth for {p} at the LA Korean Festival" },
    { ko: "{p} 현지 전시회 참가 지원", en: "Trade show participation for {p}" },
    { ko: "{p} 미국 온라인 마케팅 대행사 추천", en: "US online marketing agencies for {p}" },
  ],
  "office-space": [
    { ko: "LA 공유 오피스 입주 문의 ({p})", en: "Shared office space in LA ({p})" },
    { ko: "{p} 샘플 보관 창고 문의", en: "Warehouse space for {p} samples" },
  ],
  interpretation: [
    { ko: "{p} 바이어 미팅 통역 요청", en: "An interpreter for a buyer meeting about {p}" },
    { ko: "{p} 영문 제품 설명서 감수", en: "Review of the English manual of {p}" },
  ],
};

export const description: Phrase = {
  ko: "{c}입니다. {s} 지원을 요청드립니다. {p} 제품으로 미국 시장 진출을 준비하고 있으며, 진행 절차와 예상 일정, 준비해야 할 서류를 안내해 주시면 감사하겠습니다.",
  en: "This is {c}. We would like support with {s}. We are preparing to enter the US market with our {p}; please let us know the steps, the likely timeline and the documents we should prepare.",
};

/** The office's first public reply (`{a}` the staff member, `{d}` days). */
export const officeReply: Phrase = {
  ko: "안녕하세요, 대구시 LA 사무소 {a}입니다. 요청하신 내용을 확인했습니다. 관련 자료를 정리해 {d}일 안에 다시 연락드리겠습니다.",
  en: "Hello, this is {a} at the Daegu City LA Office. We have your request and will come back to you with material within {d} days.",
};

export const companyReply: Phrase = {
  ko: "답변 감사합니다. 말씀하신 제품 사양서와 가격표를 준비해 보내드리겠습니다.",
  en: "Thank you. We will prepare the product specifications and price list you asked for.",
};

export const internalNote: Phrase = {
  ko: "비슷한 지난 사례를 참고해 진행합니다. 필요하면 KOTRA LA 무역관에 연계 예정.",
  en: "Following a similar earlier case; we may refer it to KOTRA Los Angeles if needed.",
};

/** Synthetic staff of the LA office, made when it has no members yet (no password: they cannot sign in). */
export const staffPeople = [
  { name: "김민지 (Minji Kim)", services: ["market-research", "buyer-matching", "marketing-events"] },
  { name: "박서준 (Seojun Park)", services: ["buyer-matching", "interpretation", "office-space"] },
  { name: "이하은 (Haeun Lee)", services: ["certification", "legal-tax"] },
  { name: "Jessica Choi", services: ["certification", "market-research", "interpretation"] },
  { name: "Daniel Kang", services: ["legal-tax", "office-space", "buyer-matching"] },
  { name: "최도윤 (Doyun Choi)", services: ["marketing-events", "market-research", "buyer-matching"] },
] as const satisfies readonly { name: string; services: readonly SupportService[] }[];

export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w)\}/g, (_match, key: string) => values[key] ?? "");
