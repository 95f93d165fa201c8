import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import {
  clickAndConfirm,
  createDraft,
  freshContext,
  pngBytes,
  readerRequest,
  waitForStatus,
} from "./helpers";
import { storageStateOf, unique, type UserKey } from "./support";

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
  const message = form.getByText(/^Uploaded: \/media\/[a-z0-9-]+\.png \(2×2\)\.$/);
  await expect(message).toBeVisible();
  return /\/media\/[a-z0-9-]+\.png/.exec(await message.innerText())![0];
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
    // Stored re-encoded (metadata stripped): the same pixels, not the same bytes.
    const served = await sharp(await response.body()).metadata();
    expect(served).toMatchObject({ format: "png", width: 2, height: 2 });
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
    // A resized copy of the upload (lib/media/variants.ts), never enlarged: still 2 px wide.
    await expect(image).toHaveAttribute("src", `/img/320/png${url}`);
    await expect(image).toHaveAttribute("width", "2");
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    const shown = await image.evaluate((img: HTMLImageElement) => img.currentSrc);
    expect(new URL(shown).pathname).toMatch(new RegExp(`^/img/320/(avif|webp|png)${url}$`));
    const copy = await visitor.request.get(shown);
    expect(copy.status()).toBe(200);
    expect((await sharp(await copy.body()).metadata()).width).toBe(2);
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

// ---------------------------------------------------------------------------------------------
// Review findings: metadata, deleting one's own uploads, and what each role sees.

/** A photo as a phone saves it: camera, description and GPS position in its EXIF, plus XMP. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 48, height: 24, channels: 3, background: "#3a7" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "SpyCam", ImageDescription: "SECRET-HOME-ADDRESS" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "51/1 30/1 26/1",
        GPSLongitudeRef: "W",
        GPSLongitude: "0/1 7/1 39/1",
      },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="SECRET-XMP"/></rdf:RDF></x:xmpmeta>',
    )
    .toBuffer();
}

/** The latitude 51/1 30/1 as sharp writes it (little-endian rationals). */
const GPS_LATITUDE = Buffer.from([51, 0, 0, 0, 1, 0, 0, 0, 30, 0, 0, 0, 1, 0, 0, 0]);

async function pageAs(browser: Browser, key: UserKey): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(key) });
  return context.newPage();
}

/** Uploads a fresh one-colour PNG as this page's mentor; returns its stored name. */
async function uploadFresh(page: Page): Promise<string> {
  const rgb: [number, number, number] = [Math.floor(Math.random() * 256), 90, 140];
  const form = await upload(page, {
    name: "fresh.png",
    mimeType: "image/png",
    buffer: pngBytes(4, 4, rgb),
  });
  const message = form.getByText(/^Uploaded: \/media\/[a-z0-9-]+\.png \(4×4\)\.$/);
  await expect(message).toBeVisible();
  return /[a-z0-9-]+\.png/.exec(await message.innerText())![0];
}

const deleteForm = (page: Page, name: string) => page.getByRole("form", { name: `Delete ${name}` });

test.describe("media privacy and ownership", () => {
  test("a photo's camera details and GPS position never reach readers", async ({ browser }) => {
    const photo = await phonePhoto();
    const before = await sharp(photo).metadata();
    expect(before.exif?.includes(GPS_LATITUDE)).toBe(true);

    const page = await pageAs(browser, "contributor");
    const form = await upload(page, {
      name: "IMG_2044.jpg",
      mimeType: "image/jpeg",
      buffer: photo,
    });
    const message = form.getByText(/^Uploaded: \/media\/[a-z0-9-]+\.jpg \(48×24\)\.$/);
    await expect(message).toBeVisible();
    const url = /\/media\/[a-z0-9-]+\.jpg/.exec(await message.innerText())![0];

    const reader = await readerRequest();
    const served = await (await reader.get(url)).body();
    await reader.dispose();
    const metadata = await sharp(served).metadata();
    expect(metadata).toMatchObject({ format: "jpeg", width: 48, height: 24 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    for (const leak of ["SECRET-HOME-ADDRESS", "SECRET-XMP", "SpyCam", "Exif\0\0"])
      expect(served.includes(Buffer.from(leak, "latin1")), leak).toBe(false);
    expect(served.includes(GPS_LATITUDE)).toBe(false);
    await page.context().close();
  });

  test("a contributor sees only their own uploads, and deletes one no post uses", async ({
    browser,
  }) => {
    const editor = await pageAs(browser, "editor");
    const editorsImage = await uploadFresh(editor);
    const contributor = await pageAs(browser, "contributor");
    const own = await uploadFresh(contributor);

    await contributor.goto("/admin/media");
    await expect(contributor.getByTestId("media-quota")).toHaveText(
      /^You have used \d+\.\d MB of your 200 MB for images\.$/,
    );
    await expect(contributor.locator(`input[value="/media/${own}"]`)).toHaveCount(1);
    expect(await contributor.content()).not.toContain(editorsImage);

    await deleteForm(contributor, own).getByRole("button", { name: "Delete" }).click();
    // The page refreshes without it (its form, and so its message, go with it).
    await expect(contributor.locator(`input[value="/media/${own}"]`)).toHaveCount(0);
    await contributor.reload();
    await expect(contributor.locator(`input[value="/media/${own}"]`)).toHaveCount(0);
    const reader = await readerRequest();
    expect((await reader.get(`/media/${own}`)).status()).toBe(404);
    await reader.dispose();

    // Editors manage every upload, and see who uploaded it.
    await editor.goto("/admin/media");
    await expect(editor.locator(`input[value="/media/${editorsImage}"]`)).toHaveCount(1);
    await expect(
      editor.getByRole("listitem").filter({ has: deleteForm(editor, editorsImage) }),
    ).toContainText("uploaded by Eddie Editor");
    await editor.context().close();
    await contributor.context().close();
  });

  test("an image a draft uses cannot be deleted; only posts the mentor may see are named", async ({
    browser,
  }) => {
    const contributor = await pageAs(browser, "contributor");
    const image = await uploadFresh(contributor);
    // Another mentor's draft uses it: its slug is theirs to keep private.
    const author2 = await pageAs(browser, "author2");
    const { slug, title } = await createDraft(author2, { body: [`![A square](/media/${image})`] });

    await contributor.goto("/admin/media");
    const item = contributor.getByRole("listitem").filter({ has: deleteForm(contributor, image) });
    await expect(item).toContainText("Used by 1 post you cannot see");
    await deleteForm(contributor, image).getByRole("button", { name: "Delete" }).click();
    await expect(
      deleteForm(contributor, image).getByText(
        "This image is still used by 1 post you cannot see. Remove it there first, then delete it.",
      ),
    ).toBeVisible();
    expect(await contributor.content()).not.toContain(slug);
    expect(await contributor.content()).not.toContain(title);

    const editor = await pageAs(browser, "editor");
    await editor.goto("/admin/media");
    await deleteForm(editor, image).getByRole("button", { name: "Delete" }).click();
    await expect(
      deleteForm(editor, image).getByText(
        `This image is still used by “${title}”. Remove it there first, then delete it.`,
      ),
    ).toBeVisible();
    const reader = await readerRequest();
    expect((await reader.get(`/media/${image}`)).status()).toBe(200);
    await reader.dispose();
    for (const page of [contributor, author2, editor]) await page.context().close();
  });
});
