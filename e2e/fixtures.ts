import { test as base, expect, type Locator, type Page } from "@playwright/test";

/** What went wrong in the browser while a test ran: console errors, uncaught errors, CSP violations. */
export type BrowserProblems = {
  /** Everything collected so far, one readable line each. */
  list(): Promise<string[]>;
};

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Watches every page of the test. CSP violations are recorded in the page itself (the
 * `securitypolicyviolation` event) because Chromium does not always report them on the console.
 */
export const test = base.extend<{ problems: BrowserProblems }>({
  problems: async ({ page }, use) => {
    const seen: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error")
        seen.push(`console.error: ${message.text()} (${message.location().url})`);
    });
    page.on("pageerror", (error) => seen.push(`uncaught: ${error.message}`));
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.__cspViolations?.push(
          `CSP ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
        );
      });
    });
    await use({
      async list() {
        const csp = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
        return [...seen, ...csp];
      },
    });
  },
});

export { expect };

/** Waits until React has hydrated the server-rendered page (React marks the DOM nodes it owns). */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const main = document.getElementById("main");
    return (
      main !== null &&
      "__reactRouterDataRouter" in window &&
      Object.keys(main).some((key) => key.startsWith("__reactFiber"))
    );
  });
}

/** A phone-sized window must never scroll the page sideways: wide tables scroll inside their own box. */
export async function expectNoSidewaysScroll(page: Page) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${page.url()} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
  await page.setViewportSize(size);
}

/** The number a text such as "19 organizations" or "19곳" holds (its digits, read as one number). */
export const numberIn = async (locator: Locator) =>
  Number(((await locator.textContent()) ?? "").replace(/\D/g, ""));

/** The story the home page tells from the demo data, per language. */
export const story = {
  ko: {
    industries: "5대 신산업",
    zone: "수성알파시티",
    partners: ["메타", "플러그앤플레이", "엔비디아"],
    office: "대구시 LA 사무소",
    notFound: "페이지를 찾을 수 없습니다",
    home: "홈으로 가기",
  },
  en: {
    industries: "Five new industries",
    zone: "Suseong Alpha City",
    partners: ["Meta", "Plug and Play", "NVIDIA"],
    office: "Daegu City LA Office",
    notFound: "Page not found",
    home: "Go to the home page",
  },
} as const;

/** Asserts the home page shows its story, with the names that come from the database. */
export async function expectHomeStory(page: Page, locale: "ko" | "en") {
  const text = story[locale];
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const id of ["industries", "zones", "partners", "office", "opportunities"]) {
    await expect(page.locator(`section#${id}`), `section #${id}`).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 2, name: text.industries })).toBeVisible();
  await expect(page.locator("#zones").getByText(text.zone, { exact: true })).toBeVisible();
  for (const partner of text.partners) {
    await expect(page.locator("#partners").getByText(partner, { exact: true }).first()).toBeVisible();
  }
  await expect(page.locator("#office").getByText(text.office, { exact: true }).first()).toBeVisible();
}
