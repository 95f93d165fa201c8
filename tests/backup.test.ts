import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { accountIdField } from "@/lib/accounts/fields";
import { inviteAccount } from "@/lib/team/manage";
import { createBackup, sha256, withoutSecrets } from "@/lib/backup/export";
import { backupAccountSchema, MAX_TOTAL_BYTES } from "@/lib/backup/format";
import { BackupError, describeImport, importBackup } from "@/lib/backup/import";
import { getContentIndex, invalidateContentIndex } from "@/lib/content/load";
import { revisions } from "@/lib/history/git";
import { createContentDir, postSource, removeContentDir } from "./support/content-fixture";
import { createDataDir, removeDataDir } from "./support/data-dir";

/** A blog is a content folder and a data folder, both temporary; `use` points the app at one. */
type Blog = { content: string; data: string };
const blogs: Blog[] = [];

function makeBlog(name: string): Blog {
  const blog = {
    content: createContentDir(`backup-${name}`),
    data: createDataDir(`backup-${name}`),
  };
  blogs.push(blog);
  return blog;
}

function use(blog: Blog): void {
  process.env.CONTENT_DIR = blog.content;
  process.env.DATA_DIR = blog.data;
  invalidateContentIndex();
}

/** Every file under a blog's two folders, with its bytes (a link is recorded as its target). */
function snapshot(blog: Blog): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (root: string, dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const key = `${path.basename(root)}:${path.relative(root, full)}`;
      if (entry.isSymbolicLink()) out[key] = `-> ${fs.readlinkSync(full)}`;
      else if (entry.isDirectory()) walk(root, full);
      else out[key] = fs.readFileSync(full).toString("base64");
    }
  };
  walk(blog.content, blog.content);
  walk(blog.data, blog.data);
  return out;
}

const WHO = { name: "Olive Owner", email: "owner@example.com" };
const SECRETS = {
  hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$SECRET-HASH-OF-OLIVE",
  editorHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$SECRET-HASH-OF-EDDIE",
  session: "session-id-SECRET-0123456789",
  tokenHash: "f".repeat(60) + "beef",
  authSecret: "AUTH-SECRET-NEVER-EXPORTED-42",
};

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const MEDIA = "0123456789abcdef01234567.png";

/** The id of the source blog's "First steps", and review notes about it and about a post not kept. */
const FIRST_STEPS_ID = "77777777-7777-4777-8777-777777777777";
const GONE_POST_ID = "88888888-8888-4888-8888-888888888888";
const note = (id: string, at: string, text: string) => ({
  id,
  by: "22222222-2222-4222-8222-222222222222",
  at,
  text,
});
const REVIEWS = {
  version: 1,
  posts: {
    [FIRST_STEPS_ID]: {
      submittedAt: "2024-05-02T09:00:00.000Z",
      notes: [note("note-1", "2024-05-01T10:00:00.000Z", "Please add an example.")],
    },
    [GONE_POST_ID]: {
      notes: [note("note-2", "2024-04-01T10:00:00.000Z", "About a deleted post.")],
    },
  },
};

const SITE_SETTINGS = "title: Source blog\nnavigation:\n  - label: About\n    url: /about\n";

const post = (title: string, body = "Some words.\n", extra = "") =>
  postSource(`title: ${JSON.stringify(title)}\ndate: 2024-05-01\nauthor: ada-okafor${extra}`, body);

function writeFile(root: string, relative: string, data: string | Buffer) {
  fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  fs.writeFileSync(path.join(root, relative), data);
}

