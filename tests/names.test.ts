import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  createOwner,
  defaultAuthorNameMessage,
  inviteAccount,
  NAME_TAKEN,
  renameAccount,
} from "@/lib/team/manage";
import { saveOwnProfile } from "@/lib/team/profile";
import { can } from "@/lib/accounts/roles";
import { readAccounts } from "@/lib/accounts/store";
import { accessOf, findAnyPost } from "@/lib/content/admin-queries";
import { getAuthors } from "@/lib/content/queries";
import { lookAlikeKey, MIXED_SCRIPTS_MESSAGE, mixesScripts } from "@/lib/validations/look-alike";
import {
  createContentDir,
  removeContentDir,
  writeAuthor,
  writePost as writeFixture,
} from "./support/content-fixture";
import { createDataDir, removeDataDir } from "./support/data-dir";

// Review, second round: display-name impersonation (finding 7) and new accounts inheriting old
// bylines (finding 11).

let contentDir: string;
let dataDir: string;
beforeEach(() => {
  contentDir = createContentDir("names");
  dataDir = createDataDir("names");
});
afterEach(() => {
  removeContentDir(contentDir);
  removeDataDir(dataDir);
});

/** The owner, an editor whose name is copied, and Mallory, who copies. */
async function people() {
  const owner = await createOwner({
    name: "Olive Owner",
    email: "olive@example.com",
    password: "correct horse battery staple",
  });
  const ada = (
    await inviteAccount({ name: "Ada Okafor", email: "ada@example.com", role: "editor" })
  ).account;
  const mallory = (
    await inviteAccount({ name: "Mallory Author", email: "m@example.com", role: "author" })
  ).account;
  return { owner, ada, mallory };
}

const profile = (name: string) => ({ name, bio: "", links: [] });
const byline = (slug: string) => findAnyPost(slug)!.author;
const nameOf = async (id: string) => (await readAccounts()).find((a) => a.id === id)?.name;

