import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { request, expect, test, type Page } from "@playwright/test";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { ADMIN_BASE_URL, ADMIN_CONTENT_DIR, ADMIN_DATA_DIR } from "../support/env";
import { NOBODY, postExists, stateOf } from "./action-replay";
import { freshContext, readerRequest, waitForStatus, waitForText } from "./helpers";
import { storageStateOf, unique, type UserKey } from "./support";

/**
 * Backups, end to end: the owner downloads one and imports one; nobody else may do either, by the
 * page or by calling the routes directly. Every post here is this file's own.
 */

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A backup archive as the blog makes one: the files plus a manifest listing each checksum. */
function archiveOf(files: Record<string, string | Buffer>): Buffer {
  const bytes = Object.fromEntries(
    Object.entries(files).map(([name, data]) => [name, Buffer.from(data)]),
  );
  const manifest = {
    format: "mentor-notes-backup",
    version: 1,
    app: "mentor-blog",
    createdAt: new Date().toISOString(),
    counts: {},
    files: Object.fromEntries(
      Object.entries(bytes).map(([name, data]) => [
        name,
        { bytes: data.length, sha256: sha256(data) },
      ]),
    ),
  };
  const zippable: Zippable = { "manifest.json": Buffer.from(JSON.stringify(manifest)), ...bytes };
  return Buffer.from(zipSync(zippable));
}

const postText = (title: string, body: string) =>
  `---\ntitle: ${JSON.stringify(title)}\ndate: 2024-03-01\ndescription: Imported in a test.\n---\n${body}\n`;

/** Imports a file through the Backup page's form; returns the form for its message. */
async function importThroughPage(page: Page, archive: Buffer, replace = false) {
  await page.goto("/admin/backup");
  const form = page.getByRole("form", { name: "Import a backup" });
  await form
    .getByLabel("Backup file")
    .setInputFiles({ name: "backup.zip", mimeType: "application/zip", buffer: archive });
  if (replace) await form.getByLabel("Replace existing files that differ").check();
  await form.getByRole("button", { name: "Import" }).click();
  return form;
}

/** POSTs an archive to the import route as `who`, the way a script (or an attacker) would. */
async function postImport(
  who: UserKey | "nobody",
  archive: Buffer,
  headers: Record<string, string> = { origin: ADMIN_BASE_URL },
) {
  const context = await request.newContext({
    baseURL: ADMIN_BASE_URL,
    storageState: who === "nobody" ? NOBODY : storageStateOf(who),
  });
  const response = await context.post("/admin/backup/import", {
    headers: { "content-type": "application/zip", ...headers },
    data: archive,
    maxRedirects: 0,
  });
  const reply = { status: response.status(), text: await response.text() };
  await context.dispose();
  return reply;
}

