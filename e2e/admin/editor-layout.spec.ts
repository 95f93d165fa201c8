import { expect, test, type Locator, type Page } from "@playwright/test";
import { postSource } from "./action-replay";
import { addTags, bodyEditor, createDraft, toolbarButtonNames, typeBody } from "./helpers";
import { scaled } from "../support/slowness";
import { storageStateOf, unique } from "./support";

/**
 * The post editor's layout as mentors reported it (December 2026): a mode switch with a roomy
 * writing pane, the title in the preview, a one-row toolbar on a phone, tags as chips, and Markdown
 * colours readable in both themes.
 */

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const modes = (page: Page) => page.getByRole("group", { name: "Show" });
const mode = (page: Page, name: string) => modes(page).getByRole("button", { name, exact: true });
const preview = (page: Page) => page.getByTestId("preview");

async function expectMode(page: Page, pressed: "Write" | "Preview" | "Side by side") {
  for (const name of ["Write", "Preview", "Side by side"])
    await expect(mode(page, name)).toHaveAttribute("aria-pressed", String(name === pressed));
  await expect(bodyEditor(page)).toBeVisible({ visible: pressed !== "Preview" });
  await expect(preview(page)).toBeVisible({ visible: pressed !== "Write" });
}

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  expect(found, "the element should be laid out").not.toBeNull();
  return found!;
};

