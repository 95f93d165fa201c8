import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * What a reader sees of the site's design (December 2026 review): its own fonts, inline code
 * without stray backticks, tags by their chosen names, thumbnails shown whole, pictures in bylines
 * and complete author pages, on a desktop and on a phone.
 */
const NEWEST = "A Mentor's Reading List for Growing Engineers";
const ML_POST = "/blog/your-first-ml-model-linear-regression";
const SAM_POST = "/blog/writing-commit-messages-that-age-well";

const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
];

/** The first family of an element's font stack, and whether a face of it has loaded. */
async function loadedFamily(element: Locator) {
  return element.evaluate(async (node) => {
    await document.fonts.ready;
    const family = getComputedStyle(node).fontFamily.split(",")[0]!.trim().replace(/['"]/g, "");
    const faces = [...document.fonts].filter((face) => face.family.replace(/['"]/g, "") === family);
    return { family, loaded: faces.some((face) => face.status === "loaded") };
  });
}

const objectFit = (image: Locator) => image.evaluate((node) => getComputedStyle(node).objectFit);

async function expectImageLoaded(page: Page, image: Locator) {
  await image.scrollIntoViewIfNeeded();
  await expect
    .poll(() => image.evaluate((node: HTMLImageElement) => node.complete && node.naturalWidth > 0))
    .toBe(true);
}

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test("the home page introduces the site and names tags as the tags page does", async ({
      page,
    }) => {
      await page.goto("/");
      const intro = page.getByRole("region", { name: "Mentor Notes" });
      await expect(intro.getByRole("heading", { level: 1 })).toHaveText("Mentor Notes");
      await expect(intro).toContainText("Notes from working engineers who mentor");
      await expect(
        page.getByRole("banner").getByRole("link", { name: "Mentor Notes" }),
      ).toHaveAttribute("href", "/");
      const first = page.getByRole("main").getByRole("article").first();
      await expect(first.getByRole("heading", { level: 2 })).toHaveText(NEWEST);
      // Written `machine-learning` in this post; "Machine Learning" is the tag's chosen name.
      const tags = first.getByRole("list", { name: `Tags for ${NEWEST}` });
      await expect(
        tags.getByRole("link", { name: "Machine Learning", exact: true }),
      ).toHaveAttribute("href", "/tags/machine-learning");
      await expect(tags.getByRole("link", { name: "machine-learning", exact: true })).toHaveCount(
        0,
      );
      await expect(first).toContainText("Ada Okafor");
      await expect(page.getByRole("contentinfo")).toContainText("Mentor Notes");
    });

    test("text is set in the site's own font, not the system's", async ({ page }) => {
      await page.goto(ML_POST);
      const text = page.locator("main article .prose p").first();
      const code = page.locator("main article .prose p code").first();
      await code.scrollIntoViewIfNeeded();
      // A font loads when text first needs it: wait for that, never for a fixed time.
      await expect.poll(async () => (await loadedFamily(text)).loaded).toBe(true);
      await expect.poll(async () => (await loadedFamily(code)).loaded).toBe(true);
      const body = await loadedFamily(text);
      const mono = await loadedFamily(code);
      expect(body.family).not.toMatch(/^(ui-sans-serif|system-ui|DejaVu Sans|sans-serif)$/);
      expect(mono.family).not.toMatch(/^(ui-monospace|monospace|DejaVu Sans Mono)$/);
      expect(mono.family).not.toBe(body.family);
    });

    test("inline code shows no backticks", async ({ page }) => {
      await page.goto(ML_POST);
      const code = page
        .locator("main article .prose p code")
        .filter({ hasText: "w = 2.92, b = 4.47" });
      await expect(code).toHaveText("w = 2.92, b = 4.47");
      const pseudo = await code.evaluate((node) =>
        ["::before", "::after"].map((part) => getComputedStyle(node, part).content),
      );
      for (const content of pseudo) expect(["none", "normal"]).toContain(content);
    });

    test("a post's byline shows its author's picture; thumbnails are shown whole", async ({
      page,
    }) => {
      await page.goto(ML_POST);
      const header = page.locator("main article header");
      const picture = header.locator("img[data-avatar=picture]");
      await expect(picture).toHaveAttribute("src", "/images/ada-okafor.svg");
      await expectImageLoaded(page, picture);
      await expect(header.getByRole("link", { name: "Ada Okafor" })).toHaveAttribute(
        "href",
        "/authors/ada-okafor",
      );
      const thumbnail = page.locator("main article img[src='/images/first-ml-model.svg']");
      await expectImageLoaded(page, thumbnail);
      expect(await objectFit(thumbnail)).toBe("contain");

      await page.goto("/");
      const cards = page.getByRole("main").getByRole("article").locator("img:not([data-avatar])");
      expect(await cards.count()).toBeGreaterThan(0);
      for (const image of await cards.all()) expect(await objectFit(image)).toBe("contain");
    });

    test("a mentor without a profile gets initials and a complete author page", async ({
      page,
    }) => {
      await page.goto(SAM_POST);
      const initials = page.locator("main article header [data-avatar=initials]");
      await expect(initials).toHaveText("SR");
      await page.locator("main article header").getByRole("link", { name: "Sam Rivera" }).click();
      await expect(page).toHaveURL("/authors/sam-rivera");
      const profile = page.getByRole("region", { name: "Sam Rivera" });
      await expect(profile.locator("[data-avatar=initials]")).toHaveText("SR");
      await expect(profile).toContainText("1 post · writing since");
      await expect(profile).toContainText("Writes about");
      await expect(page.getByRole("heading", { level: 2 })).toHaveText("Posts by Sam Rivera");
      await expect(
        page.getByRole("main").getByRole("link", { name: "Writing Commit Messages That Age Well" }),
      ).toBeVisible();
    });
  });
}
