import { expect, test, type Page } from "@playwright/test";
import { altDialog, bodyEditor, describeImage, pngBytes, sendFile, typeBody } from "./helpers";
import { storageStateOf, unique, type UserKey } from "./support";

/** The body's lines as the mentor sees them in the editor. */
const bodyLines = (page: Page) => bodyEditor(page).locator(".cm-line").allTextContents();

/** A new post with two lines, the cursor at the end of the first. */
async function newPostWithCursor(page: Page) {
  await page.goto("/admin/posts/new");
  await expect(bodyEditor(page)).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(`Images ${unique()}`);
  await typeBody(page, ["Alpha line.", "Omega line."], { replace: true });
  await bodyEditor(page).locator(".cm-line", { hasText: "Alpha line." }).click();
  await page.keyboard.press("End");
}

const VIEWPORTS: [string, { width: number; height: number }, UserKey][] = [
  ["desktop", { width: 1280, height: 800 }, "author2"],
  ["phone", { width: 390, height: 844 }, "contributor"],
];

for (const [label, viewport, user] of VIEWPORTS) {
  test.describe(`images in the editor (${label})`, () => {
    test.use({ viewport, storageState: storageStateOf(user) });

    test("a pasted image asks for a description and goes in at the cursor", async ({ page }) => {
      await newPostWithCursor(page);
      const id = unique();
      // A pasted screenshot is "image.png": its description names the stored file.
      await sendFile(page, "paste", { name: "image.png", type: "image/png", bytes: pngBytes() });
      await describeImage(page, `Chart ${id}`);
      await expect
        .poll(() => bodyLines(page))
        .toEqual([`Alpha line.![Chart ${id}](/media/chart-${id}.png)`, "Omega line."]);
    });

    test("a dropped image goes in where it is dropped", async ({ page }) => {
      await newPostWithCursor(page);
      const id = unique();
      const line = bodyEditor(page).locator(".cm-line", { hasText: "Omega line." });
      await line.scrollIntoViewIfNeeded();
      const box = (await line.boundingBox())!;
      await sendFile(
        page,
        "drop",
        { name: `Drop ${id}.PNG`, type: "image/png", bytes: pngBytes(3, 3) },
        { x: box.x + box.width - 2, y: box.y + box.height / 2 },
      );
      await describeImage(page, "A dropped square");
      await expect
        .poll(() => bodyLines(page))
        .toEqual(["Alpha line.", `Omega line.![A dropped square](/media/drop-${id}.png)`]);
    });

    test("the upload button: the description is asked for, decorative allowed, cancel inserts nothing", async ({
      page,
    }) => {
      await newPostWithCursor(page);
      const id = unique();
      const button = page.getByLabel("Upload image", { exact: true });
      const file = { name: `shot-${id}.png`, mimeType: "image/png", buffer: pngBytes(4, 4) };
      await button.setInputFiles(file);
      const dialog = altDialog(page);
      await dialog.getByRole("button", { name: "Insert image" }).click();
      await expect(dialog.getByRole("alert")).toHaveText(
        "Describe the image, or mark it as decorative.",
      );
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await expect(dialog).toBeHidden();
      expect(await bodyLines(page)).toEqual(["Alpha line.", "Omega line."]);

      await button.setInputFiles(file);
      await dialog.getByLabel("It is decorative: there is nothing to describe").check();
      await dialog.getByRole("button", { name: "Insert image" }).click();
      // Cancelled first: nothing was uploaded then, so the name is still free.
      await expect
        .poll(() => bodyLines(page))
        .toEqual([`Alpha line.![](/media/shot-${id}.png)`, "Omega line."]);
    });

    test("refused files say why and insert nothing; a placeholder shows while uploading", async ({
      page,
    }) => {
      await newPostWithCursor(page);
      const button = page.getByLabel("Upload image", { exact: true });
      const problem = page.getByRole("alert").filter({ hasText: /^(notes|big|photo|slow)/ });
      await button.setInputFiles({
        name: "notes.txt",
        mimeType: "text/plain",
        buffer: Buffer.from("hi"),
      });
      await expect(problem).toHaveText(
        "notes.txt: Only PNG, JPEG, WebP, GIF and AVIF images can be uploaded (SVG is not accepted).",
      );
      await button.setInputFiles({
        name: "big.png",
        mimeType: "image/png",
        buffer: Buffer.alloc(5 * 1024 * 1024 + 1),
      });
      await expect(problem).toHaveText("big.png: Images may be at most 5 MB.");
      await expect(altDialog(page)).toBeHidden();

      // Refused by the server (a PNG named .jpg): the placeholder goes and nothing is inserted.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      await page.route("**/admin/posts/**", async (route) => {
        if (route.request().postDataBuffer()?.includes("photo.jpg")) await gate;
        await route.continue();
      });
      await button.setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: pngBytes() });
      await describeImage(page, "A photo");
      await expect(bodyEditor(page).getByRole("status")).toHaveText("Uploading photo.jpg…");
      release();
      await expect(problem).toHaveText(
        "photo.jpg: This file is named as a JPEG image but holds a PNG image. Save it under the right extension and upload it again.",
      );
      await expect(bodyEditor(page).getByRole("status")).toHaveCount(0);
      expect(await bodyLines(page)).toEqual(["Alpha line.", "Omega line."]);
    });

    test("Insert image… picks an upload by name, with thumbnails, at the cursor", async ({
      page,
    }) => {
      await newPostWithCursor(page);
      const id = unique();
      await page.getByLabel("Upload image", { exact: true }).setInputFiles({
        name: `Pick Me ${id}.png`,
        mimeType: "image/png",
        buffer: pngBytes(5, 5),
      });
      await describeImage(page, "First");
      // The upload ends by putting the cursor after its image: wait for it before moving on.
      await expect
        .poll(() => bodyLines(page))
        .toEqual([`Alpha line.![First](/media/pick-me-${id}.png)`, "Omega line."]);
      await bodyEditor(page).locator(".cm-line", { hasText: "Omega line." }).click();
      await page.keyboard.press("Home");

      await page.getByRole("button", { name: "Insert image…" }).click();
      const picker = page.getByRole("dialog", { name: "Insert an image" });
      await picker.getByLabel("Search images by name").fill(`pick me ${id}`);
      const choice = picker.getByRole("button", { name: `pick-me-${id}` });
      await expect(choice).toHaveCount(1);
      await expect(choice.locator("img")).toHaveAttribute("src", `/media/pick-me-${id}.png`);
      await choice.click();
      await describeImage(page, "Second");
      await expect
        .poll(() => bodyLines(page))
        .toEqual([
          `Alpha line.![First](/media/pick-me-${id}.png)`,
          `![Second](/media/pick-me-${id}.png)Omega line.`,
        ]);
    });

    test("the thumbnail: upload one, see it, pick another, remove it", async ({ page }) => {
      await newPostWithCursor(page);
      const id = unique();
      const field = page.getByLabel("Thumbnail", { exact: true });
      await page.getByRole("button", { name: "Choose image…" }).click();
      const picker = page.getByRole("dialog", { name: "Choose a thumbnail" });
      await picker.getByLabel("Upload a new image").setInputFiles({
        name: `Cover ${id}.png`,
        mimeType: "image/png",
        buffer: pngBytes(6, 4),
      });
      await expect(field).toHaveValue(`/media/cover-${id}.png`);
      await page.getByLabel("Thumbnail alt text", { exact: true }).fill(`Cover ${id}`);
      await expect(page.getByRole("img", { name: `Cover ${id}` })).toHaveAttribute(
        "src",
        `/media/cover-${id}.png`,
      );
      await page.getByRole("button", { name: "Remove image" }).click();
      await expect(field).toHaveValue("");
      await expect(page.getByRole("img", { name: `Cover ${id}` })).toHaveCount(0);

      await page.getByRole("button", { name: "Choose image…" }).click();
      await picker.getByRole("button", { name: `cover-${id}` }).click();
      await expect(field).toHaveValue(`/media/cover-${id}.png`);
    });
  });
}