test.describe("on a 1280 px screen", () => {
  test.use({ viewport: DESKTOP, storageState: storageStateOf("author") });

  test("Write, Preview and Side by side show the right panes, and the choice survives a reload", async ({
    page,
  }) => {
    await page.goto("/admin/posts/new");
    await expectMode(page, "Side by side");
    // Side by side, the writing pane keeps a comfortable width.
    expect((await box(page.getByTestId("writing-pane"))).width).toBeGreaterThanOrEqual(560);
    expect((await box(bodyEditor(page))).width).toBeGreaterThanOrEqual(500);

    await mode(page, "Write").click();
    await expectMode(page, "Write");
    await mode(page, "Preview").click();
    await expectMode(page, "Preview");
    await page.reload();
    await expectMode(page, "Preview");

    // Keyboard: Tab reaches the next choice, Enter picks it.
    await mode(page, "Preview").focus();
    await page.keyboard.press("Tab");
    await expect(mode(page, "Side by side")).toBeFocused();
    await page.keyboard.press("Enter");
    await expectMode(page, "Side by side");
  });

  test("the preview shows the title as the post page does, and the copy button leaves the code free", async ({
    page,
  }) => {
    const id = unique();
    await page.goto("/admin/posts/new");
    await expect(bodyEditor(page)).toBeVisible();
    const title = page.getByLabel("Title", { exact: true });
    await title.fill(`Layout check ${id}`);
    const heading = preview(page).getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(`Layout check ${id}`);
    await title.fill(`Layout check renamed ${id}`);
    await expect(heading).toHaveText(`Layout check renamed ${id}`);

    await typeBody(page, [
      "```js",
      `const answer${id} = "a line long enough to reach the copy button";`,
      "```",
    ]);
    const code = preview(page).locator("[data-code-block] pre code");
    await expect(code).toContainText(`const answer${id}`);
    const button = await box(preview(page).getByRole("button", { name: "Copy code" }));
    const text = await box(code);
    expect(
      button.y + button.height,
      "the copy button ends above the first line",
    ).toBeLessThanOrEqual(text.y);
  });

  test("tags are chips: Enter and comma add, remove buttons and Backspace take away, suggestions offered", async ({
    page,
  }) => {
    const id = unique();
    const { slug } = await createDraft(
      page,
      { tags: `Alpha ${id}, Beta ${id}` },
      { reopen: false },
    );
    const field = page.getByLabel("Tags", { exact: true });
    const chips = page.getByRole("list", { name: "Chosen tags" }).getByRole("listitem");
    await expect(chips).toHaveText([`Alpha ${id}×`, `Beta ${id}×`]);
    await expect(field).toHaveValue("");
    // The server still receives one comma-separated value.
    await expect(page.locator('input[type="hidden"][name="tags"]')).toHaveValue(
      `Alpha ${id}, Beta ${id}`,
    );
    const saved = () => {
      const source = postSource(slug);
      return [`Alpha ${id}`, `Beta ${id}`, `Gamma ${id}`, "Career"].filter((tag) =>
        source.includes(tag),
      );
    };
    await expect.poll(saved, { timeout: scaled(10_000) }).toEqual([`Alpha ${id}`, `Beta ${id}`]);

    // A comma ends a tag as Enter does.
    await field.pressSequentially(`Gamma ${id},`);
    await expect(chips).toHaveText([`Alpha ${id}×`, `Beta ${id}×`, `Gamma ${id}×`]);
    await expect(field).toHaveValue("");

    await page.getByRole("button", { name: `Remove tag Alpha ${id}`, exact: true }).click();
    await expect(chips).toHaveText([`Beta ${id}×`, `Gamma ${id}×`]);
    await expect(field).toBeFocused();
    await field.press("Backspace");
    await expect(chips).toHaveText([`Beta ${id}×`]);

    // Existing tags are suggested; one already chosen is not.
    await expect(field).toHaveAttribute("list", "tag-suggestions");
    const career = page.locator('#tag-suggestions option[value="Career"]');
    await expect(career).toHaveCount(1);
    await addTags(page, "Career");
    await expect(career).toHaveCount(0);
    // Saved as the chips show them.
    await expect.poll(saved, { timeout: scaled(10_000) }).toEqual([`Beta ${id}`, "Career"]);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: PHONE, storageState: storageStateOf("author") });

  test("the toolbar is one row with the main action in sight; the others are under More", async ({
    page,
  }) => {
    await createDraft(page);
    const toolbar = page.getByTestId("editor-toolbar");
    expect((await box(toolbar)).height).toBeLessThanOrEqual(56);
    const publish = toolbar.getByRole("button", { name: "Publish now", exact: true });
    await expect(publish).toBeInViewport();
    // The phone opens on the text alone.
    await expectMode(page, "Write");

    const more = toolbar.getByRole("button", { name: "More", exact: true });
    await expect(more).toHaveAttribute("aria-expanded", "false");
    await expect(toolbar.getByRole("button", { name: "Save draft" })).toBeHidden();
    expect(await toolbarButtonNames(page)).toEqual([
      "Publish now",
      "Schedule",
      "Save draft",
      "Delete",
    ]);
    await more.click();
    await expect(toolbar.getByRole("link", { name: "History" })).toBeVisible();
    await expect(toolbar.getByRole("link", { name: "Preview" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(more).toHaveAttribute("aria-expanded", "false");
    await expect(more).toBeFocused();

    // Scrolled down to the end, the main action is still there.
    await page.mouse.wheel(0, 5000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect(publish).toBeInViewport();
  });
});

/** WCAG contrast of the token's colour against the first background behind it. */
function contrastOf(element: Element): number {
  const rgb = (value: string) => value.match(/[\d.]+/g)!.map(Number);
  let behind: Element | null = element;
  let background = [0, 0, 0, 0];
  while (behind) {
    background = rgb(getComputedStyle(behind).backgroundColor);
    if (background.length < 4 || background[3]! > 0) break;
    behind = behind.parentElement;
  }
  const luminance = ([r, g, b]: number[]) => {
    const [R, G, B] = [r!, g!, b!].map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const [a, b] = [luminance(rgb(getComputedStyle(element).color)), luminance(background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

for (const colorScheme of ["dark", "light"] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ viewport: DESKTOP, colorScheme, storageState: storageStateOf("author") });

    test("the editor's Markdown colours are readable", async ({ page }) => {
      await page.goto("/admin/posts/new");
      await expect(page.locator("html")).toHaveClass(
        colorScheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/,
      );
      await typeBody(page, [
        "## A heading",
        "",
        "Some *stress*, a [link](https://example.com) and `code`.",
        "",
      ]);
      const editor = bodyEditor(page);
      const tokens = {
        heading: editor.locator(".cm-md-heading:not(.cm-md-mark)").first(),
        link: editor.locator(".cm-md-link:not(.cm-md-mark):not(.cm-md-url)").first(),
        code: editor.locator(".cm-md-code").first(),
        mark: editor.locator(".cm-md-mark").first(),
      };
      for (const [name, token] of Object.entries(tokens)) {
        await expect(token, `${name} token`).toBeVisible();
        const ratio = await token.evaluate(contrastOf);
        expect(ratio, `${name} contrast`).toBeGreaterThanOrEqual(name === "mark" ? 3 : 4.5);
      }
    });
  });
}

test("the page editor names its text in plain words", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("editor") });
  const page = await context.newPage();
  await page.goto("/admin/pages/new");
  await expect(page.getByRole("textbox", { name: "Page text" })).toBeVisible();
  await expect(page.getByText(/MDX/)).toHaveCount(0);
  await context.close();
});
