import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createOwner, inviteAccount, NAME_TAKEN, renameAccount } from "@/lib/team/manage";
import { saveOwnProfile } from "@/lib/team/profile";
import { can, type Actor } from "@/lib/accounts/roles";
import { readAccounts, updateAccounts } from "@/lib/accounts/store";
import type { Account } from "@/lib/accounts/types";
import { createBackup } from "@/lib/backup/export";
import { importBackup } from "@/lib/backup/import";
import { writeAuthorProfile } from "@/lib/content/author-write";
import { accessOf, findAnyPost, findPostById } from "@/lib/content/admin-queries";
import { loadContent } from "@/lib/content/load";
import { POST_ID_PATTERN } from "@/lib/content/post-id";
import { deletePostFile, ensurePostId, writePost, type WritePostInput } from "@/lib/content/write";
import { readPostFile } from "@/lib/content/post-file";
import { ensureHistory, record, revisions } from "@/lib/history/git";
import { deletedPosts, postRevisions } from "@/lib/content/post-history";
import { RESTORE_MESSAGES, restorePostVersion } from "@/lib/content/restore-post";
import { CONTROL_CHARACTER_MESSAGE } from "@/lib/validations/names";
import {
  createContentDir,
  parseError,
  parseSource,
  removeContentDir,
  writePost as writeFixture,
} from "./support/content-fixture";
import { createDataDir, removeDataDir } from "./support/data-dir";

const ID = "3f0b6d2a-9c1e-4b7a-8d55-2e6f1c0a9b47";
const ELEVENTY = path.resolve(__dirname, "../../shared/fixtures/eleventy");

let contentDir: string;
let dataDir: string;

beforeEach(() => {
  contentDir = createContentDir("identity");
  dataDir = createDataDir("identity");
});
afterEach(() => {
  removeContentDir(contentDir);
  removeDataDir(dataDir);
});

const who = (account: Pick<Account, "name" | "email">) => ({
  name: account.name,
  email: account.email,
});

/** The owner plus two authors: Alice, whose posts are attacked, and Mallory, who attacks. */
async function people() {
  await ensureHistory();
  const owner = await createOwner({
    name: "Olive Owner",
    email: "olive@example.com",
    password: "correct horse battery staple",
  });
  const alice = (
    await inviteAccount({ name: "Alice Author", email: "a@example.com", role: "author" })
  ).account;
  const mallory = (
    await inviteAccount({ name: "Mallory Author", email: "m@example.com", role: "author" })
  ).account;
  return { owner, alice, mallory };
}

const save = (account: Account, input: Omit<WritePostInput, "change">, message = "Save") =>
  writePost({ ...input, change: { who: who(account), message } });

const postData = (title: string, author: string, draft = false) => ({
  title,
  date: "2024-01-01T00:00:00.000Z",
  author,
  draft,
});

describe("the id in front matter", () => {
  test("a UUID id is read, lowercased, and exposed on the post", () => {
    expect(parseSource({ title: "T", date: "2024-01-01", id: ID.toUpperCase() }).id).toBe(ID);
    expect(parseSource({ title: "T", date: "2024-01-01" }).id).toBeUndefined();
  });

  test("an id that is not a UUID is refused, naming the field", () => {
    expect(parseError({ title: "T", date: "2024-01-01", id: "my-post" })).toBe(
      `posts/x.mdx: front matter field "id" must be a UUID like ${ID}`,
    );
  });

  test("two files with the same id: the second is a content error naming both", () => {
    writeFixture(contentDir, "first", { id: ID, title: "First", date: "2024-01-01" });
    writeFixture(contentDir, "second", { id: ID, title: "Second", date: "2024-01-02" });
    const index = loadContent();
    expect(index.errors.map((e) => e.message)).toEqual([
      `posts/second.mdx: has the same id as posts/first.mdx (${ID}); give one of them a new id`,
    ]);
    expect(index.posts.map((p) => p.slug)).toEqual(["first"]);
  });

  test("the Eleventy post, which has no id, still loads with its legacy byline", () => {
    const [name] = fs.readdirSync(ELEVENTY).filter((f) => /\.mdx?$/.test(f));
    fs.copyFileSync(path.join(ELEVENTY, name!), path.join(contentDir, "posts", name!));
    const index = loadContent();
    expect(index.errors).toEqual([]);
    expect(index.posts[0]?.id).toBeUndefined();
    expect(index.posts[0]?.author).toEqual({ id: "saeed-mirshekari", name: "Saeed Mirshekari" });
  });
});

