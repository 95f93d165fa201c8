import zlib from "node:zlib";
import {
  expect,
  request,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { scaled } from "../support/slowness";
import { unique } from "./support";

/**
 * In Playwright Test, `browser.newContext()` and `request.newContext()` inherit the describe
 * block's `storageState`: an explicitly empty one is a visitor without an account.
 */
const NOBODY = { cookies: [], origins: [] };

export const freshContext = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({ storageState: NOBODY });

/** An HTTP client with no cookies at all: a reader. */
export const readerRequest = (): Promise<APIRequestContext> =>
  request.newContext({ storageState: NOBODY });

export type TempAccount = { name: string; email: string; password: string; role: string };

/**
 * As the owner (`ownerPage` is signed in as the owner): invites a new account with a unique email,
 * then sets its password through the one-time link in a fresh context. Never one of USERS.
 */
export async function inviteAccount(
  ownerPage: Page,
  browser: Browser,
  role = "author",
): Promise<TempAccount> {
  const id = unique();
  const account = {
    name: `Temp ${id}`,
    email: `temp-${id}@example.com`,
    password: `temp-password-${id}`,
    role,
  };
  await ownerPage.goto("/admin/accounts");
  const invite = ownerPage.getByRole("form", { name: "Invite a mentor" });
  await invite.getByLabel("Name").fill(account.name);
  await invite.getByLabel("Email").fill(account.email);
  await invite.getByLabel("Role").selectOption(role);
  await invite.getByRole("button", { name: "Invite" }).click();
  const linkBox = invite.getByLabel("One-time link");
  await expect(linkBox).toHaveValue(/\/invite\//);
  const link = await linkBox.inputValue();

  const context = await freshContext(browser);
  const guest = await context.newPage();
  await guest.goto(link);
  await guest.getByLabel("New password").fill(account.password);
  await guest.getByLabel("Confirm password").fill(account.password);
  await guest.getByRole("button", { name: "Set password" }).click();
  // Accepting signs the new mentor in and lands them in the admin.
  await expect(guest).toHaveURL(/\/admin\?welcome=1$/);
  await context.close();
  return account;
}

/** Submits the sign-in form once (a refusal clears the password and keeps the email). */
export async function submitSignIn(page: Page, email: string, password: string) {
  if (!/\/signin/.test(page.url())) await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  // Wait until the server has answered this attempt (it counts failures).
  const answered = page.waitForResponse(
    (response) => response.request().method() === "POST" && /\/signin/.test(response.url()),
  );
  await page.getByRole("button", { name: "Sign in" }).click();
  await answered;
  // A refused attempt clears the form once its answer is shown: wait for that before going on.
  await expect(async () => {
    if (!/\/signin/.test(page.url())) return;
    await expect(page.getByLabel("Password")).toHaveValue("", { timeout: 500 });
  }).toPass();
}

/** Signs a (non-USERS) account in, in a new context of its own. */
export async function signedInContext(
  browser: Browser,
  account: { email: string; password: string },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await submitSignIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/admin$/);
  return { context, page };
}

// ---------------------------------------------------------------------------------------------
// The post editor

/** The CodeMirror text of a post ("Post text") or a page ("Page text"). */
export const bodyEditor = (page: Page) => page.getByRole("textbox", { name: /^(Post|Page) text$/ });

/** Adds tags in the chip field, each as a mentor does: typed, then Enter. "A, B" adds two. */
export async function addTags(page: Page, tags: string) {
  const field = page.getByLabel("Tags", { exact: true });
  for (const tag of tags.split(",").map((name) => name.trim())) {
    await field.fill(tag);
    await field.press("Enter");
    await expect(
      page.getByRole("button", { name: `Remove tag ${tag}`, exact: true }),
    ).toBeVisible();
  }
}

/** The toolbar's row of actions (the status chip's row), once the editor shows it. */
const toolbarRow = (page: Page) => page.getByTestId("post-status").locator("xpath=..");

/**
 * Opens the toolbar's More menu where there is one (on a phone the secondary actions fold behind
 * it); on wider screens every action is in the row and this does nothing.
 */
async function openMore(page: Page): Promise<boolean> {
  const row = toolbarRow(page);
  await expect(row.getByRole("button").first()).toBeVisible();
  const more = row.getByRole("button", { name: "More", exact: true });
  if (!(await more.isVisible())) return false;
  if ((await more.getAttribute("aria-expanded")) !== "true") await more.click();
  return true;
}

/** A toolbar action by its name, in sight: opens More first when it is folded there. */
export async function toolbarButton(page: Page, name: string) {
  const button = toolbarRow(page).getByRole("button", { name, exact: true });
  await expect(toolbarRow(page).getByRole("button").first()).toBeVisible();
  if (!(await button.isVisible())) await openMore(page);
  return button;
}

/** The names of every toolbar action, the folded ones included (More itself left out). */
export async function toolbarButtonNames(page: Page): Promise<string[]> {
  const folded = await openMore(page);
  const names = await toolbarRow(page).getByRole("button").allTextContents();
  if (folded) await page.keyboard.press("Escape");
  return names.filter((name) => name !== "More");
}

/**
 * Types lines at the end of the CodeMirror body. Each line is inserted as one piece of text (so
 * CodeMirror's bracket closing does not add characters), with Enter between lines.
 */
export async function typeBody(page: Page, lines: string[], options: { replace?: boolean } = {}) {
  const editor = bodyEditor(page);
  await editor.click();
  if (options.replace) {
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.press("Delete");
  } else {
    await page.keyboard.press("ControlOrMeta+End");
  }
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press("Enter");
    if (line) await page.keyboard.insertText(line);
  }
}

