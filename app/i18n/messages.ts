import type { Locale } from "../../contracts/common/locale-text.ts";
import { accountsMessages } from "../features/accounts/accounts.messages.ts";
import { adminMessages } from "../features/admin/admin.messages.ts";
import { curationMessages } from "../features/admin/curation.messages.ts";
import { importsMessages } from "../features/admin/imports.messages.ts";
import { industriesMessages } from "../features/industries/industries.messages.ts";
import { introductionsMessages } from "../features/introductions/introductions.messages.ts";
import { matchingMessages } from "../features/matching/matching.messages.ts";
import { membershipsMessages } from "../features/memberships/memberships.messages.ts";
import { officeDashboardMessages } from "../features/office-dashboard/office-dashboard.messages.ts";
import { officesMessages } from "../features/offices/offices.messages.ts";
import { opportunitiesMessages } from "../features/opportunities/opportunities.messages.ts";
import { editMessages } from "../features/organizations/edit/edit.messages.ts";
import { organizationsMessages } from "../features/organizations/organizations.messages.ts";
import { referralsMessages } from "../features/referrals/referrals.messages.ts";
import { supportRequestsMessages } from "../features/support-requests/support-requests.messages.ts";
import { zonesMessages } from "../features/zones/zones.messages.ts";

/** Every string of the interface, Korean first. A key missing in English fails the type check. */
const core = {
  "site.name": "대구 글로벌 게이트웨이",
  "site.tagline": "대구 기업과 세계를 잇는 글로벌 디지털 혁신도시 플랫폼",
  "site.description":
    "대구광역시가 5대 신산업, 수성알파시티, 글로벌 파트너와 해외사무소를 통해 지역 기업의 세계 진출을 지원하는 플랫폼입니다.",
  "nav.main": "주 메뉴",
  "nav.home": "홈",
  "nav.directory": "디렉터리",
  "nav.opportunities": "협력 기회",
  "nav.programs": "프로그램",
  "nav.news": "뉴스",
  "nav.apiDocs": "API 문서",
  "nav.skip": "본문으로 건너뛰기",
  "nav.admin": "관리",
  "language.label": "언어 선택",
  "language.switchTo": "English",
  "language.switchToLong": "Read this page in English",
  "footer.city": "대구광역시",
  "footer.about": "대구 글로벌 게이트웨이는 대구광역시의 글로벌 디지털 혁신도시 추진 플랫폼입니다.",
  "footer.api": "개발자용 API (OpenAPI)",
  "footer.languages": "한국어 · English",
  "home.hero.eyebrow": "글로벌 디지털 혁신도시 대구",
  "home.hero.title": "대구의 기업을 세계의 파트너와 잇습니다",
  "home.hero.lead":
    "대구광역시는 2024년 10월 글로벌 디지털 혁신도시 도약 계획을 발표했습니다. 5대 신산업과 전통 제조업의 기업이 빅테크·액셀러레이터·바이어와 만나고, 해외사무소의 원스톱 지원을 받습니다.",
  "home.stats.local": "지역 기업·기관",
  "home.stats.global": "글로벌 파트너",
  "home.stats.zones": "혁신 구역",
  "home.stats.opportunities": "진행 중인 협력 기회",
  "home.industries.title": "5대 신산업",
  "home.industries.lead":
    "ABB(인공지능·빅데이터·블록체인), 미래모빌리티, 로봇, 헬스케어, 반도체에 더해 안경·식품·섬유 같은 전통 제조업이 함께 성장합니다.",
  "home.industries.companies": "{count}개 기업",
  "home.industries.abb": "ABB",
  "home.industries.traditional": "전통 제조업",
  "home.zones.title": "수성알파시티와 기회발전특구",
  "home.zones.lead":
    "비수도권 최대 ICT 집적지 수성알파시티와 조성 중인 제2수성알파시티는 IT·AI·빅데이터·블록체인 분야 국내 첫 기회발전특구입니다.",
  "home.zones.companies": "입주 기업 {count}곳",
  "home.partners.title": "글로벌 파트너",
  "home.partners.lead":
    "시장은 미국 방문에서 메타, 플러그앤플레이와 협력을 논의했고, 플러그앤플레이는 엔비디아 방문 주선과 대구 스타트업의 글로벌 진출 지원을 제안했습니다.",
  "home.office.title": "해외사무소 원스톱 지원",
  "home.office.lead":
    "대구시 LA 사무소는 미국 시장에 진출하는 지역 기업을 위한 원스톱 지원 기관으로, LA 한인축제의 식품 기업부터 지원을 시작했습니다.",
  "home.opportunities.title": "지금 열려 있는 협력 기회",
  "home.opportunities.deadline": "마감 {date}",
  "home.opportunities.empty": "지금 열려 있는 협력 기회가 없습니다.",
  "home.unicorn": "목표: 기업가치 1조 원 이상의 대구 유니콘 기업 탄생",
  "kind.big-tech": "빅테크",
  "kind.accelerator": "액셀러레이터",
  "kind.overseas-office": "해외사무소",
  "kind.public-agency": "공공기관",
  "kind.investor": "투자사",
  "kind.buyer": "바이어",
  "error.notFound.title": "페이지를 찾을 수 없습니다",
  "error.notFound.body": "주소가 바뀌었거나 삭제된 페이지입니다.",
  "error.server.title": "일시적인 오류가 발생했습니다",
  "error.server.body": "잠시 후 다시 시도해 주세요. 문제가 계속되면 대구광역시에 알려 주세요.",
  "error.home": "홈으로 가기",
  "common.translatedNotice": "원문 언어로 표시됩니다",
} as const;

