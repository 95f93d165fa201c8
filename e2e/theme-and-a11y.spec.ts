import { expect, test, type Page } from "@playwright/test";

const POST_PATH = "/blog/preparing-for-a-technical-interview";

const hasDarkClass = (page: Page) =>
  page.evaluate(() => document.documentElement.classList.contains("dark"));

/** Waits until React has attached its handlers to the theme button. */
async function waitForThemeToggle(page: Page) {
  await page.waitForFunction(() => {
    const button = document.querySelector("button[aria-label='Dark theme']");
    return !!button && Object.keys(button).some((key) => key.startsWith("__reactProps"));
  });
}

test.describe("dark mode", () => {
  test("the toggle switches theme and the choice survives reloads", async ({ page }) => {
    await page.goto("/");
    const html = page.locator("html");
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await waitForThemeToggle(page);
    await expect(html).not.toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute("aria-pressed", "false");

    await toggle.click();
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");

    await page.reload();
    // Read before anything is clicked: the saved choice applies on load.
    expect(await hasDarkClass(page)).toBe(true);
    await waitForThemeToggle(page);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");

    await toggle.click();
    await expect(html).not.toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await page.goto(POST_PATH);
    expect(await hasDarkClass(page)).toBe(false);
  });

  test.describe("with a dark system preference", () => {
    test.use({ colorScheme: "dark" });

    test("the page starts dark when no choice is saved", async ({ page }) => {
      await page.goto("/");
      expect(await hasDarkClass(page)).toBe(true);
      await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute(
        "aria-pressed",
        "true",
      );
    });
  });
});

test.describe("with a stale draft-mode cookie (review, December 2026)", () => {
  // A `__prerender_bypass` cookie from an earlier build (or made up): Next ignores it and serves
  // the cached page, so a nonce policy would block every script on it.
  test("reader pages still run their scripts and report no policy violation", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([
      { name: "__prerender_bypass", value: "0123456789abcdef0123456789abcdef", url: baseURL! },
    ]);
    const refused: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
        refused.push(message.text());
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (event) =>
        w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const response = await page.goto(POST_PATH);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("script-src");
    // The theme toggle works only if the page's own scripts ran.
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect
      .poll(() =>
        page.evaluate(() => {
          const button = document.querySelector("button[aria-label='Dark theme']");
          return !!button && Object.keys(button).some((key) => key.startsWith("__reactProps"));
        }),
      )
      .toBe(true);
    await toggle.click();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(
      await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).toEqual([]);
    expect(refused).toEqual([]);
    // The stale cookie is dropped, so the next page is an ordinary one.
    const cookies = await context.cookies();
    expect(cookies.map((cookie) => cookie.name)).not.toContain("__prerender_bypass");
  });
});

test.describe("keyboard", () => {
  test("the first Tab reaches the skip link, which jumps to the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    // The next Tab continues from the main content, past the header controls.
    await page.keyboard.press("Tab");
    const inMain = await page.evaluate(
      () => !!document.activeElement?.closest("main") && !document.activeElement?.closest("header"),
    );
    expect(inMain).toBe(true);
  });

  test("a post can be opened with the keyboard alone", async ({ page }) => {
    await page.goto("/");
    let href: string | null = null;
    for (let i = 0; i < 30 && !href?.startsWith("/blog/"); i++) {
      await page.keyboard.press("Tab");
      href = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? null);
    }
    expect(href).toMatch(/^\/blog\//);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(href!);
    await expect(page.getByRole("article").getByRole("heading", { level: 1 })).toBeVisible();
  });
});

test("pages have landmarks", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("search")).toBeVisible();
});

test("an unknown address shows the designed 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page-anywhere");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page does not exist");
  await expect(page.getByRole("banner")).toBeVisible();
  await page.getByRole("link", { name: "Back to the blog" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1, name: "Mentor Notes" })).toBeVisible();
});

test.describe("small screens", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of ["/", POST_PATH]) {
    test(`${path} does not scroll sideways at 320px`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
    });
  }
});
