import os from "node:os";
import { expect, test, type Page } from "@playwright/test";
import { afterQueuedWork } from "./support/page-settled";

const PATH = "/blog/e2e-hostile-mdx";

const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

test.describe("hostile MDX", () => {
  let dialogs: string[];

  test.beforeEach(async ({ page }) => {
    dialogs = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const response = await page.goto(PATH);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("load");
  });

  test.afterEach(() => {
    expect(dialogs, "no dialog may open").toEqual([]);
  });

  test("renders the safe paragraphs and runs none of the hostile code", async ({ page }) => {
    const article = page.getByRole("article");
    await expect(article.getByRole("heading", { level: 1 })).toHaveText("Hostile MDX test");
    await expect(article.getByText("Intro paragraph that is safe.")).toBeVisible();
    await expect(article.getByText("Closing paragraph that is safe.")).toBeVisible();
    await expect(page.locator("body")).toBeVisible(); // the <style> did not hide the page
    expect(await pwned(page)).toBeUndefined();
  });

  test("clicking the hostile elements runs nothing", async ({ page }) => {
    const div = page.locator("div#hostile-div");
    if ((await div.count()) > 0) await div.click();
    for (const name of ["A javascript link", "Anchor with javascript URL"]) {
      const link = page.getByText(name, { exact: true });
      if ((await link.count()) > 0) await link.click();
    }
    await afterQueuedWork(page);
    expect(await pwned(page)).toBeUndefined();
    await expect(page.getByText("Closing paragraph that is safe.")).toBeVisible();
  });

  test("the article holds no active content", async ({ page }) => {
    const article = page.locator("main article");
    await expect(article.locator("iframe, object, embed, style")).toHaveCount(0);
    // The only script inside the article is the page's own JSON-LD.
    const scriptTypes = await article
      .locator("script")
      .evaluateAll((scripts) => scripts.map((s) => s.getAttribute("type")));
    expect(scriptTypes).toEqual(["application/ld+json"]);
    const text = (await article.textContent()) ?? "";
    expect(text).not.toContain("<script");
    expect(text).not.toContain("__pwned");
    // The {globalThis.process?.env?.HOME} expression must not leak the server's environment.
    const home = process.env.HOME ?? os.homedir();
    if (home.length > 1) expect(text).not.toContain(home);
  });

  test("no inline handlers, javascript: URLs or foreign inline scripts on the page", async ({
    page,
  }) => {
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll("*")].flatMap((el) =>
        [...el.attributes]
          .filter((attr) => /^on/i.test(attr.name))
          .map((attr) => `${el.tagName}[${attr.name}]`),
      ),
    );
    expect(handlers).toEqual([]);
    await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
    await expect(page.locator('[src^="javascript:" i], [data^="javascript:" i]')).toHaveCount(0);

    const inline = await page
      .locator("script:not([src])")
      .evaluateAll((scripts) =>
        scripts.map((s) => ({ type: s.getAttribute("type"), text: s.textContent ?? "" })),
      );
    const unexpected = inline.filter(
      ({ type, text }) =>
        type !== "application/ld+json" &&
        !text.startsWith('(function(){try{var s=localStorage.getItem("theme")') &&
        !/^\(?self\.__next_f/.test(text) &&
        !text.startsWith('(globalThis["TURBOPACK"]') &&
        !/^\$R[CX]/.test(text),
    );
    expect(unexpected.map(({ text }) => text.slice(0, 80))).toEqual([]);
    expect(inline.some(({ text }) => text.includes("__pwned"))).toBe(false);
  });
});
