import { expectNoViolations } from "./axe.ts";
import { expect, numberIn, test, waitForHydration } from "./fixtures.ts";

/** Suseong Alpha City holds the demo data's ICT startups (Dasom AI, Gyeol Data, Lumenframe Labs …). */
const zone = { code: "suseong-alpha-city", ko: "수성알파시티", en: "Suseong Alpha City" };

test("a zone page shows its designation, a chart of its industries and its companies", async ({
  page,
  problems,
}) => {
  await page.goto("/zones");
  await expect(page.getByTestId("zones-chart").getByRole("img")).toHaveAttribute(
    "aria-label",
    new RegExp(`${zone.ko} \\d+`),
  );
  await waitForHydration(page);
  await page.getByRole("link", { name: zone.ko, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/zones/${zone.code}$`));

  await expect(page.getByRole("heading", { level: 1, name: zone.ko })).toBeVisible();
  await expect(page.getByText("기회발전특구 1호")).toBeVisible();
  const count = await numberIn(page.getByTestId("zone-count"));
  expect(count).toBeGreaterThan(0);

  // The chart is drawn on the server: an image whose label reads every bar, and one bar per industry.
  const chart = page.getByTestId("zone-industry-chart").getByRole("img");
  await expect(chart).toHaveAttribute("aria-label", /인공지능 \d+/);
  expect(await page.getByTestId("zone-industry-chart").locator("rect.bar").count()).toBeGreaterThan(1);

  const companies = page.getByTestId("zone-companies").locator(":scope > li");
  await expect(companies).toHaveCount(Math.min(count, 20));
  await expect(companies.filter({ hasText: "㈜다솜에이아이" })).toHaveCount(1);

  await page.getByRole("link", { name: new RegExp(`${zone.ko}의 기업·기관 ${count}곳 모두`) }).click();
  await expect(page).toHaveURL(new RegExp(`/directory\\?zone=${zone.code}$`));
  await expect(page.getByTestId("directory-total")).toHaveText(`기업·기관 ${count}곳`);
  await page.waitForLoadState("networkidle");
  expect(await problems.list()).toEqual([]);
});

test("the English zone page is complete HTML without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const response = await page.goto(`/en/zones/${zone.code}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: zone.en })).toBeVisible();
    await expect(page.getByTestId("zone-industry-chart").getByRole("img")).toHaveAttribute(
      "aria-label",
      /Artificial intelligence \d+/,
    );
    await expect(page).toHaveTitle(new RegExp(`^${zone.en} — Innovation zones`));
  } finally {
    await context.close();
  }
});

test("an unknown zone is a 404 page", async ({ page }) => {
  const response = await page.goto("/zones/no-such-zone");
  expect(response?.status()).toBe(404);
});

for (const path of ["/zones", `/zones/${zone.code}`, `/en/zones/${zone.code}`]) {
  test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await waitForHydration(page);
    await expectNoViolations(page);
  });
}
