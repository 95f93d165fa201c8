import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { Role } from "@/lib/accounts/roles";
import type { Account } from "@/lib/accounts/types";
import { expiryInWords } from "@/lib/publishing/share-link-words";
import {
  createShareLink,
  deleteShareLinksForPost,
  findShareLink,
  listShareLinks,
  MAX_LINKS_PER_POST,
  revokeShareLink,
} from "@/lib/publishing/share-links";
import { openSharedPreview, shareLinksForEditor } from "@/lib/publishing/shared-preview";
import {
  clearContent,
  createContentDir,
  removeContentDir,
  writePost,
} from "./support/content-fixture";
import { createDataDir, removeDataDir } from "./support/data-dir";

const HOUR = 3_600_000;
const T0 = new Date("2026-12-02T09:30:00Z");
const after = (ms: number) => new Date(T0.getTime() + ms);

let content: string;
let data: string;
const linksFile = () => path.join(data, "share-links.json");
const stored = () => JSON.parse(fs.readFileSync(linksFile(), "utf8")) as { links: unknown[] };

beforeAll(() => {
  content = createContentDir("share-links");
  data = createDataDir("share-links");
});
afterAll(() => {
  removeContentDir(content);
  removeDataDir(data);
});
beforeEach(() => {
  clearContent(content);
  fs.rmSync(linksFile(), { force: true });
});

/** A post file with an id (as the admin writes them), dated long ago, a draft unless told. */
function post(slug: string, id: string, title = `Post ${slug}`, draft = true, author = "eddie") {
  writePost(content, slug, { id, title, date: "2024-01-01", draft, author });
}

/** Accounts as the store keeps them; links are made by "a" (an editor) unless a test says. */
function account(id: string, role: Role, authorId: string, active = true): Account {
  return {
    id,
    email: `${id}@example.com`,
    name: `Mentor ${id}`,
    role,
    authorId,
    passwordHash: "",
    active,
    createdAt: T0.toISOString(),
    sessions: [],
  };
}
function saveAccounts(...accounts: Account[]) {
  fs.writeFileSync(path.join(data, "accounts.json"), JSON.stringify({ version: 1, accounts }));
}

describe("the share link store", () => {
  test("a link stores the token's SHA-256, the post id, its maker and a 48-hour expiry", async () => {
    const postId = randomUUID();
    const { token, link } = await createShareLink(postId, "account-1", T0);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      tokenHash: createHash("sha256").update(token).digest("hex"),
      postId,
      createdBy: "account-1",
      createdAt: "2026-12-02T09:30:00.000Z",
      expiresAt: "2026-12-04T09:30:00.000Z",
    });
    const text = fs.readFileSync(linksFile(), "utf8");
    expect(text).not.toContain(token);
    expect(stored()).toEqual({ version: 1, links: [link] });
    expect(fs.statSync(linksFile()).mode & 0o777).toBe(0o600);
    expect(await findShareLink(token, T0)).toEqual(link);
  });

  test("each link gets its own token; a token works until its 48th hour and not after", async () => {
    const postId = randomUUID();
    const one = await createShareLink(postId, "a", T0);
    const two = await createShareLink(postId, "a", T0);
    expect(one.token).not.toBe(two.token);
    expect((await findShareLink(one.token, after(48 * HOUR - 1)))?.id).toBe(one.link.id);
    expect(await findShareLink(one.token, after(48 * HOUR))).toBeUndefined();
    expect(await listShareLinks(postId, after(48 * HOUR))).toEqual([]);
  });

  test("expired links are dropped from the file at the next write", async () => {
    const old = await createShareLink(randomUUID(), "a", T0);
    await createShareLink(randomUUID(), "a", after(49 * HOUR));
    expect(stored().links).toHaveLength(1);
    expect(JSON.stringify(stored())).not.toContain(old.link.tokenHash);
  });

  test("unknown, altered and old slug-signed tokens find nothing", async () => {
    const { token } = await createShareLink(randomUUID(), "a", T0);
    const flipped = (token[0] === "A" ? "B" : "A") + token.slice(1);
    for (const wrong of [
      "",
      flipped,
      token.slice(0, -1),
      `${token}A`,
      `${token}\n`,
      createHash("sha256").update(token).digest("hex"),
      `my-draft.${T0.getTime() + HOUR}.${"A".repeat(43)}`,
      "../../etc/passwd",
    ])
      expect(await findShareLink(wrong, T0), JSON.stringify(wrong)).toBeUndefined();
  });

  test("revoking ends one link of one post; the post id must match", async () => {
    const postId = randomUUID();
    const one = await createShareLink(postId, "a", T0);
    const two = await createShareLink(postId, "b", after(1000));
    // Another post's permission cannot revoke this post's link.
    expect(await revokeShareLink(randomUUID(), one.link.id)).toBe(false);
    expect(await findShareLink(one.token, after(2000))).toBeDefined();
    expect(await revokeShareLink(postId, one.link.id)).toBe(true);
    expect(await findShareLink(one.token, after(2000))).toBeUndefined();
    expect((await listShareLinks(postId, after(2000))).map((l) => l.id)).toEqual([two.link.id]);
    expect(await revokeShareLink(postId, one.link.id)).toBe(false);
  });

  test("deleting a post's links ends all of them and no other post's", async () => {
    const [mine, other] = [randomUUID(), randomUUID()];
    const a = await createShareLink(mine, "a", T0);
    const b = await createShareLink(mine, "a", T0);
    const c = await createShareLink(other, "a", T0);
    expect(await deleteShareLinksForPost(mine)).toBe(2);
    expect(await findShareLink(a.token, T0)).toBeUndefined();
    expect(await findShareLink(b.token, T0)).toBeUndefined();
    expect(await findShareLink(c.token, T0)).toBeDefined();
  });

  test(`a post has at most ${MAX_LINKS_PER_POST} live links; the next is refused`, async () => {
    const postId = randomUUID();
    for (let i = 0; i < MAX_LINKS_PER_POST; i++) await createShareLink(postId, "a", T0);
    await expect(createShareLink(postId, "a", T0)).rejects.toThrow(
      "This post already has 20 share links. Revoke one before making another.",
    );
    expect(await listShareLinks(postId, T0)).toHaveLength(MAX_LINKS_PER_POST);
    // Expired ones no longer count.
    await expect(createShareLink(postId, "a", after(48 * HOUR))).resolves.toBeDefined();
  });

  test("simultaneous links are all kept (writes are queued)", async () => {
    const postId = randomUUID();
    await Promise.all(Array.from({ length: 10 }, () => createShareLink(postId, "a", T0)));
    expect(await listShareLinks(postId, T0)).toHaveLength(10);
  });
});