/** The source blog: content, media, accounts with secrets, and things a backup must leave out. */
function fillSource(blog: Blog) {
  writeFile(
    blog.content,
    "posts/first-steps.mdx",
    post("First steps", "Hello <Callout>hi</Callout>\n", `\nid: ${FIRST_STEPS_ID}`),
  );
  writeFile(blog.content, "posts/plain-notes.md", post("Plain notes", `![dot](/media/${MEDIA})\n`));
  writeFile(blog.content, "posts/a-draft.mdx", post("A draft", "Not yet.\n", "\ndraft: true"));
  writeFile(blog.content, "authors/ada-okafor.md", "---\nname: Ada Okafor\n---\nShe mentors.\n");
  writeFile(
    blog.content,
    "tags.yml",
    "tags:\n  mentoring:\n    description: Helping others grow\nredirects:\n  old-tag: mentoring\n",
  );
  writeFile(
    blog.content,
    "redirects.yml",
    `posts:\n  /blog/first-step:\n    post: ${FIRST_STEPS_ID}\n    to: first-steps\n`,
  );
  writeFile(blog.content, "site.yml", SITE_SETTINGS);
  writeFile(blog.content, "pages/about.mdx", "---\ntitle: About\n---\nWho we are.\n");
  writeFile(blog.data, `media/${MEDIA}`, PNG);
  writeFile(blog.data, "review-notes.json", JSON.stringify(REVIEWS, null, 2));
  writeFile(blog.data, "auth-secret", SECRETS.authSecret);
  writeFile(blog.data, "history.git/HEAD", "ref: refs/heads/main\n");
  writeFile(blog.data, "history.git/secret-object", SECRETS.authSecret);
  // Left-overs and links: never part of a backup.
  writeFile(blog.content, "posts/.tmp-first-steps.mdx.abc123", "half written");
  writeFile(blog.content, "posts/notes.txt", "not a post");
  writeFile(blog.data, "media/.tmp-0123.png.abc", "half an image");
  fs.symlinkSync("/etc/hostname", path.join(blog.content, "posts/linked.mdx"));
  fs.symlinkSync(
    path.join(blog.data, "auth-secret"),
    path.join(blog.data, "media/aaaaaaaaaaaaaaaaaaaaaaaa.png"),
  );
  const accounts = [
    {
      id: "11111111-1111-4111-8111-111111111111",
      email: "owner@example.com",
      name: "Olive Owner",
      role: "owner",
      authorId: "olive-owner",
      passwordHash: SECRETS.hash,
      active: true,
      createdAt: "2024-01-01T00:00:00.000Z",
      sessions: [{ id: SECRETS.session, createdAt: "2024-01-02T00:00:00.000Z" }],
    },
    {
      id: "22222222-2222-4222-8222-222222222222",
      email: "editor@example.com",
      name: "Eddie Editor",
      role: "editor",
      authorId: "eddie-editor",
      passwordHash: SECRETS.editorHash,
      active: false,
      createdAt: "2024-01-03T00:00:00.000Z",
      sessions: [],
      setPassword: { tokenHash: SECRETS.tokenHash, expiresAt: "2099-01-01T00:00:00.000Z" },
    },
  ];
  writeFile(blog.data, "accounts.json", JSON.stringify({ version: 1, accounts }, null, 2));
}

/** An archive's files by name. */
const unpack = (archive: Uint8Array) => unzipSync(archive);

/** Builds an archive from files, with a manifest that lists them all correctly. */
function pack(files: Record<string, Uint8Array | string>, manifestOverride?: object): Uint8Array {
  const bytes = Object.fromEntries(
    Object.entries(files).map(([name, data]) => [
      name,
      typeof data === "string" ? Buffer.from(data) : data,
    ]),
  );
  const manifest = {
    format: "mentor-notes-backup",
    version: 1,
    app: "mentor-blog",
    createdAt: "2024-06-01T00:00:00.000Z",
    counts: {},
    files: Object.fromEntries(
      Object.entries(bytes).map(([name, data]) => [
        name,
        { bytes: data.length, sha256: sha256(data) },
      ]),
    ),
    ...manifestOverride,
  };
  const zippable: Zippable = { "manifest.json": Buffer.from(JSON.stringify(manifest)), ...bytes };
  return zipSync(zippable);
}

/** Sets the declared (uncompressed) size of every entry named `name` in a zip's directory. */
function declareSize(archive: Uint8Array, name: string, size: number): Uint8Array {
  const out = Buffer.from(archive);
  for (let at = 0; at < out.length - 46; at++) {
    if (out.readUInt32LE(at) !== 0x02014b50) continue;
    const length = out.readUInt16LE(at + 28);
    if (out.toString("utf8", at + 46, at + 46 + length) === name) out.writeUInt32LE(size, at + 24);
  }
  return out;
}

let source: Blog;
let archive: Uint8Array;

beforeAll(async () => {
  source = makeBlog("source");
  fillSource(source);
  use(source);
  archive = (await createBackup(new Date("2024-06-01T12:00:00Z"))).bytes;
});

afterAll(() => {
  for (const blog of blogs) {
    removeContentDir(blog.content);
    removeDataDir(blog.data);
  }
});

