import { type APIRequestContext, devices, type Page } from "@playwright/test";
import { expectNoViolations } from "./axe.ts";
import { expect, numberIn, test, waitForHydration } from "./fixtures.ts";
import { password, setRole } from "./people.ts";

/**
 * The public directory and profiles, from the demo data: ㈜금호티탄 (geumho-titan) is an eyewear
 * parts maker whose profile is written in Korean only ("티타늄 안경테 부품…"); ㈜한빛옵틱스
 * (hanbit-optics) has both languages, a website, a founding year and a head count.
 */
const koreanOnly = { externalId: "geumho-titan", name: "㈜금호티탄" };
const bilingual = {
  externalId: "hanbit-optics",
  ko: "㈜한빛옵틱스",
  en: "Hanbit Optics Co., Ltd.",
  website: "https://www.hanbit-optics.co.kr",
};

const results = (page: Page) => page.getByTestId("directory-results").locator(":scope > li");
const card = (page: Page, name: string) => results(page).filter({ hasText: name });
const namesOf = async (page: Page) => results(page).locator("h3").allTextContents();

/** The canonical profile path of an organization (`/organizations/<external id>` redirects there). */
async function profilePath(request: APIRequestContext, externalId: string) {
  const response = await request.get(`/organizations/${externalId}`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  const location = response.headers().location ?? "";
  expect(location).toMatch(/^\/organizations\/[0-9a-f-]{36}$/);
  return location;
}

test.describe("directory", () => {
  test("an English search for “eyewear” finds a Korean-only eyewear maker, with the match highlighted", async ({
    page,
    problems,
  }) => {
    await page.goto("/en/directory");
    await waitForHydration(page);
    const box = page.getByRole("searchbox", { name: "Search companies and partners" });
    await box.fill("eyewear");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/en\/directory\?q=eyewear$/);
    await expect(page.getByText("Sorted by relevance")).toBeVisible();

    const found = card(page, koreanOnly.name);
    await expect(found).toHaveCount(1);
    // Its text is Korean: the English word matched "안경", which is marked, and the language is declared.
    await expect(found.locator("mark").first()).toHaveText("안경");
    await expect(found.locator("[lang=ko]").filter({ has: page.locator("mark") })).toBeVisible();
    await expect(found.getByText("In Korean only")).toBeVisible();
    await expect(page).toHaveTitle(/“eyewear” — Directory/);

    // Highlights are text, never markup from the data.
    expect(await page.locator("mark script, mark *").count()).toBe(0);

    await found.getByRole("link", { name: koreanOnly.name }).click();
    await expect(page).toHaveURL(/\/en\/organizations\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: koreanOnly.name })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await problems.list()).toEqual([]);
  });

  test("a facet narrows the results, shows as a removable chip, and the URL is shareable", async ({
    page,
    browser,
    problems,
  }) => {
    await page.goto("/directory?q=%EC%95%88%EA%B2%BD");
    await waitForHydration(page);
    const total = page.getByTestId("directory-total");
    const before = await numberIn(total);
    expect(before).toBeGreaterThan(1);

    await page.locator('a[data-facet="kind"][data-value="manufacturer"]').click();
    await expect(page).toHaveURL(/\/directory\?q=%EC%95%88%EA%B2%BD&kind=manufacturer$/);
    await expect(page.getByRole("link", { name: "“유형: 제조기업” 필터 해제" })).toBeVisible();
    const after = await numberIn(total);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    await expect(results(page)).toHaveCount(after);
    for (const badge of await results(page).locator(".mantine-Badge-root:first-child").allTextContents()) {
      expect(badge).toBe("제조기업");
    }
    const names = await namesOf(page);
    expect(names).toContain(koreanOnly.name);
    await expect(page.locator('a[data-facet="kind"][data-value="manufacturer"]')).toHaveAttribute(
      "aria-current",
      "true",
    );

    // The download links carry the same filter.
    const csvHref = await page
      .getByRole("link", { name: "이 조건의 결과를 CSV로 내려받기" })
      .getAttribute("href");
    expect(csvHref).toBe("/directory/export?format=csv&q=%EC%95%88%EA%B2%BD&kind=manufacturer");
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(koreanOnly.name);

    // The same URL gives the same page: after a reload, and in a browser without JavaScript.
    const shared = page.url();
    await page.reload();
    expect(await namesOf(page)).toEqual(names);
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await context.newPage();
      await plain.goto(shared);
      expect(await namesOf(plain)).toEqual(names);
      await expect(plain).toHaveTitle(/“안경” · 제조기업 — 기업·기관 디렉터리/);
    } finally {
      await context.close();
    }

    // Removing the chip goes back to the wider result.
    await waitForHydration(page);
    await page.getByRole("link", { name: "“유형: 제조기업” 필터 해제" }).click();
    await expect(page).toHaveURL(/\/directory\?q=%EC%95%88%EA%B2%BD$/);
    await expect(total).toHaveText(`기업·기관 ${before}곳`);
    await page.waitForLoadState("networkidle");
    expect(await problems.list()).toEqual([]);
  });

  test("filters, paging and the empty state work without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto("/en/directory");
      const all = await numberIn(page.getByTestId("directory-total"));
      expect(all).toBeGreaterThan(20);
      await expect(results(page)).toHaveCount(20);
      await page.getByRole("link", { name: /Next/ }).click();
      await expect(page).toHaveURL(/\/en\/directory\?offset=20$/);
      await expect(results(page)).toHaveCount(Math.min(20, all - 20));

      await page.locator('a[data-facet="industry"][data-value="eyewear"]').first().click();
      await expect(page).toHaveURL(/\/en\/directory\?industry=eyewear$/);
      await expect(page.getByRole("link", { name: "Remove “Industry: Eyewear”" })).toBeVisible();
      await expect(page.locator('a[href^="/directory/export?format=csv&industry=eyewear"]')).toBeVisible();

      await page.goto("/en/directory?q=zqxjvwk&industry=eyewear");
      await expect(page.getByTestId("directory-empty")).toBeVisible();
      await page.getByRole("link", { name: "Same filters without the search" }).click();
      await expect(page).toHaveURL(/\/en\/directory\?industry=eyewear$/);
      await expect(results(page).first()).toBeVisible();
    } finally {
      await context.close();
    }
  });
});

