import { describe, expect, it } from "vitest";
import { opportunityChange, opportunityInput } from "../../../contracts/opportunities/opportunity.ts";
import { parseForm } from "./form.server.ts";
import { emptyValues, type OpportunityFormValues } from "./form.ts";

const form = (overrides: Partial<OpportunityFormValues> = {}): OpportunityFormValues => ({
  ...emptyValues("01a2109b-3f12-7800-8254-dfd0648658f2"),
  kind: "oem-sourcing",
  texts: { ...emptyValues().texts, "title.ko": "안경테 OEM" },
  ...overrides,
});

describe("the opportunity form as an API request", () => {
  it("turns the form into the API's input: empty texts and deadline clear, lists split, codes upper-cased", () => {
    const { body } = parseForm(
      form({
        texts: { ...emptyValues().texts, "title.ko": " 안경테 OEM ", "description.en": "   " },
        machineTranslated: ["title.ko", "description.en"],
        markets: "us, jp,, us",
        tags: "oem, titanium",
        stages: ["seed"],
      }),
      "ko",
      opportunityInput,
    );
    expect(body).toEqual({
      ownerId: "01a2109b-3f12-7800-8254-dfd0648658f2",
      kind: "oem-sourcing",
      title: { ko: "안경테 OEM" },
      description: null,
      machineTranslated: ["title.ko"],
      status: "open",
      deadline: null,
      industries: [],
      stages: ["seed"],
      markets: ["US", "JP"],
      tags: ["oem", "titanium"],
    });
  });

  it("names each field's problem in the page's language", () => {
    const { errors } = parseForm(
      form({
        kind: "",
        texts: emptyValues().texts,
        markets: "USA",
        deadline: "31/12/2099",
        industries: ["space"],
      }),
      "en",
      opportunityInput,
    );
    expect(errors).toEqual({
      kind: "is required",
      title: "needs at least one of ko or en",
      markets: "must be an ISO 3166-1 alpha-2 code such as KR or US",
      deadline: "must be an ISO 8601 date (YYYY-MM-DD)",
      industries: "is not an industry code of the taxonomy (contract §6)",
    });
  });

  it("never sends an owner with an edit", () => {
    const { body } = parseForm(form({ deadline: "2099-12-31" }), "ko", opportunityChange);
    expect(body).not.toHaveProperty("ownerId");
    expect(body?.deadline).toBe("2099-12-31");
  });
});
