import type { Concept } from "../concepts.data.ts";

/** Content and games, finance, energy and environment, logistics and trade. */
export const otherSectors: Concept[] = [
  // ── Content, games, media ─────────────────────────────────────────────────────────────────────
  {
    id: "content",
    ko: ["콘텐츠", "컨텐츠", "콘텐트"],
    en: ["content", "digital content"],
    industry: "content",
  },
  {
    id: "game",
    ko: ["게임", "이스포츠"],
    en: ["game", "gaming", "video game", "mobile game", "esports", "e-sports"],
  },
  { id: "animation", ko: ["애니메이션"], en: ["animation", "animated"] },
  { id: "webtoon", ko: ["웹툰", "만화"], en: ["webtoon", "comic", "manhwa"] },
  {
    id: "video",
    ko: ["영상", "동영상", "비디오", "영상제작", "영화"],
    en: ["video", "video production", "film", "movie", "cinema"],
  },
  { id: "music", ko: ["음악", "케이팝", "음원"], en: ["music", "k-pop", "kpop"] },
  { id: "media", ko: ["미디어", "방송"], en: ["media", "broadcasting", "broadcast"] },
  { id: "advertising", ko: ["광고", "마케팅", "홍보"], en: ["advertising", "marketing"] },
  { id: "education", ko: ["교육", "에듀"], en: ["education", "educational", "teaching"] },
  {
    id: "edtech",
    ko: ["에듀테크", "이러닝", "온라인교육"],
    en: ["edtech", "e-learning", "online learning", "ai tutor"],
  },
  {
    id: "simulation",
    ko: ["시뮬레이터", "시뮬레이션", "가상훈련"],
    en: ["simulator", "simulation", "virtual training"],
  },
  { id: "tourism", ko: ["관광", "여행", "마이스"], en: ["tourism", "travel", "mice"] },

  // ── Finance ───────────────────────────────────────────────────────────────────────────────────
  {
    id: "fintech",
    ko: ["핀테크", "금융기술", "금융테크"],
    en: ["fintech", "financial technology"],
    industry: "fintech",
  },
  { id: "finance", ko: ["금융", "시중은행", "인터넷은행"], en: ["finance", "financial", "bank", "banking"] },
  {
    id: "payment",
    ko: ["결제", "간편결제", "지급결제", "페이먼트", "전자지급"],
    en: ["payment", "mobile payment", "payment gateway", "checkout"],
  },
  {
    id: "remittance",
    ko: ["송금", "해외송금", "외환"],
    en: ["remittance", "money transfer", "cross-border payment", "foreign exchange"],
  },
  { id: "insurance", ko: ["보험", "인슈어테크"], en: ["insurance", "insurtech"] },

  // ── Energy and environment ────────────────────────────────────────────────────────────────────
  { id: "energy", ko: ["에너지"], en: ["energy"], industry: "energy" },
  {
    id: "solar",
    ko: ["태양광", "태양에너지", "태양전지", "태양광발전"],
    en: ["solar", "photovoltaic", "pv", "solar power", "solar cell"],
  },
  { id: "hydrogen", ko: ["수소", "그린수소"], en: ["hydrogen", "green hydrogen", "h2"] },
  { id: "fuel-cell", ko: ["연료전지"], en: ["fuel cell", "fuel-cell stack"] },
  {
    id: "wind-power",
    ko: ["풍력", "해상풍력"],
    en: ["wind power", "wind energy", "wind turbine", "offshore wind"],
  },
  {
    id: "renewable-energy",
    ko: ["신재생", "재생에너지", "신재생에너지", "친환경에너지"],
    en: ["renewable", "renewable energy", "clean energy"],
  },
  { id: "nuclear", ko: ["원자력", "소형모듈원자로"], en: ["nuclear", "small modular reactor", "smr"] },
  {
    id: "energy-storage",
    ko: ["에너지저장장치", "에너지저장시스템", "에너지저장"],
    en: ["ess", "energy storage", "energy storage system", "battery storage"],
  },
  {
    id: "smart-grid",
    ko: ["스마트그리드", "전력망", "가상발전소", "에너지관리시스템"],
    en: ["smart grid", "power grid", "grid", "virtual power plant", "vpp", "energy management"],
  },
  {
    id: "carbon-neutral",
    ko: ["탄소중립", "넷제로", "탄소감축", "온실가스"],
    en: [
      "carbon neutral",
      "carbon neutrality",
      "net zero",
      "net-zero",
      "decarbonization",
      "decarbonisation",
      "greenhouse gas",
    ],
  },
  { id: "esg", ko: ["이에스지", "지속가능경영"], en: ["esg", "sustainability report"] },
  {
    id: "sustainability",
    ko: ["친환경", "지속가능", "저탄소"],
    en: ["sustainable", "sustainability", "eco-friendly", "green", "low-carbon", "environmentally friendly"],
  },

  // ── Logistics and trade ───────────────────────────────────────────────────────────────────────
  {
    id: "logistics",
    ko: ["물류", "로지스틱스", "물류센터", "창고", "풀필먼트", "물류창고"],
    en: ["logistics", "logistics center", "3pl", "warehouse", "warehousing", "fulfillment", "fulfilment"],
  },
  {
    id: "freight",
    ko: ["운송", "포워딩", "포워더", "해운", "항공화물", "화물"],
    en: ["freight", "forwarding", "freight forwarder", "shipping", "cargo"],
  },
  {
    id: "delivery",
    ko: ["배송", "택배", "배달", "라스트마일"],
    en: ["delivery", "parcel", "last mile", "last-mile"],
  },
  {
    id: "cold-chain",
    ko: ["콜드체인", "저온유통", "냉장유통", "냉장"],
    en: ["cold chain", "refrigerated", "reefer"],
  },
  {
    id: "supply-chain",
    ko: ["공급망", "공급사슬", "서플라이체인"],
    en: ["supply chain", "scm", "traceability"],
  },
  { id: "export", ko: ["수출", "수출입"], en: ["export", "exporter", "exporting"] },
  { id: "import", ko: ["수입", "수입사", "수입업체"], en: ["import", "importer", "importing"] },
  { id: "trade", ko: ["무역", "교역"], en: ["trade", "international trade", "trading"] },
  {
    id: "customs",
    ko: ["통관", "관세", "원산지"],
    en: ["tariff", "customs clearance", "country of origin", "customs broker", "customs duty"],
  },
  {
    id: "ecommerce",
    ko: [
      "이커머스",
      "전자상거래",
      "온라인쇼핑",
      "온라인몰",
      "쇼핑몰",
      "오픈마켓",
      "온라인판매",
      "온라인으로판매",
      "아마존",
      "라이브커머스",
    ],
    en: [
      "e-commerce",
      "ecommerce",
      "online shopping",
      "online store",
      "online marketplace",
      "d2c",
      "dtc",
      "direct-to-consumer",
      "amazon",
      "marketplace",
      "online sales",
      "sold online",
      "sell online",
      "web store",
      "shopify",
      "live commerce",
    ],
  },
  {
    id: "cross-border-ecommerce",
    ko: ["역직구", "해외직구", "크로스보더", "해외직판"],
    en: ["cross-border", "cross-border e-commerce"],
  },
  {
    id: "distribution",
    ko: ["유통", "판매망", "판로", "총판", "대리점"],
    en: ["distribution", "distributor", "wholesale", "wholesaler", "dealer"],
  },
  {
    id: "retail",
    ko: ["소매", "리테일", "매장", "슈퍼마켓", "대형마트"],
    en: ["retail", "retailer", "store", "supermarket", "grocery", "grocer"],
  },
  {
    id: "oem",
    ko: ["주문자상표부착", "주문자생산", "주문자상표부착생산", "오이엠"],
    en: ["oem", "original equipment manufacturer", "original equipment manufacturing"],
  },
  {
    id: "odm",
    ko: ["제조자개발생산", "제조업자개발생산", "오디엠"],
    en: ["odm", "original design manufacturer", "original design manufacturing"],
  },
  {
    id: "private-label",
    ko: ["자체상표", "자체브랜드", "피비상품"],
    en: ["private label", "own brand", "obm", "white label"],
  },
  { id: "brand", ko: ["브랜드"], en: ["brand"] },
  { id: "buyer", ko: ["바이어", "구매처", "수요처", "구매자"], en: ["buyer", "purchaser"] },
  {
    id: "procurement",
    ko: ["조달", "구매", "소싱", "공공조달", "아웃소싱"],
    en: ["procurement", "sourcing", "purchasing", "outsourcing"],
  },
  {
    id: "market-entry",
    ko: ["해외진출", "시장진출", "글로벌진출", "해외시장", "판로개척", "수출지원", "미국진출"],
    en: [
      "market entry",
      "overseas expansion",
      "global expansion",
      "international expansion",
      "go global",
      "go-to-market",
    ],
  },
  { id: "localization", ko: ["현지화"], en: ["localization", "localisation", "localize"] },
  {
    id: "certification",
    ko: ["인증", "인증서", "인증획득"],
    en: ["certification", "certified", "certificate", "accreditation"],
  },
  {
    id: "fda",
    ko: ["식품의약국", "에프디에이"],
    en: [
      "fda",
      "food and drug administration",
      "fda approval",
      "fda clearance",
      "fda registration",
      "510(k)",
    ],
  },
];
