import { expect, test, type Page } from "@playwright/test";
import {
  clickAndConfirm,
  createDraft,
  freshContext,
  pngBytes,
  readerRequest,
  waitForStatus,
} from "./helpers";
import { storageStateOf, unique } from "./support";

const REFUSED_TYPE =
  "Only PNG, JPEG, WebP, GIF and AVIF images can be uploaded (SVG is not accepted).";

/** Uploads one file through the Media page's form; returns the form for its message. */
async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto("/admin/media");
  const form = page.getByRole("form", { name: "Upload an image" });
  await form.getByLabel("Image").setInputFiles(file);
  await form.getByRole("button", { name: "Upload" }).click();
  return form;
}

async function uploadPng(page: Page): Promise<string> {
  const form = await upload(page, { name: "dot.png", mimeType: "image/png", buffer: pngBytes() });
  const message = form.getByText(/^Uploaded: \/media\/[a-f0-9]{24}\.png \(2×2\)\.$/);
  await expect(message).toBeVisible();
  return /\/media\/[a-f0-9]{24}\.png/.exec(await message.innerText())![0];
}

test.describe("media, as an author", () => {
  test.use({ storageState: storageStateOf("author") });

  test("an uploaded PNG is served as image/png with nosniff", async ({ page }) => {
    const url = await uploadPng(page);
    await page.reload();
    await expect(page.getByRole("textbox", { name: "Image address" }).first()).toBeVisible();
    await expect(page.locator(`input[aria-label="Image address"][value="${url}"]`)).toHaveCount(1);

    const reader = await readerRequest();
    const response = await reader.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await response.body()).equals(pngBytes())).toBe(true);
    await reader.dispose();
  });

  test("an uploaded image works as a post's thumbnail for readers", async ({ page, browser }) => {
    const url = await uploadPng(page);
    const alt = `A small square ${unique()}`;
    const { slug } = await createDraft(page, { thumbnail: url, thumbnailAlt: alt });
    await clickAndConfirm(page, "Publish now", "Published. Readers can see it now.");

    const reader = await readerRequest();
    await waitForStatus(reader, `/blog/${slug}`, 200, 5_000);
    const context = await freshContext(browser);
    const visitor = await context.newPage();
    await visitor.goto(`/blog/${slug}`);
    const image = visitor.getByRole("img", { name: alt });
    await expect(image).toHaveAttribute("src", url);
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(2);
    await context.close();
    await reader.dispose();
  });

  test("an SVG is refused with a clear message", async ({ page }) => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><script>alert(1)</script></svg>',
    );
    const form = await upload(page, { name: "x.svg", mimeType: "image/svg+xml", buffer: svg });
    await expect(form.getByText(REFUSED_TYPE)).toBeVisible();
    await expect(form.getByText(/^Uploaded/)).toHaveCount(0);
  });

  test("an HTML file named x.png is refused", async ({ page }) => {
    const html = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>");
    const form = await upload(page, { name: "x.png", mimeType: "image/png", buffer: html });
    await expect(form.getByText(REFUSED_TYPE)).toBeVisible();
    await expect(form.getByText(/^Uploaded/)).toHaveCount(0);
  });

  test("an empty file is refused", async ({ page }) => {
    const form = await upload(page, {
      name: "empty.png",
      mimeType: "image/png",
      buffer: Buffer.alloc(0),
    });
    await expect(form.getByRole("status")).toHaveText(/empty|Choose an image/i);
    await expect(form.getByText(/^Uploaded/)).toHaveCount(0);
  });
});