describe("export", () => {
  test("holds exactly the posts, authors, tags, media, accounts and a manifest", () => {
    expect(Object.keys(unpack(archive)).sort()).toEqual([
      "accounts.json",
      "content/authors/ada-okafor.md",
      "content/pages/about.mdx",
      "content/posts/a-draft.mdx",
      "content/posts/first-steps.mdx",
      "content/posts/plain-notes.md",
      "content/redirects.yml",
      "content/site.yml",
      "content/tags.yml",
      "manifest.json",
      `media/${MEDIA}`,
      "review-notes.json",
    ]);
    const manifest = JSON.parse(Buffer.from(unpack(archive)["manifest.json"]!).toString("utf8"));
    expect(manifest).toMatchObject({
      format: "mentor-notes-backup",
      version: 1,
      app: "mentor-blog",
      createdAt: "2024-06-01T12:00:00.000Z",
      counts: {
        posts: 3,
        authors: 1,
        media: 1,
        accounts: 2,
        tags: 1,
        pages: 1,
        settings: 1,
        reviews: 2,
      },
    });
  });

  test("no secret appears in the archive, compressed or unpacked", () => {
    const texts = [
      Buffer.from(archive),
      ...Object.values(unpack(archive)).map((b) => Buffer.from(b)),
    ];
    for (const secret of Object.values(SECRETS)) {
      for (const text of texts) expect(text.includes(secret), secret).toBe(false);
    }
    const accounts = JSON.parse(Buffer.from(unpack(archive)["accounts.json"]!).toString("utf8"));
    for (const account of accounts.accounts) {
      expect(Object.keys(account).sort()).toEqual([
        "active",
        "authorId",
        "createdAt",
        "email",
        "id",
        "name",
        "role",
      ]);
    }
  });
});

describe("import into an empty blog", () => {
  let target: Blog;

  beforeAll(async () => {
    target = makeBlog("target");
    use(target);
    const summary = await importBackup(archive, { replace: false, who: WHO });
    expect(summary.added).toEqual({
      posts: 3,
      authors: 1,
      pages: 1,
      media: 1,
      tags: 1,
      redirects: 1,
      settings: 1,
      reviews: 1,
      accounts: 2,
    });
    expect(describeImport(summary)).toBe(
      "Imported: added 3 posts, 1 author, 1 page, 1 image, tag settings, " +
        "old addresses of moved posts, site settings, " +
        "review notes of 1 post, 2 accounts.",
    );
  });

  test("brings back the review notes of the archive's posts, and only theirs", () => {
    const notes = JSON.parse(fs.readFileSync(path.join(target.data, "review-notes.json"), "utf8"));
    expect(notes).toEqual({
      version: 1,
      posts: { [FIRST_STEPS_ID]: REVIEWS.posts[FIRST_STEPS_ID] },
    });
    // The notes stay out of the content folder and its history.
    expect(JSON.stringify(snapshot(target))).not.toContain(
      Buffer.from("Please add an example.").toString("base64"),
    );
  });

  test("recreates posts, authors, tags and media byte for byte", () => {
    const read = (root: string, file: string) => fs.readFileSync(path.join(root, file));
    // Posts without an id get one on import, as their first front matter line; all else is kept.
    const withoutId = (bytes: Buffer) =>
      Buffer.from(bytes.toString("utf8").replace(/^---\nid: [0-9a-f-]{36}\n/, "---\n"));
    for (const file of [
      "posts/first-steps.mdx",
      "posts/plain-notes.md",
      "posts/a-draft.mdx",
      "authors/ada-okafor.md",
      "pages/about.mdx",
      "site.yml",
      "tags.yml",
      "redirects.yml",
    ]) {
      expect(withoutId(read(target.content, file)).equals(read(source.content, file)), file).toBe(
        true,
      );
    }
    expect(read(target.data, `media/${MEDIA}`).equals(PNG)).toBe(true);
    use(target);
    expect(getContentIndex().errors).toEqual([]);
    expect(
      getContentIndex()
        .posts.map((p) => p.slug)
        .sort(),
    ).toEqual(["a-draft", "first-steps", "plain-notes"]);
  });

  test("adds the accounts without any secret, and leaves out the auth secret", () => {
    const { accounts } = JSON.parse(
      fs.readFileSync(path.join(target.data, "accounts.json"), "utf8"),
    );
    expect(accounts).toEqual([
      expect.objectContaining({
        email: "owner@example.com",
        role: "owner",
        passwordHash: "",
        sessions: [],
        active: true,
      }),
      expect.objectContaining({
        email: "editor@example.com",
        role: "editor",
        passwordHash: "",
        sessions: [],
        active: false,
      }),
    ]);
    expect(accounts[1]).not.toHaveProperty("setPassword");
    expect(fs.existsSync(path.join(target.data, "auth-secret"))).toBe(false);
  });

  test("is one history commit by the importing mentor", async () => {
    use(target);
    const log = await revisions(["posts", "authors", "tags.yml"]);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ author: WHO.name, email: WHO.email });
    expect(log[0]!.message).toBe(
      "Import backup: added 3 posts, 1 author, 1 page, 1 image, tag settings, " +
        "old addresses of moved posts, site settings, 2 accounts.",
    );
  });

  test("importing the same archive again skips every file and changes nothing", async () => {
    use(target);
    const before = snapshot(target);
    const summary = await importBackup(archive, { replace: false, who: WHO });
    const none = {
      posts: 0,
      authors: 0,
      pages: 0,
      media: 0,
      tags: 0,
      redirects: 0,
      settings: 0,
      reviews: 0,
      accounts: 0,
    };
    expect(summary.added).toEqual(none);
    expect(summary.skipped).toEqual({
      posts: 3,
      authors: 1,
      pages: 1,
      media: 1,
      tags: 1,
      redirects: 1,
      settings: 1,
      reviews: 1,
      accounts: 2,
    });
    expect(snapshot(target)).toEqual(before);
  });
});