describe("ids are given on first save and never changed", () => {
  test("a new post gets a random id; saves and renames keep it; the input's id is ignored", async () => {
    const { alice } = await people();
    const first = await save(alice, {
      slug: "ids",
      data: postData("Ids", alice.authorId),
      body: "A\n",
    });
    expect(first.post.id).toMatch(POST_ID_PATTERN);
    const second = await save(alice, {
      slug: "ids-renamed",
      previousSlug: "ids",
      expectedVersion: first.version,
      data: { ...postData("Ids", alice.authorId), id: ID },
      body: "B\n",
    });
    expect(second.post.id).toBe(first.post.id);
    expect(findPostById(first.post.id!)?.slug).toBe("ids-renamed");
    const other = await save(alice, {
      slug: "other",
      data: { ...postData("O", alice.authorId), id: first.post.id },
      body: "C\n",
    });
    expect(other.post.id).not.toBe(first.post.id);
  });

  test("an old file without id gets one on its first save, and ensurePostId adds one in one commit", async () => {
    const { alice } = await people();
    const source = writeFixture(contentDir, "legacy", {
      title: "Legacy",
      date: "2024-01-01",
      author: "alice-author",
      layout: "post.njk",
    });
    const before = (await revisions(["posts"])).length;
    const id = await ensurePostId("legacy", who(alice));
    expect(id).toMatch(POST_ID_PATTERN);
    // Every other byte of the file is kept: the id is its first front matter line.
    expect((await readPostFile("legacy"))?.source).toBe(
      source.replace("---\n", `---\nid: ${id}\n`),
    );
    expect(await revisions(["posts"])).toHaveLength(before + 1);
    expect(await ensurePostId("legacy", who(alice))).toBe(id);
    expect(await revisions(["posts"])).toHaveLength(before + 1);
  });
});

describe("ownership follows account ids, never display names", () => {
  test("renaming your profile to someone's byline or the default byline takes over nothing", async () => {
    const { mallory } = await people();
    writeFixture(contentDir, "guest", {
      title: "Guest",
      date: "2024-01-01",
      author: "Saeed Mirshekari",
      draft: true,
    });
    writeFixture(contentDir, "anonymous", { title: "Anon", date: "2024-01-01", draft: true });
    const actor: Actor = mallory;
    for (const name of ["Saeed Mirshekari", "The Mentors"]) {
      // What the profile form wrote before names were checked: the profile file itself.
      await writeAuthorProfile(mallory.authorId, { name, bio: "", links: [] });
      for (const slug of ["guest", "anonymous"]) {
        const post = findAnyPost(slug)!;
        expect(post.author.id).not.toBe(mallory.authorId);
        expect(can.editPost(actor, accessOf(post))).toBe(false);
      }
    }
  });

  test("a profile name another mentor uses is refused, whatever its case, spacing or width", async () => {
    const { alice, mallory } = await people();
    for (const name of ["Alice Author", "  alice   AUTHOR ", "Ａｌｉｃｅ Author"]) {
      await expect(saveOwnProfile(mallory, { name, bio: "", links: [] })).rejects.toThrow(
        NAME_TAKEN,
      );
    }
    // Alice's profile name counts too, even where it differs from her account name.
    await writeAuthorProfile(alice.authorId, { name: "Dr. Alice", bio: "", links: [] });
    await expect(renameAccount(mallory.id, "dr. alice")).rejects.toThrow(NAME_TAKEN);
    await expect(
      inviteAccount({ name: "ALICE AUTHOR", email: "x@example.com", role: "author" }),
    ).rejects.toThrow(NAME_TAKEN);
    expect(NAME_TAKEN).toBe("Another mentor already uses this name.");
    // Nothing changed.
    expect((await readAccounts()).find((a) => a.id === mallory.id)?.name).toBe("Mallory Author");
    await saveOwnProfile(mallory, { name: "Mallory Author", bio: "Still me.", links: [] });
  });

  test("control characters are refused in account, profile and link names", async () => {
    const { mallory } = await people();
    for (const name of ["Alice\u202EAuthor", "Al\u200Bice", "A\tB", "Zero\uFEFF"]) {
      await expect(saveOwnProfile(mallory, { name, bio: "", links: [] })).rejects.toThrow(
        CONTROL_CHARACTER_MESSAGE,
      );
      await expect(inviteAccount({ name, email: "c@example.com", role: "author" })).rejects.toThrow(
        CONTROL_CHARACTER_MESSAGE,
      );
    }
    await expect(
      saveOwnProfile(mallory, {
        name: "Mallory",
        bio: "",
        links: [{ label: "Site\u2066", url: "https://e.com" }],
      }),
    ).rejects.toThrow(CONTROL_CHARACTER_MESSAGE);
    expect(CONTROL_CHARACTER_MESSAGE).toBe("Names cannot contain control characters.");
  });

  test("an account's author id never changes, and no account gets the default byline's", async () => {
    const { mallory } = await people();
    await expect(
      updateAccounts((accounts) => {
        accounts.find((a) => a.id === mallory.id)!.authorId = "alice-author";
        return { accounts, result: undefined };
      }),
    ).rejects.toThrow("An account's author id cannot change.");
    const { account } = await inviteAccount({
      name: "The Mentors Team",
      email: "t@example.com",
      role: "author",
    });
    expect(account.authorId).toBe("the-mentors-team");
    // The default byline's name itself is refused (tests/names.test.ts); a name whose id would be
    // its id gets another.
    const mentors = await inviteAccount({
      name: "The-Mentors",
      email: "t2@example.com",
      role: "author",
    });
    expect(mentors.account.authorId).toBe("the-mentors-2");
  });
});