test.describe("the Media page", () => {
  test.use({ storageState: storageStateOf("author2") });

  for (const [label, viewport] of VIEWPORTS) {
    test(`copy buttons and search by name (${label})`, async ({ page, context, baseURL }) => {
      await page.setViewportSize(viewport);
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
      const id = unique();
      await page.goto("/admin/media");
      const form = page.getByRole("form", { name: "Upload an image" });
      await form.getByLabel("Image").setInputFiles({
        name: `Team Diagram ${id}.png`,
        mimeType: "image/png",
        buffer: pngBytes(),
      });
      await form.getByRole("button", { name: "Upload" }).click();
      const url = `/media/team-diagram-${id}.png`;
      await expect(form.getByText(`Uploaded: ${url} (2×2).`)).toBeVisible();

      await page.getByLabel("Search images by name").fill(`Team Diagram ${id}`);
      await page.getByLabel("Search images by name").press("Enter");
      await expect(page).toHaveURL(/\?q=/);
      const items = page
        .getByRole("listitem")
        .filter({ has: page.locator(`input[value="${url}"]`) });
      await expect(page.locator("main li")).toHaveCount(1);
      const item = items.first();
      await expect(item).toContainText(`team-diagram-${id}`);
      await expect(item).toContainText("Not used · uploaded by you");
      await expect(item.locator("img")).toHaveAttribute("src", url);

      await item.getByRole("button", { name: "Copy address" }).click();
      await expect(item.getByText("Copied")).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${url}`);
      await item.getByRole("button", { name: "Copy for a post" }).click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(`![team diagram ${id}](${url})`);

      await page.getByLabel("Search images by name").fill(`nothing-${id}`);
      await page.getByLabel("Search images by name").press("Enter");
      await expect(page.getByText(`No image has “nothing-${id}” in its name.`)).toBeVisible();
    });
  }
});
