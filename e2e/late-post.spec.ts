import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_CONTENT_DIR } from "./support/env";

const written: string[] = [];

test.afterEach(() => {
  for (const file of written.splice(0)) fs.rmSync(file, { force: true });
});

test("a post file added after the build renders on its first request", async ({ page }) => {
  const stamp = Date.now();
  const slug = `e2e-late-post-${stamp}`;
  const title = `Late arrival ${stamp}`;
  const file = path.join(E2E_CONTENT_DIR, "posts", `${slug}.mdx`);
  written.push(file);
  // An old date and no tags, so the post does not reshuffle lists other tests read.
  fs.writeFileSync(
    file,
    `---\ntitle: "${title}"\ndate: 2015-03-03\ndescription: Written while the server was running.\n---\n\nThis post was written after the build.\n\n## A late heading\n\nWith **bold** text.\n`,
  );

  const response = await page.goto(`/blog/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("This post was written after the build.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "A late heading" })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(title));
});
