import { describe, expect, it } from "vitest";
import type { OrganizationView } from "../../../contracts/organizations/organization.ts";
import { profileSeo } from "./profile.server.ts";

const organization: OrganizationView = {
  id: "0190f5c2-0000-7000-8000-000000000001",
  externalId: "hanbit-optics",
  kind: "manufacturer",
  scope: "local",
  name: { ko: "㈜한빛옵틱스", en: "Hanbit Optics </script><script>alert(1)</script>" },
  summary: { ko: "티타늄 안경테 OEM" },
  description: null,
  seeking: null,
  offering: null,
  industries: ["eyewear"],
  tags: [],
  stage: null,
  foundedYear: 1989,
  employees: 85,
  website: "https://www.hanbit-optics.co.kr",
  country: "KR",
  city: "Daegu",
  zone: null,
  targetMarkets: [],
  logoUrl: "/files/logos/abc.webp",
  machineTranslated: [],
  verifiedAt: null,
  updatedAt: "2026-05-01T00:00:00.000Z",
};

describe("a profile's share data", () => {
  it("is a schema.org Organization whose text can never close its script element", () => {
    const seo = profileSeo(organization, "en", "https://gateway.example", "/en/organizations/x");
    expect(seo.jsonLd).not.toContain("<");
    const jsonLd = JSON.parse(seo.jsonLd);
    expect(jsonLd).toMatchObject({
      "@type": "Organization",
      name: "Hanbit Optics </script><script>alert(1)</script>",
      alternateName: "㈜한빛옵틱스",
      url: "https://gateway.example/en/organizations/x",
      logo: "https://gateway.example/files/logos/abc.webp",
      foundingDate: "1989",
      address: { addressLocality: "Daegu", addressCountry: "KR" },
      sameAs: ["https://www.hanbit-optics.co.kr"],
    });
    // The English page falls back to the Korean summary rather than saying nothing.
    expect(seo.description).toBe("티타늄 안경테 OEM");
    expect(seo.image).toBe("https://gateway.example/files/logos/abc.webp");
  });

  it("describes a profile without a summary by its kind and place", () => {
    const seo = profileSeo({ ...organization, summary: null, logoUrl: null }, "ko", "", "/organizations/x");
    expect(seo.description).toBe("제조기업 · Daegu, 대한민국");
    expect(seo.image).toBeNull();
    expect(JSON.parse(seo.jsonLd).logo).toBeUndefined();
  });
});
