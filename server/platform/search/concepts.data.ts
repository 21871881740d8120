/** One meaning with its words in both languages. (Temporary seed; the full dictionary replaces it.) */
export type Concept = { id: string; ko: string[]; en: string[]; industry?: string };
export const concepts: Concept[] = [
  { id: "eyewear", ko: ["안경"], en: ["eyewear", "eyeglass", "glasses", "spectacle"], industry: "eyewear" },
  {
    id: "eyewear-frames",
    ko: ["안경테"],
    en: ["spectacle frame", "eyeglass frame", "eyewear frame"],
    industry: "eyewear-frames",
  },
  { id: "titanium", ko: ["티타늄"], en: ["titanium"] },
  { id: "electric-vehicle", ko: ["전기차", "전기자동차"], en: ["ev", "electric vehicle"] },
  { id: "ai", ko: ["인공지능"], en: ["ai", "artificial intelligence"], industry: "ai" },
  { id: "medical-devices", ko: ["의료기기"], en: ["medical device"], industry: "medical-devices" },
  { id: "food", ko: ["식품"], en: ["food"], industry: "food" },
];