test.describe("backups, as the owner", () => {
  test.use({ storageState: storageStateOf("owner") });

  test("downloads a backup holding the posts, and no secrets", async ({ page }) => {
    const slug = `backup-download-${unique()}`;
    const source = postText(`Download me ${slug}`, "In the archive.");
    const file = path.join(ADMIN_CONTENT_DIR, "posts", `${slug}.mdx`);
    fs.writeFileSync(file, source);
    try {
      await page.goto("/admin");
      await page
        .getByRole("navigation", { name: "Admin" })
        .getByRole("link", { name: "Backup" })
        .click();
      await expect(page.getByRole("heading", { level: 1, name: "Backup" })).toBeVisible();
      const downloading = page.waitForEvent("download");
      await page.getByRole("link", { name: "Download backup" }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^mentor-notes-backup-\d{4}-\d{2}-\d{2}\.zip$/);
      const archive = fs.readFileSync((await download.path())!);
      const files = unzipSync(archive);
      expect(Buffer.from(files[`content/posts/${slug}.mdx`]!).toString("utf8")).toBe(source);
      expect(Object.keys(files)).toContain("manifest.json");
      expect(
        Object.keys(files).every((name) =>
          /^(manifest\.json|accounts\.json|review-notes\.json|content\/|media\/)/.test(name),
        ),
      ).toBe(true);

      // The live store holds hashes and session ids: none of them may be in the archive.
      const store = JSON.parse(
        fs.readFileSync(path.join(ADMIN_DATA_DIR, "accounts.json"), "utf8"),
      ) as {
        accounts: { passwordHash: string; sessions: { id: string }[] }[];
      };
      const secrets = store.accounts
        .flatMap((a) => [a.passwordHash, ...a.sessions.map((s) => s.id)])
        .filter(Boolean);
      const secretFile = path.join(ADMIN_DATA_DIR, "auth-secret");
      if (fs.existsSync(secretFile)) secrets.push(fs.readFileSync(secretFile, "utf8").trim());
      expect(secrets.length).toBeGreaterThan(2);
      const texts = [archive, ...Object.values(files).map((b) => Buffer.from(b))];
      for (const secret of secrets) expect(texts.some((text) => text.includes(secret))).toBe(false);

      const response = await page.request.get("/admin/backup/download");
      expect(response.status()).toBe(200);
      expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=/);
      expect(response.headers()["cache-control"]).toBe("private, no-store");
      expect(response.headers()["content-type"]).toBe("application/zip");
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  test("imports a new post, which readers then see; a changed copy needs Replace", async ({
    page,
    browser,
  }) => {
    const slug = `backup-import-${unique()}`;
    const title = `Imported ${slug}`;
    const form = await importThroughPage(
      page,
      archiveOf({ [`content/posts/${slug}.mdx`]: postText(title, "Hello from the archive.") }),
    );
    await expect(form.getByRole("status")).toHaveText("Imported: added 1 post.");

    const reader = await readerRequest();
    await waitForStatus(reader, `/blog/${slug}`, 200);
    const context = await freshContext(browser);
    const visitor = await context.newPage();
    await visitor.goto(`/blog/${slug}`);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(visitor.getByText("Hello from the archive.")).toBeVisible();
    await context.close();

    // The same name with other content: refused, named, unchanged; then replaced on purpose.
    const changed = archiveOf({
      [`content/posts/${slug}.mdx`]: postText(`${title} v2`, "Second version."),
    });
    const before = stateOf({ posts: [slug] });
    const refused = await importThroughPage(page, changed);
    await expect(refused.getByRole("status")).toContainText(`content/posts/${slug}.mdx`);
    await expect(refused.getByRole("status")).toContainText("Nothing was imported");
    expect(stateOf({ posts: [slug] })).toEqual(before);

    const replaced = await importThroughPage(page, changed, true);
    await expect(replaced.getByRole("status")).toHaveText(
      "Imported: added nothing; replaced 1 post.",
    );
    await waitForText(reader, `/blog/${slug}`, "Second version.");
    await reader.dispose();
  });

  test("a draft with a writing mistake is imported as a draft and named in the result", async ({
    page,
  }) => {
    const slug = `backup-draft-${unique()}`;
    const title = `Unfinished ${slug}`;
    const draft = postText(title, "Started.\n\nSee {this").replace(
      "---\ntitle",
      "---\ndraft: true\ntitle",
    );
    const form = await importThroughPage(page, archiveOf({ [`content/posts/${slug}.mdx`]: draft }));
    await expect(form.getByRole("status")).toHaveText(
      `Imported: added 1 post. 1 draft has a writing mistake to fix: “${title}” (line 3).`,
    );
    expect(postExists(slug)).toBe(true);
    // Readers never see it; its author finds it among the drafts.
    const reader = await readerRequest();
    expect((await reader.get(`/blog/${slug}`)).status()).toBe(404);
    await reader.dispose();
  });

  test("a bad archive shows the problem and changes nothing", async ({ page }) => {
    const slug = `backup-bad-${unique()}`;
    const media = `${createHash("md5").update(slug).digest("hex").slice(0, 24)}.png`;
    const watch = { posts: [slug], media: [media] };
    const before = stateOf(watch);
    const html = "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>";
    const form = await importThroughPage(
      page,
      archiveOf({
        [`content/posts/${slug}.mdx`]: postText("Fine post", "Fine."),
        [`media/${media}`]: html,
      }),
    );
    await expect(form.getByRole("status")).toHaveText(
      `media/${media}: is not a PNG image, whatever its name says.`,
    );
    expect(stateOf(watch)).toEqual(before);
    expect(postExists(slug)).toBe(false);

    const traversal = await importThroughPage(
      page,
      archiveOf({ "content/posts/../../../escape.mdx": postText("Escape", "Out.") }),
    );
    await expect(traversal.getByRole("status")).toContainText("is not a safe file name");
    expect(fs.existsSync(path.join(ADMIN_CONTENT_DIR, "..", "escape.mdx"))).toBe(false);
  });
});

test.describe("backups, without the owner's role", () => {
  for (const who of ["editor", "author"] as const) {
    test(`an ${who} cannot open the page or download a backup`, async ({ browser }) => {
      const context = await browser.newContext({ storageState: storageStateOf(who) });
      const page = await context.newPage();
      await page.goto("/admin");
      await expect(
        page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Backup" }),
      ).toHaveCount(0);
      await page.goto("/admin/backup");
      await expect(page).toHaveURL(/\/admin\?denied=1$/);
      const response = await page.request.get("/admin/backup/download");
      expect(response.status()).toBe(403);
      expect(response.headers()["content-disposition"]).toBeUndefined();
      await context.close();
    });
  }

  test("a visitor gets no backup", async ({ browser }) => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto("/admin/backup");
    await expect(page).toHaveURL(/\/signin/);
    expect((await page.request.get("/admin/backup/download")).status()).toBe(401);
    await context.close();
  });

  test("calling the import route without the role, or from another site, is refused", async () => {
    const slug = `backup-replay-${unique()}`;
    const archive = archiveOf({ [`content/posts/${slug}.mdx`]: postText("Sneaked in", "No.") });
    const attempts: [UserKey | "nobody", Record<string, string>, number][] = [
      ["nobody", { origin: ADMIN_BASE_URL }, 401],
      ["editor", { origin: ADMIN_BASE_URL }, 403],
      ["author", { origin: ADMIN_BASE_URL }, 403],
      ["contributor", { origin: ADMIN_BASE_URL }, 403],
      // The owner's cookies, but the request comes from another site (or says nothing of its origin).
      ["owner", { origin: "http://evil.example" }, 403],
      ["owner", {}, 403],
    ];
    for (const [who, headers, status] of attempts) {
      const before = stateOf({ posts: [slug] });
      const reply = await postImport(who, archive, headers);
      expect.soft(reply.status, `${who} ${JSON.stringify(headers)}: ${reply.text}`).toBe(status);
      expect.soft(reply.text).not.toContain('"ok":true');
      expect.soft(stateOf({ posts: [slug] })).toEqual(before);
    }
    expect(postExists(slug)).toBe(false);
    // The same request with the owner's session and this site's origin works: the refusals above
    // were about who and where, not about the archive.
    const accepted = await postImport("owner", archive);
    expect(accepted.status).toBe(200);
    expect(postExists(slug)).toBe(true);
  });
});