/**
 * Each feature keeps its strings beside its code (`app/features/<feature>/<feature>.messages.ts`);
 * they are merged here, and a key missing in English fails the type check.
 */
const features = [
  accountsMessages,
  adminMessages,
  importsMessages,
  membershipsMessages,
  organizationsMessages,
  zonesMessages,
  industriesMessages,
  editMessages,
  curationMessages,
  introductionsMessages,
  matchingMessages,
  opportunitiesMessages,
  referralsMessages,
  officesMessages,
  officeDashboardMessages,
  supportRequestsMessages,
] as const;
type FeatureKey = (typeof features)[number] extends infer F
  ? F extends { ko: infer M }
    ? keyof M
    : never
  : never;

const ko = Object.assign({}, core, ...features.map((feature) => feature.ko)) as Record<
  keyof typeof core | FeatureKey,
  string
>;

type Messages = Record<keyof typeof ko, string>;

const coreEn: Record<keyof typeof core, string> = {
  "site.name": "Daegu Global Gateway",
  "site.tagline": "The global digital innovation city platform connecting Daegu companies with the world",
  "site.description":
    "The platform of Daegu Metropolitan City that takes local companies global through its five new industries, Suseong Alpha City, global partners and overseas offices.",
  "nav.main": "Main menu",
  "nav.home": "Home",
  "nav.directory": "Directory",
  "nav.opportunities": "Opportunities",
  "nav.programs": "Programs",
  "nav.news": "News",
  "nav.apiDocs": "API docs",
  "nav.skip": "Skip to content",
  "nav.admin": "Admin",
  "language.label": "Language",
  "language.switchTo": "한국어",
  "language.switchToLong": "이 페이지를 한국어로 보기",
  "footer.city": "Daegu Metropolitan City",
  "footer.about":
    "Daegu Global Gateway is the platform of Daegu Metropolitan City's global digital innovation city program.",
  "footer.api": "Developer API (OpenAPI)",
  "footer.languages": "한국어 · English",
  "home.hero.eyebrow": "Daegu, a global digital innovation city",
  "home.hero.title": "Connecting Daegu's companies with partners around the world",
  "home.hero.lead":
    "In October 2024 Daegu Metropolitan City announced its plan to become a global digital innovation city. Companies of the five new industries and of its traditional manufacturing meet big tech, accelerators and buyers, with one-stop support from the city's overseas offices.",
  "home.stats.local": "Local companies and institutions",
  "home.stats.global": "Global partners",
  "home.stats.zones": "Innovation zones",
  "home.stats.opportunities": "Open opportunities",
  "home.industries.title": "Five new industries",
  "home.industries.lead":
    "ABB (AI, big data, blockchain), future mobility, robotics, healthcare and semiconductors grow alongside traditional makers of eyewear, food and textiles.",
  "home.industries.companies": "{count} companies",
  "home.industries.abb": "ABB",
  "home.industries.traditional": "Traditional manufacturing",
  "home.zones.title": "Suseong Alpha City and the Opportunity Development Special Zone",
  "home.zones.lead":
    "Suseong Alpha City, the largest ICT cluster outside the capital region, and the 2nd Suseong Alpha City under construction form Korea's first Opportunity Development Special Zone for IT, AI, big data and blockchain.",
  "home.zones.companies": "{count} companies based here",
  "home.partners.title": "Global partners",
  "home.partners.lead":
    "On his US trip the mayor discussed cooperation with Meta and Plug and Play; Plug and Play offered to help Daegu startups go global and to arrange a visit to NVIDIA.",
  "home.office.title": "One-stop support abroad",
  "home.office.lead":
    "The Daegu City LA Office is a one-stop support agency for local companies entering the US market, starting with food companies at the LA Korean Festival.",
  "home.opportunities.title": "Opportunities open now",
  "home.opportunities.deadline": "Deadline {date}",
  "home.opportunities.empty": "No opportunities are open right now.",
  "home.unicorn": "The goal: a Daegu unicorn valued at ₩1 trillion or more",
  "kind.big-tech": "Big tech",
  "kind.accelerator": "Accelerator",
  "kind.overseas-office": "Overseas office",
  "kind.public-agency": "Public agency",
  "kind.investor": "Investor",
  "kind.buyer": "Buyer",
  "error.notFound.title": "Page not found",
  "error.notFound.body": "The address may have changed, or the page was removed.",
  "error.server.title": "Something went wrong",
  "error.server.body": "Please try again shortly. If the problem persists, let Daegu Metropolitan City know.",
  "error.home": "Go to the home page",
  "common.translatedNotice": "Shown in its original language",
};

const en = Object.assign({}, coreEn, ...features.map((feature) => feature.en)) as Messages;

export const messages: Record<Locale, Messages> = { ko, en };
export type MessageKey = keyof Messages;

/** Looks a string up and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, values?: Record<string, string | number>): string {
  const text = messages[locale][key];
  return values ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? "")) : text;
}
