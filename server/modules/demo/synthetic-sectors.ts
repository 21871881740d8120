/**
 * The sectors of the synthetic data, one per company name tail (synthetic.ts `koTails`, same order): the
 * industry code, the sector's name and the capabilities a company of the sector offers and an opportunity
 * asks for. Every phrase is one the concept dictionary knows in both languages (a test says so), so matching
 * compares real concepts across languages.
 */
export type Phrase = { ko: string; en: string };
export type Sector = { industry: string; name: Phrase; capabilities: Phrase[] };

export const sectors: Sector[] = [
  {
    industry: "ai",
    name: { ko: "인공지능", en: "AI" },
    capabilities: [
      { ko: "컴퓨터 비전", en: "computer vision" },
      { ko: "생성형 AI", en: "generative AI" },
      { ko: "챗봇", en: "chatbots" },
      { ko: "온디바이스 AI", en: "on-device AI" },
      { ko: "머신러닝", en: "machine learning" },
    ],
  },
  {
    industry: "auto-parts",
    name: { ko: "자동차부품", en: "auto parts" },
    capabilities: [
      { ko: "정밀가공", en: "precision machining" },
      { ko: "사출성형", en: "injection molding" },
      { ko: "금형", en: "molds" },
      { ko: "브레이크", en: "brakes" },
      { ko: "감속기", en: "reducers" },
      { ko: "알루미늄", en: "aluminium" },
    ],
  },
  {
    industry: "eyewear",
    name: { ko: "안경", en: "eyewear" },
    capabilities: [
      { ko: "티타늄 안경테", en: "titanium spectacle frames" },
      { ko: "아세테이트 안경테", en: "acetate eyeglass frames" },
      { ko: "안경렌즈", en: "spectacle lenses" },
      { ko: "선글라스", en: "sunglasses" },
      { ko: "힌지", en: "spring hinges" },
      { ko: "스마트안경", en: "smart glasses" },
    ],
  },
  {
    industry: "healthcare",
    name: { ko: "바이오", en: "biotech" },
    capabilities: [
      { ko: "신약개발", en: "drug discovery" },
      { ko: "항체", en: "antibodies" },
      { ko: "임상시험", en: "clinical trials" },
      { ko: "건강기능식품", en: "health functional food" },
      { ko: "화장품", en: "cosmetics" },
    ],
  },
  {
    industry: "robotics",
    name: { ko: "로봇", en: "robotics" },
    capabilities: [
      { ko: "협동로봇", en: "cobots" },
      { ko: "물류로봇", en: "logistics robots" },
      { ko: "산업용 로봇", en: "industrial robots" },
      { ko: "그리퍼", en: "grippers" },
      { ko: "공장 자동화", en: "automation" },
    ],
  },
  {
    industry: "future-mobility",
    name: { ko: "미래 모빌리티", en: "future mobility" },
    capabilities: [
      { ko: "자율주행", en: "autonomous driving" },
      { ko: "라이다", en: "lidar" },
      { ko: "배터리", en: "batteries" },
      { ko: "드론", en: "drones" },
      { ko: "급속충전", en: "EV chargers" },
    ],
  },
  {
    industry: "food",
    name: { ko: "식품", en: "food" },
    capabilities: [
      { ko: "김치", en: "kimchi" },
      { ko: "고추장", en: "gochujang" },
      { ko: "냉동만두", en: "frozen dumplings" },
      { ko: "막걸리", en: "makgeolli" },
      { ko: "가정간편식", en: "meal kits" },
    ],
  },
  {
    industry: "textiles",
    name: { ko: "섬유", en: "textiles" },
    capabilities: [
      { ko: "기능성 원단", en: "functional fabric" },
      { ko: "탄소섬유", en: "carbon fiber" },
      { ko: "부직포", en: "nonwoven" },
      { ko: "아라미드", en: "aramid" },
      { ko: "염색", en: "dyeing" },
    ],
  },
  {
    industry: "semiconductors",
    name: { ko: "반도체", en: "semiconductors" },
    capabilities: [
      { ko: "반도체 패키징", en: "semiconductor packaging" },
      { ko: "전력반도체", en: "power semiconductors" },
      { ko: "이미지센서", en: "image sensors" },
      { ko: "멤스", en: "MEMS" },
      { ko: "인쇄회로기판", en: "PCB" },
    ],
  },
  {
    industry: "healthcare",
    name: { ko: "의료기기", en: "medical devices" },
    capabilities: [
      { ko: "의료영상", en: "medical imaging" },
      { ko: "체외진단", en: "diagnostics" },
      { ko: "디지털 헬스", en: "digital health" },
      { ko: "치과", en: "dental" },
      { ko: "원격의료", en: "telemedicine" },
    ],
  },
  {
    industry: "big-data",
    name: { ko: "빅데이터", en: "big data" },
    capabilities: [
      { ko: "데이터 분석", en: "data analytics" },
      { ko: "클라우드", en: "cloud" },
      { ko: "디지털 트윈", en: "digital twin" },
      { ko: "블록체인", en: "blockchain" },
      { ko: "사이버보안", en: "cybersecurity" },
    ],
  },
  {
    industry: "machinery",
    name: { ko: "기계", en: "machinery" },
    capabilities: [
      { ko: "스마트공장", en: "smart factory" },
      { ko: "공작기계", en: "machine tools" },
      { ko: "다이캐스팅", en: "die casting" },
      { ko: "열간단조", en: "forging" },
      { ko: "용접", en: "welding" },
      { ko: "적층제조", en: "additive manufacturing" },
    ],
  },
];

/** What many opportunities ask for besides a capability; each also a concept in both languages. */
export const requirements: Phrase[] = [
  { ko: "대량 양산", en: "mass production" },
  { ko: "품질 인증", en: "certification" },
  { ko: "수출", en: "export" },
  { ko: "OEM", en: "OEM" },
  { ko: "시제품", en: "prototype" },
];

/** The i-th capability of a sector, wrapping around. */
export const capabilityOf = (sector: Sector, i: number) =>
  sector.capabilities[i % sector.capabilities.length]!;