export const saveState = (page: Page) => page.getByTestId("save-state");
export const postStatus = (page: Page) => page.getByTestId("post-status");

export type NewPost = {
  title?: string;
  body?: string[];
  tags?: string;
  thumbnail?: string;
  thumbnailAlt?: string;
};

/** Opens a post in the editor and waits until the editor runs (CodeMirror exists only then). */
export async function openPost(page: Page, slug: string) {
  await page.goto(`/admin/posts/${slug}`);
  await expect(bodyEditor(page)).toBeVisible();
}

/**
 * Opens a new post, fills it and waits for its first autosave, which moves the editor to
 * /admin/posts/<slug>. Then, unless `reopen` is false, opens the saved draft afresh, as a mentor
 * coming back to it would. Returns the title, slug and body lines.
 */
export async function createDraft(page: Page, post: NewPost = {}, { reopen = true } = {}) {
  const id = unique();
  const title = post.title ?? `E2E post ${id}`;
  const body = post.body ?? [`Body text ${id}.`];
  await page.goto("/admin/posts/new");
  await expect(bodyEditor(page)).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(title);
  const slug = await page.getByLabel("Address", { exact: true }).inputValue();
  expect(slug).not.toBe("");
  if (post.tags) await addTags(page, post.tags);
  if (post.thumbnail) await page.getByLabel("Thumbnail", { exact: true }).fill(post.thumbnail);
  if (post.thumbnailAlt)
    await page.getByLabel("Thumbnail alt text", { exact: true }).fill(post.thumbnailAlt);
  await typeBody(page, body);
  await expect(page).toHaveURL(new RegExp(`/admin/posts/(new\\?slug=)?${slug}$`), {
    timeout: scaled(15_000),
  });
  await expect(saveState(page)).toHaveText(/^(Saved at|All changes saved)/);
  await expect(postStatus(page)).toHaveText("Draft");
  if (reopen) {
    await openPost(page, slug);
    await expect(postStatus(page)).toHaveText("Draft");
  }
  return { title, slug, body };
}

/** Past the editor's autosave delay (AUTOSAVE_DELAY_MS, 1.5 s, in post-editor.tsx), with room. */
const PAST_AUTOSAVE_MS = 5_000;

/**
 * Fires at once every timer the page would run within the next few seconds, an autosave among
 * them, by moving its clock on: "nothing saves by itself" is then checked without sleeping. The
 * page's clock must have been installed (`page.clock.install()`) before the page opened.
 */
export async function skipPastAutosave(page: Page) {
  await page.clock.fastForward(PAST_AUTOSAVE_MS);
}

