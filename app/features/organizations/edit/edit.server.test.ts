import { describe, expect, it } from "vitest";
import { type EditValues, emptyTexts } from "./edit.form.ts";
import { editOf } from "./edit.server.ts";

const form = (overrides: Partial<EditValues> = {}): EditValues => ({
  texts: { ...emptyTexts(), "name.ko": "대명직물", "name.en": "Daemyung Textile" },
  machineTranslated: [],
  industries: ["textiles"],
  tags: "",
  stage: "",
  foundedYear: "",
  employees: "",
  website: "",
  country: "",
  city: "",
  zone: "",
  targetMarkets: "",
  contactEmail: "",
  contactPhone: "",
  registrationNumber: "",
  ...overrides,
});

describe("the edit form as an organization edit", () => {
  it("turns the form into the API's edit: empty fields clear, lists split, codes upper-cased", () => {
    const { edit } = editOf(
      form({
        texts: {
          ...emptyTexts(),
          "name.ko": " 대명직물 ",
          "summary.en": "Jacquard weaving",
          "summary.ko": "   ",
        },
        machineTranslated: ["summary.en", "description.en"],
        tags: "silk, jacquard,, silk",
        targetMarkets: "us, jp",
        foundedYear: "1,979",
        country: "kr",
        registrationNumber: "504-81-12345",
      }),
      "ko",
    );
    expect(edit).toMatchObject({
      name: { ko: "대명직물" },
      summary: { en: "Jacquard weaving" },
      description: null,
      machineTranslated: ["summary.en"],
      tags: ["silk", "jacquard"],
      targetMarkets: ["US", "JP"],
      foundedYear: 1979,
      employees: null,
      website: null,
      country: "KR",
      registrationNumber: "5048112345",
      stage: null,
      zone: null,
    });
  });

  it("names each refused field in the page's language", () => {
    const values = form({
      texts: emptyTexts(),
      website: "대명직물 홈페이지",
      contactPhone: "전화 주세요",
      employees: "스무 명",
      industries: ["textiles", "unicorns"],
      targetMarkets: "USA",
    });
    expect(editOf(values, "ko").errors).toEqual({
      name: "한국어(ko) 또는 영어(en) 중 하나 이상이 필요합니다",
      website: "https:// 또는 http://로 시작하는 웹 주소여야 합니다",
      contactPhone: "+82 53-120-1234 같은 전화번호여야 합니다",
      employees: "숫자만 입력해 주세요",
      industries: "산업 분류 코드가 아닙니다",
      targetMarkets: "KR, US 같은 ISO 3166-1 두 글자 국가 코드여야 합니다",
    });
    expect(editOf(values, "en").errors).toMatchObject({
      name: "needs at least one of ko or en",
      website: "must be a web address starting with https:// or http://",
      employees: "Enter a whole number",
    });
  });
});