describe("merging into a blog that has content", () => {
  test("adds what is new, never changes existing accounts, and names the different files", async () => {
    const target = makeBlog("merge");
    use(target);
    writeFile(target.content, "posts/first-steps.mdx", post("First steps, edited here"));
    writeFile(target.content, "posts/local-only.mdx", post("Local only"));
    writeFile(target.content, "tags.yml", "tags:\n  local:\n    name: Local\n");
    const owner = {
      id: "33333333-3333-4333-8333-333333333333",
      email: "owner@example.com",
      name: "Someone Else",
      role: "owner",
      authorId: "someone-else",
      passwordHash: "$argon2id$local",
      active: true,
      createdAt: "2024-02-01T00:00:00.000Z",
      sessions: [],
    };
    writeFile(target.data, "accounts.json", JSON.stringify({ version: 1, accounts: [owner] }));
    const before = snapshot(target);

    const refused = await importBackup(archive, { replace: false, who: WHO }).catch(
      (e: Error) => e,
    );
    expect(refused).toBeInstanceOf(BackupError);
    expect((refused as Error).message).toMatch(/content\/posts\/first-steps\.mdx/);
    expect((refused as Error).message).toMatch(/Replace existing files/);
    expect(snapshot(target)).toEqual(before);

    const summary = await importBackup(archive, { replace: true, who: WHO });
    expect(summary.replaced.posts).toBe(1);
    expect(summary.added).toMatchObject({ posts: 2, authors: 1, media: 1, tags: 1, accounts: 1 });
    expect(fs.readFileSync(path.join(target.content, "posts/first-steps.mdx"), "utf8")).toContain(
      "First steps",
    );
    expect(fs.readFileSync(path.join(target.content, "posts/local-only.mdx"), "utf8")).toContain(
      "Local only",
    );
    // tags.yml merged entry by entry: the local tag stays, the archive's tag and redirect arrive.
    const tags = fs.readFileSync(path.join(target.content, "tags.yml"), "utf8");
    expect(tags).toMatch(/local:/);
    expect(tags).toMatch(/mentoring:/);
    expect(tags).toMatch(/old-tag: mentoring/);
    const { accounts } = JSON.parse(
      fs.readFileSync(path.join(target.data, "accounts.json"), "utf8"),
    );
    expect(accounts[0]).toEqual(owner);
    expect(accounts.map((a: { email: string }) => a.email)).toEqual([
      "owner@example.com",
      "editor@example.com",
    ]);
  });

  test("replacing a post stored in the other format removes the old file, in one commit", async () => {
    const target = makeBlog("format");
    use(target);
    writeFile(target.content, "posts/first-steps.md", post("First steps, as Markdown"));
    const before = snapshot(target);
    const refused = await importBackup(archive, { replace: false, who: WHO }).catch(
      (e: Error) => e,
    );
    expect((refused as Error).message).toMatch(/\(content\/posts\/first-steps\.mdx\)/);
    expect(snapshot(target)).toEqual(before);

    const summary = await importBackup(archive, { replace: true, who: WHO });
    expect(summary.replaced.posts).toBe(1);
    expect(fs.existsSync(path.join(target.content, "posts/first-steps.md"))).toBe(false);
    expect(fs.existsSync(path.join(target.content, "posts/first-steps.mdx"))).toBe(true);
    const log = await revisions(["posts/first-steps.md"]);
    expect(log[0]).toMatchObject({
      author: WHO.name,
      message: expect.stringMatching(/replaced 1 post/),
    });
  });

  test("a second owner arrives as an administrator", async () => {
    const target = makeBlog("owner");
    use(target);
    const owner = {
      id: "44444444-4444-4444-8444-444444444444",
      email: "boss@example.com",
      name: "Boss",
      role: "owner",
      authorId: "boss",
      passwordHash: "x",
      active: true,
      createdAt: "2024-02-01T00:00:00.000Z",
      sessions: [],
    };
    writeFile(target.data, "accounts.json", JSON.stringify({ version: 1, accounts: [owner] }));
    const summary = await importBackup(archive, { replace: false, who: WHO });
    const { accounts } = JSON.parse(
      fs.readFileSync(path.join(target.data, "accounts.json"), "utf8"),
    );
    expect(accounts.find((a: { email: string }) => a.email === "owner@example.com").role).toBe(
      "admin",
    );
    expect(summary.notes.join(" ")).toMatch(/administrator/);
  });
});