/**
 * The editor's save calls (saves, publishes, updates) the page sends from now on, in order, and
 * whether each was an autosave. Read it after a deliberate save's answer: any autosave the page
 * sent before that save is listed before it.
 */
export function recordSaves(page: Page): { autosave: boolean }[] {
  const saves: { autosave: boolean }[] = [];
  page.on("request", (request) => {
    if (request.method() !== "POST" || !request.headers()["next-action"]) return;
    // The editor's form travels as the action's FormData argument, its field names prefixed with
    // a reference (`_1_intent`); the preview's action has no `intent` field.
    const body = request.postDataBuffer()?.toString("utf8") ?? "";
    if (!/name="(?:_?\d+_)?intent"/.test(body)) return;
    saves.push({ autosave: /name="(?:_?\d+_)?autosave"/.test(body) });
  });
  return saves;
}

/** Clicks a toolbar button and waits for the announced result. */
export async function clickAndConfirm(page: Page, button: string, message: string | RegExp) {
  await (await toolbarButton(page, button)).click();
  await expect(page.getByText(message)).toBeVisible({ timeout: scaled(10_000) });
}

/**
 * Polls a reader's GET of `path` until its status is `status`; returns the elapsed ms. `timeout`
 * is for the reference machine: it is scaled to this one (e2e/support/slowness.ts).
 */
export async function waitForStatus(
  reader: APIRequestContext,
  path: string,
  status: number,
  timeout = 10_000,
): Promise<number> {
  const start = Date.now();
  await expect
    .poll(async () => (await reader.get(path, { maxRedirects: 0 })).status(), {
      timeout: scaled(timeout),
      intervals: [100],
      message: `GET ${path} should answer ${status}`,
    })
    .toBe(status);
  return Date.now() - start;
}

/** Polls a reader's GET of `path` until its text contains (or lacks) `text`; `timeout` scales too. */
export async function waitForText(
  reader: APIRequestContext,
  path: string,
  text: string,
  options: { present?: boolean; timeout?: number } = {},
): Promise<number> {
  const start = Date.now();
  const present = options.present ?? true;
  await expect
    .poll(async () => (await (await reader.get(path)).text()).includes(text), {
      timeout: scaled(options.timeout ?? 10_000),
      intervals: [100],
      message: `GET ${path} should ${present ? "" : "not "}contain ${JSON.stringify(text)}`,
    })
    .toBe(present);
  return Date.now() - start;
}

// ---------------------------------------------------------------------------------------------
// Images

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A valid RGB PNG of the given size, one colour, built with zlib. */
export function pngBytes(width = 2, height = 2, rgb: [number, number, number] = [200, 30, 90]) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(width).fill(rgb).flat())]);
  const pixels = Buffer.concat(Array(height).fill(row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The dialog that asks for an image's description before it goes into the body. */
export const altDialog = (page: Page) => page.getByRole("dialog", { name: "Add an image" });
export const DESCRIBE_IMAGE = "Describe this image for people who cannot see it";

/** Sends a file to the body as a paste or a drop would, built in the page from `bytes`. */
export async function sendFile(
  page: Page,
  kind: "paste" | "drop",
  file: { name: string; type: string; bytes: Buffer },
  at?: { x: number; y: number },
) {
  await bodyEditor(page).evaluate(
    (target, { kind, name, type, base64, at }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name, { type }));
      if (kind === "paste") {
        target.dispatchEvent(
          new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
        );
        return;
      }
      const init = { dataTransfer: data, bubbles: true, cancelable: true, ...at };
      for (const event of ["dragenter", "dragover", "drop"])
        target.dispatchEvent(new DragEvent(event, { ...init, clientX: at?.x, clientY: at?.y }));
    },
    { kind, name: file.name, type: file.type, base64: file.bytes.toString("base64"), at },
  );
}

/** Answers the editor's "Add an image" dialog with a description. */
export async function describeImage(page: Page, alt: string) {
  const dialog = altDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(DESCRIBE_IMAGE).fill(alt);
  await dialog.getByRole("button", { name: "Insert image" }).click();
  await expect(dialog).toBeHidden();
}
