/** Strings of the innovation zone pages, Korean first. */
import { defineMessages } from "../../i18n/define-messages.ts";

export const zonesMessages = defineMessages({
  ko: {
    "zones.nav": "혁신 구역",
    "zones.title": "혁신 구역",
    "zones.lead":
      "비수도권 최대 ICT 집적지 수성알파시티와 조성 중인 제2수성알파시티(IT·AI·빅데이터·블록체인 분야 국내 첫 기회발전특구), 그리고 대구의 산업단지에 자리한 기업을 살펴보세요.",
    "zones.metaDescription":
      "대구의 혁신 구역: 기회발전특구 수성알파시티와 산업단지별 입주 기업과 산업 구성을 한눈에 봅니다.",
    "zones.companies": "입주 기업·기관 {count}곳",
    "zones.chart.byZone": "혁신 구역별 기업·기관 수",
    "zones.chart.industries": "{zone}의 산업 구성",
    "zones.chart.industriesHeading": "산업 구성",
    "zones.chart.kinds": "유형별",
    "zones.chart.stages": "성장 단계별",
    "zones.chart.empty": "아직 이 구역에 등록된 기업이 없습니다.",
    "zones.list": "입주 기업·기관",
    "zones.viewAll": "{zone}의 기업·기관 {count}곳 모두 디렉터리에서 보기",
    "zones.all": "모든 혁신 구역",
    "zones.metaZone": "{zone} ({designation}): 입주 기업·기관 {count}곳과 산업 구성.",
  },
  en: {
    "zones.nav": "Zones",
    "zones.title": "Innovation zones",
    "zones.lead":
      "Suseong Alpha City, the largest ICT cluster outside the capital region, and the 2nd Suseong Alpha City under construction form Korea's first Opportunity Development Special Zone for IT, AI, big data and blockchain. See who is based there and in Daegu's industrial complexes.",
    "zones.metaDescription":
      "Daegu's innovation zones: the companies and industries of Suseong Alpha City, the Opportunity Development Special Zone, and the city's industrial complexes.",
    "zones.companies": "{count} companies and institutions",
    "zones.chart.byZone": "Companies and institutions per zone",
    "zones.chart.industries": "Industries in {zone}",
    "zones.chart.industriesHeading": "Industries",
    "zones.chart.kinds": "By type",
    "zones.chart.stages": "By stage",
    "zones.chart.empty": "No companies are registered in this zone yet.",
    "zones.list": "Companies and institutions",
    "zones.viewAll": "See all {count} organizations of {zone} in the directory",
    "zones.all": "All innovation zones",
    "zones.metaZone": "{zone} ({designation}): {count} companies and institutions and their industries.",
  },
});