describe("review notes", () => {
  test("merge note by note with the notes already here; nothing here is lost", async () => {
    const target = makeBlog("reviews-merge");
    use(target);
    const local = note("note-3", "2024-06-10T10:00:00.000Z", "Written here after the backup.");
    writeFile(
      target.data,
      "review-notes.json",
      JSON.stringify({ version: 1, posts: { [FIRST_STEPS_ID]: { notes: [local] } } }),
    );
    const summary = await importBackup(archive, { replace: false, who: WHO });
    expect(summary.added.reviews).toBe(1);
    const notes = JSON.parse(fs.readFileSync(path.join(target.data, "review-notes.json"), "utf8"));
    expect(notes.posts).toEqual({
      [FIRST_STEPS_ID]: {
        submittedAt: "2024-05-02T09:00:00.000Z",
        notes: [REVIEWS.posts[FIRST_STEPS_ID].notes[0], local],
      },
    });
  });

  test("notes that are not review notes refuse the archive, naming the file", async () => {
    const target = makeBlog("reviews-bad");
    use(target);
    const files = Object.fromEntries(
      Object.entries(unpack(archive)).filter(([name]) => name !== "manifest.json"),
    );
    const bad = { version: 1, posts: { [FIRST_STEPS_ID]: { notes: [{ text: "no author" }] } } };
    const before = snapshot(target);
    const error = await importBackup(pack({ ...files, "review-notes.json": JSON.stringify(bad) }), {
      replace: false,
      who: WHO,
    }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^review-notes\.json: posts\.7{8}-.*\.notes\.0\.id: /);
    expect(snapshot(target)).toEqual(before);
  });
});

