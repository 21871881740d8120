/** Strings of the industry pages, Korean first. */
import { defineMessages } from "../../i18n/define-messages.ts";

export const industriesMessages = defineMessages({
  ko: {
    "industries.nav": "산업",
    "industries.title": "산업",
    "industries.lead":
      "대구는 ABB(인공지능·빅데이터·블록체인), 미래모빌리티, 로봇, 헬스케어, 반도체의 5대 신산업과 세계적 수준의 안경테를 비롯한 전통 제조업을 함께 키웁니다.",
    "industries.metaDescription":
      "대구의 5대 신산업과 전통 제조업: 산업별 기업·기관 수, 세부 분야, 대표 기업을 봅니다.",
    "industries.chart.newIndustries": "5대 신산업별 기업·기관 수",
    "industries.count": "{count}곳",
    "industries.subSectors": "세부 분야",
    "industries.parent": "상위 산업: {name}",
    "industries.all": "모든 산업",
    "industries.total": "기업·기관 {count}곳",
    "industries.byKind": "유형별",
    "industries.byZone": "혁신 구역별",
    "industries.byMarket": "목표 시장별",
    "industries.chart.byKind": "{industry} 기업·기관의 유형별 수",
    "industries.chart.byZone": "{industry} 기업·기관의 혁신 구역별 수",
    "industries.chart.byMarket": "{industry} 기업·기관의 목표 시장별 수",
    "industries.noZone": "혁신 구역에 입주한 기업이 아직 없습니다.",
    "industries.companies": "지역 기업·기관",
    "industries.partners": "글로벌 파트너",
    "industries.viewAll": "{industry} 기업·기관 {count}곳 모두 디렉터리에서 보기",
    "industries.metaIndustry":
      "대구의 {industry} 기업·기관 {count}곳: 유형, 혁신 구역, 목표 시장과 대표 기업.",
    "industries.empty": "아직 이 산업에 등록된 기업·기관이 없습니다.",
  },
  en: {
    "industries.nav": "Industries",
    "industries.title": "Industries",
    "industries.lead":
      "Daegu grows its five new industries — ABB (AI, big data, blockchain), future mobility, robotics, healthcare and semiconductors — alongside traditional manufacturing such as its world-class eyewear frame cluster.",
    "industries.metaDescription":
      "Daegu's five new industries and traditional manufacturing: how many companies each has, sub-sectors and leading companies.",
    "industries.chart.newIndustries": "Companies and institutions per new industry",
    "industries.count": "{count}",
    "industries.subSectors": "Sub-sectors",
    "industries.parent": "Part of {name}",
    "industries.all": "All industries",
    "industries.total": "{count} companies and institutions",
    "industries.byKind": "By type",
    "industries.byZone": "By innovation zone",
    "industries.byMarket": "By target market",
    "industries.chart.byKind": "{industry}: organizations by type",
    "industries.chart.byZone": "{industry}: organizations by innovation zone",
    "industries.chart.byMarket": "{industry}: organizations by target market",
    "industries.noZone": "No company of this industry is based in an innovation zone yet.",
    "industries.companies": "Local companies and institutions",
    "industries.partners": "Global partners",
    "industries.viewAll": "See all {count} {industry} organizations in the directory",
    "industries.metaIndustry":
      "{count} {industry} organizations in Daegu: types, innovation zones, target markets and leading companies.",
    "industries.empty": "No organization of this industry is registered yet.",
  },
});