describe("a shared preview", () => {
  beforeEach(() => saveAccounts(account("a", "editor", "eddie")));

  test("opens the post its link was made for, by id, even after a rename", async () => {
    const id = randomUUID();
    post("my-draft", id, "My draft");
    const { token } = await createShareLink(id, "a");
    expect((await openSharedPreview(token))?.post.title).toBe("My draft");
    fs.rmSync(path.join(content, "posts", "my-draft.mdx"));
    post("renamed-draft", id, "My draft");
    expect((await openSharedPreview(token))?.post.slug).toBe("renamed-draft");
  });

  test("a link to a deleted draft never shows a later post at the same slug", async () => {
    const deleted = randomUUID();
    post("launch", deleted, "Old idea");
    const { token } = await createShareLink(deleted, "a");
    // The draft is deleted (its links too), then an editor's embargoed draft takes the slug.
    fs.rmSync(path.join(content, "posts", "launch.mdx"));
    await deleteShareLinksForPost(deleted);
    post("launch", randomUUID(), "Embargoed launch");
    expect(await openSharedPreview(token)).toBeUndefined();
  });

  test("even when the links were not deleted, a post that is gone shows nothing", async () => {
    const gone = randomUUID();
    post("launch", gone, "Old idea");
    const { token } = await createShareLink(gone, "a");
    fs.rmSync(path.join(content, "posts", "launch.mdx"));
    post("launch", randomUUID(), "Embargoed launch");
    expect(await findShareLink(token)).toBeDefined();
    expect(await openSharedPreview(token)).toBeUndefined();
  });

  test("revoked and expired links open nothing", async () => {
    const id = randomUUID();
    post("my-draft", id);
    const now = new Date();
    const revoked = await createShareLink(id, "a", now);
    await revokeShareLink(id, revoked.link.id);
    expect(await openSharedPreview(revoked.token, now)).toBeUndefined();
    const expiring = await createShareLink(id, "a", now);
    expect(await openSharedPreview(expiring.token, now)).toBeDefined();
    expect(await openSharedPreview(expiring.token, new Date(now.getTime() + 48 * HOUR))).toBe(
      undefined,
    );
  });

  test("the editor lists a post's links with their maker's name and expiry, never a token", async () => {
    const accounts = [
      { id: "acc-olive", name: "Olive Owner" },
      { id: "acc-dana", name: "Dana Contributor" },
    ].map((a) => ({
      ...a,
      email: `${a.id}@example.com`,
      role: "owner",
      authorId: a.id,
      passwordHash: "",
      active: true,
      createdAt: T0.toISOString(),
      sessions: [],
    }));
    fs.writeFileSync(path.join(data, "accounts.json"), JSON.stringify({ version: 1, accounts }));
    const id = randomUUID();
    const first = await createShareLink(id, "acc-olive", T0);
    await createShareLink(id, "acc-dana", after(30 * 60_000));
    await createShareLink(id, "acc-gone", after(60 * 60_000));
    await createShareLink(randomUUID(), "acc-olive", T0);
    const views = await shareLinksForEditor(id, after(60_000));
    expect(views.map(({ createdBy, expiresAt }) => [createdBy, expiresAt])).toEqual([
      ["Olive Owner", "2026-12-04T09:30:00.000Z"],
      ["Dana Contributor", "2026-12-04T10:00:00.000Z"],
      ["a former account", "2026-12-04T10:30:00.000Z"],
    ]);
    expect(JSON.stringify(views)).not.toContain(first.token);
    expect(JSON.stringify(views)).not.toContain(first.link.tokenHash);
    fs.rmSync(path.join(data, "accounts.json"));
  });
});

