import type { Concept } from "../concepts.data.ts";

/** Three of the five new industries: robotics; healthcare, bio and pharma; semiconductors. */
export const roboticsHealthcareSemiconductors: Concept[] = [
  // ── Robotics ──────────────────────────────────────────────────────────────────────────────────
  { id: "robotics", ko: ["로봇", "로보틱스"], en: ["robot", "robotics"], industry: "robotics" },
  {
    id: "industrial-robots",
    ko: ["산업용로봇", "산업로봇", "제조로봇", "로봇팔", "다관절로봇", "용접로봇"],
    en: [
      "industrial robot",
      "manufacturing robot",
      "robot arm",
      "robotic arm",
      "welding robot",
      "articulated robot",
    ],
    industry: "industrial-robots",
  },
  {
    id: "cobot",
    ko: ["협동로봇", "협업로봇"],
    en: ["cobot", "collaborative robot"],
  },
  {
    id: "service-robots",
    ko: ["서비스로봇", "서빙로봇", "배달로봇", "안내로봇", "방역로봇", "청소로봇", "조리로봇"],
    en: [
      "service robot",
      "serving robot",
      "delivery robot",
      "guide robot",
      "cleaning robot",
      "cooking robot",
    ],
    industry: "service-robots",
  },
  {
    id: "logistics-robot",
    ko: ["물류로봇", "자율이동로봇", "무인운반차", "무인운반로봇"],
    en: ["logistics robot", "amr", "autonomous mobile robot", "agv", "automated guided vehicle"],
  },
  {
    id: "medical-robot",
    ko: ["의료로봇", "수술로봇", "재활로봇", "돌봄로봇"],
    en: ["medical robot", "surgical robot", "rehabilitation robot", "care robot"],
  },
  {
    id: "wearable-robot",
    ko: ["웨어러블로봇", "착용형로봇", "외골격"],
    en: ["wearable robot", "exoskeleton"],
  },
  { id: "humanoid", ko: ["휴머노이드", "인간형로봇"], en: ["humanoid"] },
  { id: "gripper", ko: ["그리퍼", "로봇핸드", "엔드이펙터"], en: ["gripper", "robot hand", "end effector"] },
  {
    id: "automation",
    ko: ["자동화", "공장자동화", "무인화"],
    en: ["automation", "factory automation", "automated"],
  },

  // ── Healthcare, bio, pharma ───────────────────────────────────────────────────────────────────
  {
    id: "healthcare",
    ko: ["헬스케어", "보건의료", "건강관리"],
    en: ["healthcare", "health care", "health"],
    industry: "healthcare",
  },
  { id: "medical", ko: ["의료", "임상"], en: ["medical", "clinical", "medicine"] },
  {
    id: "medical-devices",
    ko: ["의료기기", "의료장비", "의료기구", "진단기기", "의료용기기"],
    en: ["medical device", "medical equipment", "medtech", "medical technology"],
    industry: "medical-devices",
  },
  {
    id: "digital-health",
    ko: ["디지털헬스", "모바일헬스", "디지털치료제"],
    en: ["digital health", "mhealth", "e-health", "digital therapeutic", "health app"],
    industry: "digital-health",
  },
  {
    id: "telemedicine",
    ko: ["원격의료", "원격진료", "비대면진료", "원격환자모니터링", "원격환자"],
    en: ["telemedicine", "telehealth", "remote patient monitoring", "virtual care"],
  },
  {
    id: "diagnostics",
    ko: ["진단", "체외진단", "진단키트", "분자진단"],
    en: ["diagnostic", "diagnosis", "in vitro diagnostic", "ivd", "test kit"],
  },
  {
    id: "medical-imaging",
    ko: ["의료영상", "영상진단", "엑스레이", "초음파", "자기공명"],
    en: ["medical imaging", "x-ray", "ultrasound", "mri", "ct scan", "radiology"],
  },
  {
    id: "dental",
    ko: ["치과", "임플란트", "치아"],
    en: ["dental", "dental implant", "dentistry", "implant"],
  },
  {
    id: "hospital",
    ko: ["병원", "의료기관"],
    en: ["hospital", "clinic", "medical center", "medical centre"],
  },
  {
    id: "biotech",
    ko: ["바이오", "생명공학", "생명과학", "생명기술"],
    en: ["biotech", "biotechnology", "bio", "life science", "bioscience"],
  },
  {
    id: "pharmaceutical",
    ko: ["제약", "의약품", "제약사", "제네릭", "원료의약품"],
    en: ["pharmaceutical", "pharma", "drug", "generic drug", "api manufacturing"],
  },
  {
    id: "drug-discovery",
    ko: ["신약", "신약개발", "후보물질"],
    en: ["drug discovery", "drug development", "new drug", "drug candidate"],
  },
  {
    id: "antibody",
    ko: ["항체", "바이오의약품", "단백질의약품"],
    en: ["antibody", "biologic", "biopharmaceutical"],
  },
  { id: "clinical-trial", ko: ["임상시험", "임상실험"], en: ["clinical trial", "clinical study", "cro"] },
  {
    id: "contract-manufacturing",
    ko: ["위탁생산", "위탁제조", "수탁생산", "위탁개발생산"],
    en: ["contract manufacturing", "contract manufacturer", "cdmo"],
  },
  {
    id: "cosmetics",
    ko: ["화장품", "뷰티", "코스메틱", "스킨케어", "기초화장품"],
    en: ["cosmetic", "beauty", "k-beauty", "skincare", "skin care"],
  },
  {
    id: "health-functional-food",
    ko: ["건강기능식품", "건기식", "기능성식품", "건강식품", "영양제"],
    en: ["health functional food", "dietary supplement", "supplement", "nutraceutical", "functional food"],
  },
  { id: "ginseng", ko: ["인삼", "홍삼"], en: ["ginseng", "red ginseng"] },
  {
    id: "elderly-care",
    ko: ["고령친화", "노인돌봄", "노인요양", "고령자", "어르신", "실버산업"],
    en: ["elderly care", "senior care", "eldercare", "older adult", "aging society"],
  },
  { id: "wearable", ko: ["웨어러블", "착용형"], en: ["wearable", "wearable device"] },
  {
    id: "ecg",
    ko: ["심전도", "생체신호"],
    en: ["ecg", "ekg", "electrocardiogram", "biosignal", "vital sign"],
  },

  // ── Semiconductors ────────────────────────────────────────────────────────────────────────────
  {
    id: "semiconductors",
    ko: ["반도체", "집적회로", "마이크로칩"],
    en: ["semiconductor", "chip", "microchip", "integrated circuit", "chipmaker"],
    industry: "semiconductors",
  },
  {
    id: "power-semiconductors",
    ko: ["전력반도체", "파워반도체", "전력소자", "전력용반도체"],
    en: ["power semiconductor", "power device", "power electronics", "power module", "mosfet", "igbt"],
    industry: "power-semiconductors",
  },
  {
    id: "compound-semiconductor",
    ko: ["화합물반도체", "실리콘카바이드", "탄화규소", "질화갈륨"],
    en: ["compound semiconductor", "sic", "silicon carbide", "gan", "gallium nitride"],
  },
  { id: "sensors", ko: ["센서", "센싱"], en: ["sensor", "sensing"], industry: "sensors" },
  {
    id: "image-sensor",
    ko: ["이미지센서", "영상센서", "씨모스"],
    en: ["image sensor", "cmos image sensor", "cis"],
  },
  { id: "mems", ko: ["멤스", "미세전자기계"], en: ["mems", "microelectromechanical"] },
  { id: "wafer", ko: ["웨이퍼"], en: ["wafer"] },
  { id: "foundry", ko: ["파운드리"], en: ["foundry", "fab"] },
  { id: "fabless", ko: ["팹리스", "반도체설계"], en: ["fabless", "chip design", "ic design", "asic"] },
  {
    id: "system-semiconductor",
    ko: ["시스템반도체", "시스템온칩"],
    en: ["system semiconductor", "soc", "system on chip"],
  },
  {
    id: "ai-chip",
    ko: ["인공지능반도체", "에이아이반도체", "신경망처리장치", "엔피유"],
    en: ["ai chip", "ai semiconductor", "npu", "ai accelerator", "neural processing unit"],
  },
  {
    id: "semiconductor-packaging",
    ko: ["반도체패키징", "후공정", "첨단패키징"],
    en: ["semiconductor packaging", "chip packaging", "advanced packaging", "back-end process", "osat"],
  },
  {
    id: "semiconductor-equipment",
    ko: ["반도체장비", "반도체부품", "프로브카드", "검사장비"],
    en: [
      "semiconductor equipment",
      "wafer equipment",
      "probe card",
      "test equipment",
      "inspection equipment",
    ],
  },
  {
    id: "semiconductor-materials",
    ko: ["반도체소재", "특수가스", "고순도"],
    en: ["semiconductor material", "specialty gas", "high-purity"],
  },
  {
    id: "pcb",
    ko: ["인쇄회로기판", "회로기판", "연성회로기판"],
    en: ["pcb", "printed circuit board", "circuit board", "fpcb"],
  },
  {
    id: "electronic-components",
    ko: ["전자부품", "전자소자", "수동소자"],
    en: ["electronic component", "electronic part", "passive component"],
  },
  {
    id: "consumer-electronics",
    ko: ["가전제품", "생활가전", "전자제품", "소형가전"],
    en: ["consumer electronics", "home appliance", "appliance", "electronics manufacturing"],
  },
  {
    id: "display",
    ko: ["디스플레이", "유기발광", "올레드"],
    en: ["display", "oled", "micro led", "microdisplay"],
  },
  {
    id: "optics",
    ko: ["광학", "광학계", "도파관", "웨이브가이드"],
    en: ["optics", "optical", "waveguide", "photonics"],
  },
];
