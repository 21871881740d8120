import type { Concept } from "../concepts.data.ts";

/** Future mobility (a new industry) and the automotive parts makers it grows from. */
export const mobility: Concept[] = [
  // ── Future mobility ───────────────────────────────────────────────────────────────────────────
  {
    id: "future-mobility",
    ko: ["미래모빌리티", "미래차", "미래자동차", "미래형자동차"],
    en: ["future mobility", "future vehicle", "future car"],
    industry: "future-mobility",
  },
  { id: "mobility", ko: ["모빌리티"], en: ["mobility", "maas", "mobility as a service"] },
  {
    id: "electric-vehicle",
    ko: ["전기차", "전기자동차", "이브이", "친환경차", "전기버스", "전기트럭"],
    en: [
      "ev",
      "evs",
      "electric vehicle",
      "electric car",
      "bev",
      "battery electric vehicle",
      "xev",
      "electrified vehicle",
      "electric bus",
      "electric truck",
      "e-bus",
      "electric buses",
    ],
    industry: "ev-components",
  },
  {
    id: "battery",
    ko: ["배터리", "이차전지", "축전지", "리튬이온", "전지팩", "배터리팩"],
    en: [
      "battery",
      "secondary battery",
      "rechargeable battery",
      "lithium-ion",
      "li-ion",
      "battery pack",
      "bms",
    ],
  },
  {
    id: "battery-materials",
    ko: ["양극재", "음극재", "전해질", "전해액", "분리막"],
    en: [
      "cathode",
      "anode",
      "electrolyte",
      "separator film",
      "precursor",
      "cathode material",
      "anode material",
    ],
  },
  {
    id: "ev-charging",
    ko: ["충전기", "충전소", "충전인프라", "급속충전", "완속충전"],
    en: ["charging", "charger", "charging station", "ev charger", "charge point"],
  },
  {
    id: "autonomous-driving",
    ko: ["자율주행", "무인주행", "자율차", "무인자동차"],
    en: [
      "autonomous driving",
      "self-driving",
      "autonomous vehicle",
      "driverless",
      "autonomous car",
      "robotaxi",
    ],
    industry: "autonomous-driving",
  },
  {
    id: "adas",
    ko: ["운전자보조", "첨단운전자보조시스템"],
    en: ["adas", "advanced driver assistance", "driver assistance"],
  },
  { id: "lidar", ko: ["라이다"], en: ["lidar"] },
  {
    id: "urban-air-mobility",
    ko: ["도심항공교통", "도심항공모빌리티", "도심항공", "에어택시", "버티포트", "수직이착륙"],
    en: ["uam", "urban air mobility", "air taxi", "evtol", "vertiport", "advanced air mobility", "aam"],
    industry: "urban-air-mobility",
  },
  {
    id: "drone",
    ko: ["드론", "무인항공기", "무인기", "무인비행"],
    en: ["drone", "uav", "unmanned aerial vehicle", "unmanned aircraft", "multicopter"],
  },
  {
    id: "aerospace",
    ko: ["항공우주", "항공기", "인공위성", "위성통신"],
    en: ["aerospace", "aviation", "aircraft", "satellite"],
  },
  {
    id: "car-sharing",
    ko: ["차량공유", "카셰어링", "카쉐어링", "승차공유"],
    en: ["car sharing", "carsharing", "ride sharing", "ride-hailing"],
  },
  {
    id: "hydrogen-vehicle",
    ko: ["수소차", "수소전기차", "수소트럭"],
    en: ["fuel cell vehicle", "fcev", "hydrogen car"],
  },

  // ── Automotive and auto parts ─────────────────────────────────────────────────────────────────
  {
    id: "automotive",
    ko: ["자동차", "완성차", "차량용"],
    en: ["automotive", "automobile", "car", "vehicle", "carmaker", "automaker"],
  },
  {
    id: "auto-parts",
    ko: ["자동차부품", "차부품", "자동차부분품", "차량부품"],
    en: [
      "auto part",
      "automotive part",
      "car part",
      "automotive component",
      "vehicle component",
      "auto component",
    ],
    industry: "auto-parts",
  },
  {
    id: "supplier",
    ko: ["협력사", "협력업체", "납품업체", "공급업체", "벤더사"],
    en: ["supplier", "vendor", "tier 1", "tier 2", "tier-one", "tier-two"],
  },
  { id: "brake", ko: ["브레이크", "제동장치"], en: ["brake", "braking system"] },
  { id: "chassis", ko: ["섀시", "샤시", "현가장치", "서스펜션"], en: ["chassis", "suspension"] },
  {
    id: "gear",
    ko: ["기어", "치차"],
    en: ["gearing", "precision gear", "gear wheel", "spur gear", "helical gear"],
  },
  {
    id: "reducer",
    ko: ["감속기", "감속장치"],
    en: ["reducer", "reduction gear", "speed reducer", "gear reducer"],
  },
  {
    id: "transmission",
    ko: ["변속기", "트랜스미션", "파워트레인", "구동계"],
    en: ["transmission", "powertrain", "drivetrain", "gearbox"],
  },
  {
    id: "motor",
    ko: ["모터", "전동기", "구동모터"],
    en: ["motor", "electric motor", "e-motor", "traction motor"],
  },
  { id: "inverter", ko: ["인버터", "컨버터"], en: ["inverter", "converter"] },
  {
    id: "automotive-electronics",
    ko: ["전장부품", "차량전장", "자동차전장", "전자제어장치"],
    en: ["automotive electronics", "vehicle electronics", "ecu", "electronic control unit"],
  },
  {
    id: "lightweight",
    ko: ["경량화", "초경량", "경량소재"],
    en: ["lightweight", "lightweighting", "light-weight"],
  },
  { id: "aluminium", ko: ["알루미늄", "알미늄"], en: ["aluminium", "aluminum"] },
  {
    id: "steel",
    ko: ["철강", "강판", "스테인리스", "스테인레스"],
    en: ["steel", "stainless steel", "stainless"],
  },
  {
    id: "lamp",
    ko: ["램프", "헤드램프", "전조등", "조명"],
    en: ["lamp", "headlamp", "headlight", "lighting", "luminaire"],
  },
];
