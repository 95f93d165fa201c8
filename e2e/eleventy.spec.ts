import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import matter from "gray-matter";
import { ELEVENTY_FIXTURE_DIR, ELEVENTY_SLUG } from "./support/env";

const fixture = matter(
  fs.readFileSync(path.join(ELEVENTY_FIXTURE_DIR, `${ELEVENTY_SLUG}.md`), "utf8"),
);
const data = fixture.data as {
  meta_title: string;
  meta_description: string;
  thumbnail: string;
  tags: string[];
};
const lines = fixture.content.split("\n");

const allHeadings = lines.flatMap((line) => {
  const match = /^(#{2,4})\s+(.+?)\s*$/.exec(line);
  return match ? [{ level: match[1]!.length, text: match[2]! }] : [];
});
// The body opens with a heading repeating the title; the page shows the title once, as its h1.
const [titleHeading, ...headings] = allHeadings;
const boldLeads = lines.flatMap((line) => {
  const match = /^\d+\.\s+\*\*(.+?)\*\*/.exec(line);
  return match ? [match[1]!] : [];
});
const references = lines
  .slice(lines.findIndex((line) => /^#+\s+References\s*$/.test(line)) + 1)
  .flatMap((line) => (line.startsWith("- ") ? [line.slice(2).trim()] : []));

test.describe("the Eleventy post", () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(`/blog/${ELEVENTY_SLUG}`);
    expect(response?.status()).toBe(200);
  });

  test("uses its meta title and meta description", async ({ page }) => {
    expect(data.meta_title).toBe("Neural Networks in Machine Learning and Data Science");
    await expect(page).toHaveTitle(data.meta_title);
    await expect(page.locator("meta[name=description]")).toHaveAttribute(
      "content",
      data.meta_description,
    );
  });

  test("shows its title once, as the page's only h1", async ({ page }) => {
    const title = "Neural Networks in Machine Learning and Data Science";
    expect(titleHeading?.text).toBe(title);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText([title]);
    await expect(page.getByRole("heading", { name: title, exact: true })).toHaveCount(1);
  });

  test("renders every other heading of the body", async ({ page }) => {
    expect(headings.length).toBeGreaterThan(10);
    const body = page.locator("main article .prose");
    for (const { level, text } of headings) {
      await expect(
        body.getByRole("heading", { level, name: text, exact: true }),
        text,
      ).toBeVisible();
    }
  });

  test("keeps the bold lead-in of every numbered item", async ({ page }) => {
    expect(boldLeads).toContain("Neurons (Nodes):");
    const rendered = await page.locator("main article ol > li > strong").allTextContents();
    for (const lead of boldLeads) expect(rendered, lead).toContain(lead);
    await expect(
      page
        .locator("main article ol > li")
        .filter({ hasText: "Neurons (Nodes):" })
        .locator("strong"),
    ).toBeVisible();
  });

  test("lists the references", async ({ page }) => {
    expect(references).toHaveLength(3);
    for (const reference of references) {
      await expect(page.getByRole("listitem").filter({ hasText: reference })).toBeVisible();
    }
  });

  test("shows the topic tag, by its chosen name, but not Eleventy's collection tag", async ({
    page,
  }) => {
    expect(data.tags).toEqual(expect.arrayContaining(["post", "mentoring"]));
    const tags = page.getByRole("list", { name: "Tags", exact: true });
    // Other posts spell it "Mentoring": the tag has one name everywhere.
    await expect(tags.getByRole("link", { name: "Mentoring", exact: true })).toHaveAttribute(
      "href",
      "/tags/mentoring",
    );
    await expect(tags.getByRole("link", { name: "post", exact: true })).toHaveCount(0);
    await expect(page.locator("a[href='/tags/post']")).toHaveCount(0);
  });

  test("renders no broken image for the missing thumbnail", async ({ page }) => {
    expect(fs.existsSync(path.join(process.cwd(), "public", data.thumbnail))).toBe(false);
    await expect(page.locator(`img[src="${data.thumbnail}"]`)).toHaveCount(0);
    await expect(page.locator(`meta[content$="${data.thumbnail}"]`)).toHaveCount(0);
    const images = page.locator("img");
    for (let i = 0; i < (await images.count()); i++) {
      const image = images.nth(i);
      await image.scrollIntoViewIfNeeded();
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
    }
  });
});