test.describe("profile", () => {
  test("the HTML carries schema.org JSON-LD with the CSP nonce, Open Graph tags and hreflang", async ({
    request,
  }) => {
    const path = await profilePath(request, bilingual.externalId);
    for (const [locale, url, name, alternateName] of [
      ["ko", path, bilingual.ko, bilingual.en],
      ["en", `/en${path}`, bilingual.en, bilingual.ko],
    ] as const) {
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      const html = await response.text();

      const script = /<script type="application\/ld\+json" nonce="([^"]+)">([^<]*)<\/script>/.exec(html);
      expect(script, "JSON-LD script element").not.toBeNull();
      const csp = response.headers()["content-security-policy"] ?? "";
      expect(csp).toContain(`'nonce-${script![1]}'`);
      const jsonLd = JSON.parse(script![2]!);
      expect(jsonLd).toMatchObject({
        "@context": "https://schema.org",
        "@type": "Organization",
        name,
        alternateName,
        foundingDate: "1989",
        numberOfEmployees: { "@type": "QuantitativeValue", value: 85 },
        address: { "@type": "PostalAddress", addressLocality: "Daegu", addressCountry: "KR" },
        sameAs: [bilingual.website],
      });
      expect(jsonLd.url).toMatch(new RegExp(`${url.replace(/\//g, "\\/")}$`));
      expect(jsonLd.description).toBeTruthy();

      const meta = (attribute: string, key: string) =>
        new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1];
      expect(meta("property", "og:title")).toContain(name);
      expect(meta("property", "og:description")).toBeTruthy();
      expect(meta("property", "og:url")).toMatch(new RegExp(`${url.replace(/\//g, "\\/")}$`));
      expect(meta("property", "og:locale")).toBe(locale === "ko" ? "ko_KR" : "en_US");
      expect(meta("name", "twitter:card")).toBe("summary");
      expect(meta("name", "description")).toBeTruthy();
      expect(html).toContain(`<title>${name} — `);
      expect(html).toMatch(new RegExp(`<link rel="alternate" hrefLang="en" href="[^"]*/en${path}"`));
      expect(html).toMatch(new RegExp(`<link rel="alternate" hrefLang="ko" href="[^"]*${path}"`));
    }
  });

  test("a Korean-only profile in English: language hints, facts, contact note, and it hydrates cleanly", async ({
    page,
    request,
    problems,
  }) => {
    const path = await profilePath(request, koreanOnly.externalId);
    await page.goto(`/en${path}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: koreanOnly.name })).toHaveAttribute(
      "lang",
      "ko",
    );
    await expect(page.locator('section[data-field="summary"]').getByText("In Korean only")).toBeVisible();
    await expect(page.getByText("Not yet verified by the city")).toBeVisible();
    await expect(page.getByRole("link", { name: "Eyewear" })).toHaveAttribute(
      "href",
      "/en/industries/eyewear",
    );
    const contact = page.getByTestId("contact-hidden");
    await expect(contact).toContainText("Contact details are visible to signed-in partners");
    await expect(contact.getByRole("link", { name: "Sign in to see contact details" })).toHaveAttribute(
      "href",
      `/en/sign-in?next=${encodeURIComponent(`/en${path}`)}`,
    );
    await expect(page.getByRole("link", { name: "Edit profile" })).toHaveCount(0);
    await waitForHydration(page);
    await page.waitForLoadState("networkidle");
    expect(await problems.list()).toEqual([]);
  });

  test("the city sees contact details instead of the sign-in note, and an Edit link; the page is not cached", async ({
    page,
    request,
  }) => {
    const email = `city-${Date.now()}@example.kr`;
    await page.goto("/sign-up");
    await waitForHydration(page);
    await page.getByLabel("이름").fill("김시청");
    await page.getByLabel("이메일").fill(email);
    await page.locator('input[name="password"]').fill(password);
    await page.getByRole("button", { name: "회원가입" }).click();
    await expect(page).toHaveURL(/\/account$/);
    // `gateway user set-role` joins the e2e server's PostgreSQL; a new sign-in picks the role up.
    await setRole(email, "admin");
    await page.getByRole("button", { name: "로그아웃" }).click();
    await expect(page).toHaveURL(/\/$/);

    const path = await profilePath(request, bilingual.externalId);
    await page.goto(path);
    await page.getByRole("link", { name: "로그인하고 연락처 보기" }).click();
    await page.getByLabel("이메일").fill(email);
    await page.locator('input[name="password"]').fill(password);
    await page.getByRole("button", { name: "로그인" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByTestId("contact-hidden")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "연락처" })).toBeVisible();
    await expect(page.getByRole("link", { name: "프로필 수정" })).toHaveAttribute("href", `${path}/edit`);
    const response = await page.request.get(path);
    expect(response.headers()["cache-control"]).toBe("private, no-store");
  });

  test("an unknown organization is a 404 page", async ({ page }) => {
    for (const path of [
      "/organizations/no-such-organization",
      "/en/organizations/0190f5c2-0000-7000-8000-000000000000",
    ]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
    }
  });
});

test.describe("on a phone", () => {
  const { defaultBrowserType: _ignored, ...pixel7 } = devices["Pixel 7"];
  test.use(pixel7);

  test("directory and profile fit the screen; the filters fold into one disclosure", async ({
    page,
    request,
    problems,
  }) => {
    const path = await profilePath(request, bilingual.externalId);
    for (const url of ["/directory", "/en/directory?q=eyewear&kind=manufacturer", path, `/en${path}`]) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      expect(widths.scroll, `page wider than the screen at ${url}`).toBeLessThanOrEqual(widths.inner);
    }

    await page.goto("/en/directory");
    await waitForHydration(page);
    const manufacturer = page.locator('a[data-facet="kind"][data-value="manufacturer"]');
    await expect(manufacturer).toBeHidden();
    await page.locator(".directory-filters > summary").click();
    await expect(manufacturer).toBeVisible();
    await manufacturer.click();
    await expect(page).toHaveURL(/\/en\/directory\?kind=manufacturer$/);
    await expect(results(page).first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await problems.list()).toEqual([]);
  });
});

test.describe("accessibility", () => {
  for (const path of [
    "/directory",
    "/en/directory?q=eyewear&industry=eyewear",
    "/directory?q=zqxjvwk",
    "/industries",
    "/en/industries/eyewear",
    "/industries/ai",
  ]) {
    test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await waitForHydration(page);
      await expectNoViolations(page);
    });
  }

  for (const [locale, organization] of [
    ["ko", bilingual.externalId],
    ["en", koreanOnly.externalId],
  ] as const) {
    test(`the ${locale} profile of ${organization} has no WCAG 2.1 AA violations`, async ({ page }) => {
      await page.goto(`${locale === "en" ? "/en" : ""}/organizations/${organization}`);
      await expect(page).toHaveURL(/\/organizations\/[0-9a-f-]{36}$/);
      await waitForHydration(page);
      await expectNoViolations(page);
    });
  }
});