// Review, second round (finding 6): a link is worth only its maker's rights, at every view.
describe("a shared preview stops when its maker may no longer edit the post", () => {
  const dana = (active = true, role: Role = "contributor") =>
    account("acc-dana", role, "dana", active);
  const olive = account("acc-olive", "owner", "olive");

  async function danasLink() {
    const id = randomUUID();
    post("pitch", id, "Pitch", true, "dana");
    saveAccounts(olive, dana());
    const { token } = await createShareLink(id, "acc-dana");
    expect((await openSharedPreview(token))?.post.title).toBe("Pitch");
    return { id, token };
  }

  test("a deactivated maker's link opens nothing, even after an editor rewrites the post", async () => {
    const { id, token } = await danasLink();
    saveAccounts(olive, dana(false));
    expect(await openSharedPreview(token)).toBeUndefined();
    // The editor turns the draft into an embargoed announcement under her own name.
    post("pitch", id, "EMBARGOED: acquisition of X", true, "olive");
    expect(await openSharedPreview(token)).toBeUndefined();
    // Reactivated, Dana still may not edit Olive's post: the link stays dead.
    saveAccounts(olive, dana(true));
    expect(await openSharedPreview(token)).toBeUndefined();
  });

  test("a link opens nothing once its post is given to another author", async () => {
    const { id, token } = await danasLink();
    post("pitch", id, "Pitch", true, "olive");
    expect(await openSharedPreview(token)).toBeUndefined();
    // Given back to Dana, it works again: the link was never the problem, the rights were.
    post("pitch", id, "Pitch", true, "dana");
    expect((await openSharedPreview(token))?.post.title).toBe("Pitch");
  });

  test("an editor's link to another mentor's draft opens nothing once the editor is demoted", async () => {
    const id = randomUUID();
    post("pitch", id, "Pitch", true, "dana");
    const eddie = (role: Role) => account("acc-eddie", role, "eddie");
    saveAccounts(olive, dana(), eddie("editor"));
    const { token } = await createShareLink(id, "acc-eddie");
    expect((await openSharedPreview(token))?.post.title).toBe("Pitch");
    saveAccounts(olive, dana(), eddie("author"));
    expect(await openSharedPreview(token)).toBeUndefined();
  });

  test("a link whose maker's account was deleted opens nothing", async () => {
    const { token } = await danasLink();
    saveAccounts(olive);
    expect(await openSharedPreview(token)).toBeUndefined();
  });
});

describe("expiry in words", () => {
  const at = (iso: string) => new Date(iso);
  test.each([
    ["2026-12-04T09:30:00Z", "2026-12-02T09:30:01Z", "expires in 47 hours, on 4 December at 09:30"],
    ["2026-12-04T09:30:00Z", "2026-12-02T09:30:00Z", "expires in 48 hours, on 4 December at 09:30"],
    ["2026-12-02T10:30:00Z", "2026-12-02T09:29:00Z", "expires in 1 hour, on 2 December at 10:30"],
    ["2026-12-02T10:00:00Z", "2026-12-02T09:59:00Z", "expires in 1 minute, on 2 December at 10:00"],
    ["2026-12-02T10:00:00Z", "2026-12-02T09:59:59Z", "expires in 1 minute, on 2 December at 10:00"],
    [
      "2026-12-02T10:00:00Z",
      "2026-12-02T09:25:00Z",
      "expires in 35 minutes, on 2 December at 10:00",
    ],
    [
      "2027-01-01T08:05:00Z",
      "2026-12-31T09:00:00Z",
      "expires in 23 hours, on 1 January 2027 at 08:05",
    ],
    ["2026-12-02T10:00:00Z", "2026-12-02T10:00:00Z", "expired on 2 December at 10:00"],
  ])("%s seen at %s: %s", (expires, now, words) => {
    expect(expiryInWords(at(expires), at(now), "UTC")).toBe(words);
  });

  test("in the mentor's own time zone", () => {
    expect(
      expiryInWords(at("2027-01-01T03:30:00Z"), at("2026-12-31T09:00:00Z"), "America/New_York"),
    ).toBe("expires in 18 hours, on 31 December at 22:30");
  });
});