describe("history, restore and deleted posts follow the post id", () => {
  /** Alice publishes, edits and deletes a post; Mallory drafts one at the freed slug. */
  async function slugReuse() {
    const team = await people();
    const { alice, mallory } = team;
    const v1 = await save(
      alice,
      { slug: "launch", data: postData("Alice launch", alice.authorId), body: "Secret v1\n" },
      "Alice 1",
    );
    const v2 = await save(
      alice,
      {
        slug: "launch",
        expectedVersion: v1.version,
        data: postData("Alice launch", alice.authorId, true),
        body: "Private draft v2\n",
      },
      "Alice 2",
    );
    await deletePostFile("launch", v2.version, who(alice));
    const m = await save(
      mallory,
      { slug: "launch", data: postData("Mallory draft", mallory.authorId, true), body: "Mine\n" },
      "Mallory 1",
    );
    const aliceCommits = (await revisions(["posts/launch.mdx"]))
      .filter((r) => r.message.startsWith("Alice"))
      .map((r) => r.commit);
    return { ...team, aliceId: v1.post.id!, mallorysPost: m, aliceCommits };
  }

  test("a reused slug's history shows only the new post's versions", async () => {
    const { mallorysPost } = await slugReuse();
    const list = await postRevisions({ path: "posts/launch.mdx", id: mallorysPost.post.id });
    expect(list.map((r) => r.message)).toEqual(["Mallory 1"]);
  });

  test("restoring the earlier post's version over the new post is refused", async () => {
    const { mallory, mallorysPost, aliceCommits } = await slugReuse();
    for (const commit of aliceCommits) {
      await expect(
        restorePostVersion(mallory, who(mallory), {
          slug: "launch",
          format: "mdx",
          commit,
          version: mallorysPost.version,
        }),
      ).rejects.toThrow(RESTORE_MESSAGES.otherPost);
    }
    expect((await readPostFile("launch"))?.body).toBe("Mine\n");
  });

  test("another author's deleted post cannot be restored: not over a new post, nor at a free slug", async () => {
    const { alice, mallory, aliceId } = await slugReuse();
    const deleted = await deletedPosts({
      ids: new Set([findAnyPost("launch")!.id!]),
      legacyPaths: new Set(),
    });
    expect(deleted.map((d) => [d.id, d.title, d.slug])).toEqual([
      [aliceId, "Alice launch", "launch"],
    ]);
    const commit = deleted[0]!.lastCommit;
    await expect(
      restorePostVersion(mallory, who(mallory), { slug: "launch", format: "mdx", commit }),
    ).rejects.toThrow(
      'Another post now uses the address "launch". Rename or delete that post first, then restore this one.',
    );
    // With the slug free again, the version's own author decides.
    const mine = await readPostFile("launch");
    await deletePostFile("launch", mine!.version, who(mallory));
    await expect(
      restorePostVersion(mallory, who(mallory), { slug: "launch", format: "mdx", commit }),
    ).rejects.toThrow("You can only restore versions of your own posts.");
    expect(await readPostFile("launch")).toBeUndefined();
    await restorePostVersion(alice, who(alice), { slug: "launch", format: "mdx", commit });
    expect(findAnyPost("launch")?.id).toBe(aliceId);
    // Back under its id: its history reaches across the deletion, and Mallory's draft is not in it.
    const list = await postRevisions({ path: "posts/launch.mdx", id: aliceId });
    expect(list.map((r) => r.message)).toEqual([
      "Restore deleted post launch",
      "Alice 2",
      "Alice 1",
    ]);
  });

  test("a rename keeps the history; the old slug is not a deleted post", async () => {
    const { alice } = await people();
    const a = await save(
      alice,
      { slug: "old-name", data: postData("Named", alice.authorId), body: "1\n" },
      "Write",
    );
    await save(
      alice,
      {
        slug: "new-name",
        previousSlug: "old-name",
        expectedVersion: a.version,
        data: postData("Named", alice.authorId),
        body: "2\n",
      },
      "Rename",
    );
    const list = await postRevisions({ path: "posts/new-name.mdx", id: a.post.id });
    expect(list.map((r) => [r.message, r.path])).toEqual([
      ["Rename", "posts/new-name.mdx"],
      ["Write", "posts/old-name.mdx"],
    ]);
    expect(await deletedPosts({ ids: new Set([a.post.id!]), legacyPaths: new Set() })).toEqual([]);
  });

  test("versions from before the post had an id are its own, back to a deletion", async () => {
    const { alice } = await people();
    writeFixture(contentDir, "old", { title: "Gone", date: "2024-01-01", author: "someone-else" });
    await revisionsOf("old", "Someone's post");
    fs.rmSync(path.join(contentDir, "posts", "old.mdx"));
    await revisionsOf("old", "Deleted by hand");
    writeFixture(contentDir, "old", {
      title: "Legacy",
      date: "2024-01-01",
      author: alice.authorId,
    });
    await revisionsOf("old", "Legacy file");
    const file = await readPostFile("old");
    const saved = await save(
      alice,
      { slug: "old", expectedVersion: file!.version, data: file!.data, body: file!.body },
      "First save",
    );
    const list = await postRevisions({ path: "posts/old.mdx", id: saved.post.id });
    expect(list.map((r) => r.message)).toEqual(["First save", "Legacy file"]);
  });
});