describe("drafts with writing mistakes", () => {
  const draft = (title: string, body: string) => post(title, body, "\ndraft: true");

  test("are imported as drafts and listed in the result; published ones still refuse the archive", async () => {
    const target = makeBlog("draft-mistakes");
    use(target);
    const summary = await importBackup(
      pack({
        "content/posts/half-done.mdx": draft("Half done", "Intro.\n\nSee {this\n"),
        "content/posts/sketch.mdx": draft("Sketch", "<Chart />\n"),
        "content/posts/clean.mdx": draft("Clean", "Fine.\n"),
      }),
      { replace: false, who: WHO },
    );
    expect(summary.added.posts).toBe(3);
    expect(describeImport(summary)).toBe(
      "Imported: added 3 posts. 2 drafts have writing mistakes to fix: “Half done” (line 3), " +
        "“Sketch” (line 1).",
    );
    expect(fs.readFileSync(path.join(target.content, "posts/sketch.mdx"), "utf8")).toContain(
      "<Chart />",
    );
    use(target);
    const sketch = getContentIndex().posts.find((p) => p.slug === "sketch");
    expect(sketch).toMatchObject({ draft: true });

    const other = makeBlog("published-mistake");
    use(other);
    const before = snapshot(other);
    const refused = await importBackup(
      pack({
        "content/posts/fine-draft.mdx": draft("Fine draft", "<Chart />\n"),
        "content/posts/live.mdx": post("Live", "Intro.\n\nSee {this\n"),
      }),
      { replace: false, who: WHO },
    ).catch((e: Error) => e);
    expect(refused).toBeInstanceOf(BackupError);
    expect((refused as Error).message).toMatch(
      /^content\/posts\/live\.mdx:\d+: MDX error: a \{ starts/,
    );
    expect(snapshot(other)).toEqual(before);
  });

  test("one draft is named in the singular; drafts in review are refused like published posts", async () => {
    const target = makeBlog("draft-review");
    use(target);
    const summary = await importBackup(
      pack({ "content/posts/one.mdx": draft("One", "<Chart />\n") }),
      { replace: false, who: WHO },
    );
    expect(summary.notes).toEqual(["1 draft has a writing mistake to fix: “One” (line 1)."]);
    const inReview = post("In review", "<Chart />\n", "\ndraft: true\nreview: true");
    const refused = await importBackup(pack({ "content/posts/in-review.mdx": inReview }), {
      replace: false,
      who: WHO,
    }).catch((e: Error) => e);
    expect((refused as Error).message).toMatch(/^content\/posts\/in-review\.mdx:\d+: MDX error/);
  });
});

describe("accounts follow the Accounts page's rules both ways", () => {
  test("an account this blog invites passes the import's checks, and an imported one can be managed", async () => {
    const blog = makeBlog("account-rules");
    use(blog);
    const { account } = await inviteAccount({
      name: "Zoë Ünicode-Name ".repeat(5).trim().slice(0, 80),
      email: " Zoe@Example.com ",
      role: "contributor",
    });
    expect(backupAccountSchema.safeParse(withoutSecrets(account)).success).toBe(true);
    // The Accounts page addresses accounts by the same id rule the import enforces.
    expect(accountIdField.safeParse(account.id).success).toBe(true);
    expect(accountIdField.safeParse("a1").success).toBe(false);
  });
});

describe("a bad archive changes nothing and names the problem", () => {
  const good = () =>
    Object.fromEntries(
      Object.entries(unpack(archive)).filter(([name]) => name !== "manifest.json"),
    );
  const html = "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>";
  const bomb = () => {
    const files = good();
    files["content/posts/zeros.mdx"] = Buffer.from(post("Zeros"));
    return declareSize(pack(files), "content/posts/zeros.mdx", 3 * 1024 * 1024 * 1024);
  };
  const totalBomb = () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 45; i++) files[`media/${i.toString(16).padStart(24, "0")}.png`] = PNG;
    let zip = pack(files);
    for (const name of Object.keys(files)) zip = declareSize(zip, name, 5 * 1024 * 1024);
    return zip;
  };
  const lyingBomb = () => {
    // Declares 10 bytes but inflates to 50 MB: the output stops at 10, and the checksum catches it.
    const zip = Buffer.from(pack({ "content/posts/tiny.mdx": Buffer.alloc(10, 0x61) }));
    return replaceData(
      zip,
      "content/posts/tiny.mdx",
      zlib.deflateRawSync(Buffer.alloc(50 * 1024 * 1024)),
    );
  };
  /** A real archive whose post was changed after its manifest was written. */
  const tampered = () => {
    const files = unpack(pack(good()));
    files["content/posts/first-steps.mdx"] = Buffer.from(post("Tampered"));
    return zipSync(files);
  };

  const cases: [string, () => Uint8Array, RegExp][] = [
    [
      "a file that climbs out",
      () => pack({ ...good(), "content/posts/../../../evil.mdx": post("Evil") }),
      /"content\/posts\/\.\.\/\.\.\/\.\.\/evil\.mdx" is not a safe file name/,
    ],
    [
      "an absolute path",
      () => pack({ ...good(), "/etc/cron.d/evil": "x" }),
      /"\/etc\/cron\.d\/evil" is not a safe file name/,
    ],
    [
      "a backslash",
      () => pack({ ...good(), "content\\posts\\evil.mdx": post("Evil") }),
      /is not a safe file name/,
    ],
    [
      "an unknown path",
      () => pack({ ...good(), "data/auth-secret": "x" }),
      /"data\/auth-secret" is not a file a backup contains/,
    ],
    [
      "a post with a bad name",
      () => pack({ ...good(), "content/posts/Bad Name.mdx": post("Bad") }),
      /content\/posts\/Bad Name\.mdx" is not a valid post file name/,
    ],
    [
      "site settings with a script link, named with its line",
      () =>
        pack({
          ...good(),
          "content/site.yml": "title: x\nnavigation:\n  - label: x\n    url: javascript:alert(1)\n",
        }),
      /content\/site\.yml:4: navigation\.0\.url: Use a page of this site/,
    ],
    [
      "a page at an address the site uses itself",
      () => pack({ ...good(), "content/pages/admin.mdx": "---\ntitle: Admin\n---\nx\n" }),
      /content\/pages\/admin\.mdx" is not a usable page file name: The address \/admin is used by the site itself/,
    ],
    [
      "a page with an unknown component",
      () =>
        pack({
          ...good(),
          "content/pages/evil.mdx": "---\ntitle: Evil\n---\n\n<Chart />\n",
        }),
      /content\/pages\/evil\.mdx:5: MDX error/,
    ],
    [
      "bad front matter",
      () => pack({ ...good(), "content/posts/broken.mdx": "---\ntitle: [unclosed\n---\nx\n" }),
      /content\/posts\/broken\.mdx.*invalid front matter/,
    ],
    [
      "a missing title",
      () => pack({ ...good(), "content/posts/untitled.mdx": "---\ndate: 2024-01-01\n---\nx\n" }),
      /content\/posts\/untitled\.mdx.*title/,
    ],
    ...["js", "javascript", "json", "coffee", "toml"].map(
      (language): [string, () => Uint8Array, RegExp] => [
        `---${language} front matter`,
        () =>
          pack({
            ...good(),
            [`content/posts/${language}.mdx`]: `---${language}\n{ "title": "x", "date": "2024-01-01" }\n---\nx\n`,
          }),
        new RegExp(
          `^content/posts/${language}\\.mdx: only YAML front matter is supported \\(it starts with ---${language}\\)$`,
        ),
      ],
    ),
    [
      "an author profile with JSON front matter",
      () => pack({ ...good(), "content/authors/json.md": '---json\n{ "name": "J" }\n---\n' }),
      /^content\/authors\/json\.md: only YAML front matter is supported \(it starts with ---json\)$/,
    ],
    [
      "front matter over 16 KB",
      () =>
        pack({
          ...good(),
          "content/posts/huge.mdx": post("Huge", "x\n", `\ndescription: ${"d".repeat(17_000)}`),
        }),
      /^content\/posts\/huge\.mdx: front matter is too long \(16\.\d KB; at most 16 KB\)/,
    ],
    [
      "front matter with 40,000 keys",
      () =>
        pack({
          ...good(),
          "content/posts/keys.mdx": post(
            "Keys",
            "x\n",
            Array.from({ length: 40_000 }, (_, i) => `\nk${i}: 1`).join(""),
          ),
        }),
      /^content\/posts\/keys\.mdx: front matter is too long/,
    ],
    [
      "front matter with 51 fields",
      () =>
        pack({
          ...good(),
          "content/posts/fields.mdx": post(
            "Fields",
            "x\n",
            Array.from({ length: 48 }, (_, i) => `\nk${i}: 1`).join(""),
          ),
        }),
      /^content\/posts\/fields\.mdx: front matter has too many fields \(51; at most 50\)/,
    ],
    [
      "a YAML alias bomb",
      () =>
        pack({
          ...good(),
          "content/posts/bomb.mdx": post(
            "Bomb",
            "x\n",
            "\na: &a [x,x,x,x,x,x,x,x,x]" +
              "bcdefghijkl"
                .split("")
                .map(
                  (n, i) => `\n${n}: &${n} [${Array(9).fill(`*${"abcdefghijkl"[i]}`).join(",")}]`,
                )
                .join(""),
          ),
        }),
      /^content\/posts\/bomb\.mdx: front matter uses more than 10 YAML aliases/,
    ],
    [
      "hostile MDX",
      () =>
        pack({
          ...good(),
          "content/posts/hostile.mdx": post("Hostile", "Hi\n\n<Exploit onLoad={fetch('/x')} />\n"),
        }),
      /content\/posts\/hostile\.mdx:\d+: MDX error: there is no component called <Exploit>/,
    ],
    [
      "HTML named .png",
      () => pack({ ...good(), "media/bbbbbbbbbbbbbbbbbbbbbbbb.png": html }),
      /media\/bbbbbbbbbbbbbbbbbbbbbbbb\.png: is not a PNG image/,
    ],
    [
      "a GIF named .png",
      () =>
        pack({
          ...good(),
          "media/cccccccccccccccccccccccc.png": Buffer.from(
            "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
            "base64",
          ),
        }),
      /is not a PNG image/,
    ],
    ["a zip bomb (declared size)", bomb, /content\/posts\/zeros\.mdx: is larger than 1 MB/],
    [
      "a zip bomb (total size)",
      totalBomb,
      new RegExp(`unpack to more than ${MAX_TOTAL_BYTES / 1024 / 1024} MB`),
    ],
    ["a zip bomb (lying size)", lyingBomb, /content\/posts\/tiny\.mdx: is damaged/],
    ["a tampered file", tampered, /content\/posts\/first-steps\.mdx: is damaged/],
    [
      "a file missing from the manifest",
      () => {
        const files = good();
        const zip = unpack(pack(files));
        zip["content/posts/extra.mdx"] = Buffer.from(post("Extra"));
        return zipSync(zip);
      },
      /content\/posts\/extra\.mdx: is not listed in manifest\.json/,
    ],
    ["no manifest", () => zipSync(good()), /manifest\.json: is missing/],
    [
      "another program's zip",
      () => pack(good(), { format: "something-else" }),
      /manifest\.json: format is not a Mentor Notes backup/,
    ],
    [
      "accounts with a password hash",
      () =>
        pack({
          ...good(),
          "accounts.json": JSON.stringify({
            version: 1,
            accounts: [
              {
                id: "55555555-5555-4555-8555-555555555555",
                email: "x@example.com",
                name: "X",
                role: "author",
                authorId: "x",
                active: true,
                createdAt: "2024-01-01T00:00:00Z",
                passwordHash: "$argon2id$stolen",
              },
            ],
          }),
        }),
      /accounts\.json: accounts\.0: Unrecognized key: "passwordHash"/,
    ],
    [
      "an invalid account email",
      () =>
        pack({
          ...good(),
          "accounts.json": JSON.stringify({
            version: 1,
            accounts: [
              {
                id: "55555555-5555-4555-8555-555555555555",
                email: "not-an-email",
                name: "X",
                role: "author",
                authorId: "x",
                active: true,
                createdAt: "2024-01-01T00:00:00Z",
              },
            ],
          }),
        }),
      /accounts\.json: accounts\.0\.email/,
    ],
    ...(
      [
        [
          "an account id the Accounts page cannot address",
          { id: "a1" },
          /accounts\.0\.id: is not an account made by this blog \(its id is damaged\)/,
        ],
        [
          "an account id with a path in it",
          { id: "../../x" },
          /accounts\.0\.id: is not an account made by this blog \(its id is damaged\)/,
        ],
        [
          "a name longer than the Accounts page allows",
          { name: "N".repeat(81) },
          /accounts\.0\.name: Use at most 80 characters\.$/,
        ],
        ["an empty name", { name: "  " }, /accounts\.0\.name: Enter a name\.$/],
        [
          "an author id that is no file name",
          { authorId: "../x" },
          /accounts\.0\.authorId: must be lowercase letters, digits and single hyphens/,
        ],
        ["an unknown role", { role: "superuser" }, /accounts\.0\.role: /],
      ] as const
    ).map(([label, change, message]): [string, () => Uint8Array, RegExp] => [
      label,
      () =>
        pack({
          ...good(),
          "accounts.json": JSON.stringify({
            version: 1,
            accounts: [
              {
                id: "66666666-6666-4666-8666-666666666666",
                email: "y@example.com",
                name: "Y",
                role: "author",
                authorId: "y",
                active: true,
                createdAt: "2024-01-01T00:00:00Z",
                ...change,
              },
            ],
          }),
        }),
      message,
    ]),
    [
      "two files for one slug",
      () => pack({ ...good(), "content/posts/first-steps.md": post("Twin") }),
      /another file .* has the same slug/,
    ],
    ["not a zip at all", () => Buffer.from(html), /not a zip archive/],
  ];

  test.each(cases)("%s", async (_label, build, message) => {
    const target = makeBlog("bad");
    use(target);
    writeFile(target.content, "posts/first-steps.mdx", post("First steps, edited here"));
    writeFile(target.data, "accounts.json", JSON.stringify({ version: 1, accounts: [] }));
    const before = snapshot(target);
    const error = await importBackup(build(), { replace: false, who: WHO }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(message);
    expect(snapshot(target)).toEqual(before);
  });

  test("an existing post with other content, without replace", async () => {
    const target = makeBlog("conflict");
    use(target);
    writeFile(target.content, "posts/plain-notes.md", post("Plain notes, edited here"));
    writeFile(target.data, `media/${MEDIA}`, Buffer.concat([PNG, Buffer.from("other")]));
    const before = snapshot(target);
    const error = await importBackup(archive, { replace: false, who: WHO }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /2 files already exist with different content \(content\/posts\/plain-notes\.md, media\/0123456789abcdef01234567\.png\)/,
    );
    expect(snapshot(target)).toEqual(before);
  });
});