describe("a mentor's name cannot pass for another byline", () => {
  test("the default byline, an old byline, an old profile and a Cyrillic look-alike are refused, in plain words", async () => {
    const { mallory } = await people();
    writeFixture(contentDir, "legacy", {
      title: "Legacy",
      date: "2024-01-01",
      author: "Sam Rivera",
    });
    writeFixture(contentDir, "official", { title: "Official announcement", date: "2024-01-02" });
    writeAuthor(contentDir, "grace-hopper", { name: "Grace Hopper" });
    const refusals: [string, string][] = [
      [
        "The Mentors",
        '"The Mentors" is the name the blog signs its own posts with. Choose another name.',
      ],
      [
        "  the   MENTORS ",
        '"The Mentors" is the name the blog signs its own posts with. Choose another name.',
      ],
      ["Sam Rivera", NAME_TAKEN],
      ["sam rivera", NAME_TAKEN],
      ["Grace Hopper", NAME_TAKEN],
      ["\u0410da Okafor", MIXED_SCRIPTS_MESSAGE], // Cyrillic А
      ["Ad\u0430 Okafor", MIXED_SCRIPTS_MESSAGE], // Cyrillic а
      ["\u0391da Okafor", MIXED_SCRIPTS_MESSAGE], // Greek Α
      ["Th\u0435 Mentors", MIXED_SCRIPTS_MESSAGE], // Cyrillic е
      ["...", "Use at least one letter or digit."],
    ];
    for (const [name, message] of refusals) {
      await expect(saveOwnProfile(mallory, profile(name)), name).rejects.toThrow(message);
      await expect(renameAccount(mallory.id, name), name).rejects.toThrow(message);
    }
    expect(defaultAuthorNameMessage()).toBe(
      '"The Mentors" is the name the blog signs its own posts with. Choose another name.',
    );
    expect(MIXED_SCRIPTS_MESSAGE).toBe(
      "Write this name in one alphabet: Latin letters mixed with Cyrillic or Greek ones can make it look like another person's name.",
    );
    // Nothing changed: Mallory's own post is not signed like the blog's.
    expect(await nameOf(mallory.id)).toBe("Mallory Author");
    writeFixture(contentDir, "mallory-post", {
      title: "Statement",
      date: "2024-01-03",
      author: mallory.authorId,
    });
    expect(byline("official").name).toBe("The Mentors");
    expect(byline("mallory-post").name).toBe("Mallory Author");
    expect(
      getAuthors()
        .filter((a) => a.name === "The Mentors")
        .map((a) => a.id),
    ).not.toContain(mallory.authorId);
  });

  test("an account written in Cyrillic or Greek letters alone that spells another's name is refused", async () => {
    const { mallory } = await people();
    await inviteAccount({ name: "Ace", email: "ace@example.com", role: "author" });
    for (const name of ["\u0410\u0441\u0435", "\u0391\u03ba\u03bf"]) {
      // Асе and Ακο: no Latin letter in them, but they read as "Ace" and "Ako".
      expect(mixesScripts(name)).toBe(false);
    }
    await expect(saveOwnProfile(mallory, profile("\u0410\u0441\u0435"))).rejects.toThrow(
      NAME_TAKEN,
    );
    await expect(
      inviteAccount({ name: "\u0410\u0421\u0415", email: "x@example.com", role: "author" }),
    ).rejects.toThrow(NAME_TAKEN);
    expect(lookAlikeKey("\u0410\u0441\u0435")).toBe("ace");
  });

  test("names in one alphabet, with accents, or the mentor's own bylines are accepted", async () => {
    const { mallory } = await people();
    writeFixture(contentDir, "own", { title: "Own", date: "2024-01-01", author: mallory.authorId });
    for (const name of [
      "Ада Окафор",
      "Ελένη Παπαδοπούλου",
      "José Núñez",
      "Zoë O'Brien",
      "李小龙",
    ]) {
      await saveOwnProfile(mallory, profile(name));
      expect(await nameOf(mallory.id)).toBe(name);
    }
    // Her own post's byline is her own name: keeping it is fine.
    await saveOwnProfile(mallory, profile("Mallory Author"));
    expect(byline("own").name).toBe("Mallory Author");
  });
});

describe("a new account never inherits an old byline", () => {
  test('an invited "Sam Rivera" gets an id of its own, and no rights over the old posts', async () => {
    await people();
    writeFixture(contentDir, "commit-messages", {
      title: "Commit messages",
      date: "2024-01-01",
      author: "Sam Rivera",
    });
    writeFixture(contentDir, "draft-idea", {
      title: "Draft idea",
      date: "2024-01-01",
      author: "Sam Rivera",
      draft: true,
    });
    const sam = (
      await inviteAccount({ name: "Sam Rivera", email: "sam@example.com", role: "author" })
    ).account;
    expect(sam.authorId).toBe("sam-rivera-2");
    for (const slug of ["commit-messages", "draft-idea"]) {
      const post = findAnyPost(slug)!;
      expect(post.author.id).toBe("sam-rivera");
      expect(can.editPost(sam, accessOf(post))).toBe(false);
      expect(can.publishPost(sam, accessOf(post))).toBe(false);
    }
    // The administrator chose the name; the new mentor may keep it when saving a profile.
    await saveOwnProfile(sam, profile("Sam Rivera"));
    expect(byline("commit-messages").id).toBe("sam-rivera");
    expect(findAnyPost("draft-idea")!.author.id).toBe("sam-rivera");
  });

  test("ids named by profile files are skipped too", async () => {
    await people();
    writeAuthor(contentDir, "grace-hopper", { name: "Grace Hopper" });
    const grace = (
      await inviteAccount({ name: "Grace Hopper", email: "g@example.com", role: "author" })
    ).account;
    expect(grace.authorId).toBe("grace-hopper-2");
  });
});