/** Records a post file as it is on disk as one commit, as a save would. */
const revisionsOf = (slug: string, message: string) =>
  record([`posts/${slug}.mdx`], message, { name: "Hand", email: "hand@example.com" });

describe("backup import gives posts ids", () => {
  test("posts without id get one; importing again changes nothing; a taken id is refused", async () => {
    writeFixture(contentDir, "plain", { title: "Plain", date: "2024-01-01" });
    const plain = (await createBackup(new Date("2024-06-01T12:00:00Z"))).bytes;
    fs.rmSync(path.join(contentDir, "posts", "plain.mdx"));
    writeFixture(contentDir, "dup", { id: ID, title: "Dup", date: "2024-01-01" });
    const dup = (await createBackup(new Date("2024-06-01T12:00:00Z"))).bytes;

    const target = {
      content: createContentDir("identity-target"),
      data: createDataDir("identity-target"),
    };
    try {
      const owner = { name: "Olive", email: "olive@example.com" };
      await importBackup(plain, { replace: false, who: owner });
      const id = findAnyPost("plain")?.id;
      expect(id).toMatch(POST_ID_PATTERN);
      const again = await importBackup(plain, { replace: false, who: owner });
      expect(again.skipped.posts).toBe(1);
      expect(findAnyPost("plain")?.id).toBe(id);

      writeFixture(target.content, "elsewhere", { id: ID, title: "Here", date: "2024-01-01" });
      await expect(importBackup(dup, { replace: false, who: owner })).rejects.toThrow(
        /posts\/dup\.mdx: has the same id as the post "elsewhere" on this blog\. Nothing was imported\./,
      );
      expect(fs.existsSync(path.join(target.content, "posts", "dup.mdx"))).toBe(false);
    } finally {
      removeContentDir(target.content);
      removeDataDir(target.data);
    }
  });
});