/** Replaces one stored entry's data with `data` (raw deflate), keeping its declared sizes. */
function replaceData(zip: Buffer, name: string, data: Buffer): Uint8Array {
  // Local header: 30 bytes + name; central directory entry follows all the file data.
  const local = zip.indexOf(Buffer.from(name)) - 30;
  const nameLength = zip.readUInt16LE(local + 26);
  const extraLength = zip.readUInt16LE(local + 28);
  const oldSize = zip.readUInt32LE(local + 18);
  const start = local + 30 + nameLength + extraLength;
  const rebuilt = Buffer.concat([zip.subarray(0, start), data, zip.subarray(start + oldSize)]);
  rebuilt.writeUInt32LE(data.length, local + 18);
  const shift = data.length - oldSize;
  for (let at = start + data.length; at < rebuilt.length - 22; at++) {
    if (rebuilt.readUInt32LE(at) !== 0x02014b50) continue;
    const length = rebuilt.readUInt16LE(at + 28);
    if (rebuilt.toString("utf8", at + 46, at + 46 + length) === name)
      rebuilt.writeUInt32LE(data.length, at + 20);
    const offset = rebuilt.readUInt32LE(at + 42);
    if (offset > local) rebuilt.writeUInt32LE(offset + shift, at + 42);
  }
  const end = rebuilt.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  rebuilt.writeUInt32LE(rebuilt.readUInt32LE(end + 16) + shift, end + 16);
  return rebuilt;
}
