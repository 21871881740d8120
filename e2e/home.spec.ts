import { devices } from "@playwright/test";
import { expect, expectHomeStory, story, test, waitForHydration } from "./fixtures.ts";

test.describe("home", () => {
  test("Korean home tells the program's story from the database and hydrates cleanly", async ({
    page,
    problems,
  }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expectHomeStory(page, "ko");
    await expect(page).toHaveTitle(/대구 글로벌 게이트웨이/);
    await waitForHydration(page);
    expect(await page.evaluate(() => "__reactRouterContext" in window)).toBe(true);
    await page.waitForLoadState("networkidle");
    expect(await problems.list()).toEqual([]);
  });

  test("the language switch goes to English, is remembered, and switches back", async ({
    page,
    problems,
  }) => {
    await page.goto("/");
    await waitForHydration(page);

    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(/\/en$/);
    await expectHomeStory(page, "en");
    await expect(page).toHaveTitle(/Daegu Global Gateway/);
    await expect(page.getByText(story.ko.industries)).toHaveCount(0);

    // The choice is remembered: a Korean link now opens the English page.
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await expectHomeStory(page, "en");

    await waitForHydration(page);
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(/\/$/);
    expect(new URL(page.url()).pathname).toBe("/");
    await expectHomeStory(page, "ko");

    // …and Korean is now remembered too.
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await page.waitForLoadState("networkidle");
    expect(await problems.list()).toEqual([]);
  });

  test("the home page is readable, and the switch works, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const response = await page.goto("/");
      expect(response?.status()).toBe(200);
      await expectHomeStory(page, "ko");

      await page.getByTestId("language-switch").click();
      await expect(page).toHaveURL(/\/en$/);
      await expectHomeStory(page, "en");
    } finally {
      await context.close();
    }
  });

  for (const [locale, path] of [
    ["ko", "/no-such-page"],
    ["en", "/en/no-such-page"],
  ] as const) {
    test(`unknown ${locale} path shows the 404 page with status 404 and navigates home client-side`, async ({
      page,
      problems,
    }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1, name: story[locale].notFound })).toBeVisible();

      // Client-side navigation proves hydration: a full page load would lose this marker.
      await waitForHydration(page);
      await page.evaluate(() => {
        (window as unknown as { __noReload: boolean }).__noReload = true;
      });
      await page.getByRole("link", { name: story[locale].home }).click();
      await expect(page).toHaveURL(locale === "ko" ? /\/$/ : /\/en$/);
      await expectHomeStory(page, locale);
      expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(
        true,
      );

      await page.waitForLoadState("networkidle");
      // The browser reports the 404 document itself as a failed resource; that is the point here.
      const unexpected = (await problems.list()).filter(
        (line) => !(line.includes("status of 404") && line.includes(path)),
      );
      expect(unexpected).toEqual([]);
    });
  }

  test.describe("on a phone", () => {
    const { defaultBrowserType: _ignored, ...pixel7 } = devices["Pixel 7"];
    test.use(pixel7);

    test("home works on a phone without horizontal scrolling, in both languages", async ({
      page,
      problems,
    }) => {
      for (const [locale, path] of [
        ["ko", "/"],
        ["en", "/en"],
      ] as const) {
        for (const size of [
          { width: 412, height: 915 },
          { width: 360, height: 780 },
        ]) {
          await page.setViewportSize(size);
          await page.goto(path);
          await expectHomeStory(page, locale);
          await expect(page.getByTestId("language-switch")).toBeVisible();
          const widths = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            inner: window.innerWidth,
          }));
          expect(widths.inner, `viewport width at ${path}`).toBe(size.width);
          expect(widths.scroll, `page wider than the ${size.width}px screen at ${path}`).toBeLessThanOrEqual(
            widths.inner,
          );
        }
      }
      await page.waitForLoadState("networkidle");
      expect(await problems.list()).toEqual([]);
    });
  });
});
