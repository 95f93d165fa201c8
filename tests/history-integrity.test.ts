import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createOwner, inviteAccount } from "@/lib/team/manage";
import { readAccounts, updateAccounts } from "@/lib/accounts/store";
import type { Account } from "@/lib/accounts/types";
import { renameTag } from "@/lib/content/tag-admin";
import { writePost } from "@/lib/content/write";
import { readPostFile } from "@/lib/content/post-file";
import { displayNameOf } from "@/lib/history/display-names";
import { ensureHistory, historyAuthor, revisions, type Who } from "@/lib/history/git";
import { deletedPosts, postRevisions } from "@/lib/content/post-history";
import { RESTORE_MESSAGES, restorePostVersion } from "@/lib/content/restore-post";
import { nameField } from "@/lib/validations/auth";
import { NO_LETTER_MESSAGE } from "@/lib/validations/names";
import { postFormSchema } from "@/lib/content/post-form";
import { TEXT_CONTROL_MESSAGE } from "@/lib/validations/text";
import { createContentDir, parseError, removeContentDir } from "./support/content-fixture";
import { createDataDir, removeDataDir } from "./support/data-dir";

/**
 * The history is evidence of who changed what. Review round two: a title with record and unit
 * separators forged entries in another mentor's name; a mentor named "..." left no history and a
 * later tag rename pinned their deletion on the editor; and one page view read every stored version
 * of a reused address in full.
 */

/** What the history asks git for: commands run, and objects read through `git cat-file --batch`. */
const git = vi.hoisted(() => ({ commands: [] as string[], objects: 0 }));

vi.mock("node:child_process", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:child_process")>();
  const { promisify } = await import("node:util");
  const subcommand = (args: readonly string[]) => args.find((a) => !a.startsWith("--")) ?? "";
  const spawn = ((command: string, args: readonly string[], options: object) => {
    const child = real.spawn(command, args, options);
    if (command === "git" && subcommand(args) === "cat-file") {
      git.commands.push("cat-file");
      const end = child.stdin.end.bind(child.stdin);
      child.stdin.end = ((data: string) => {
        git.objects += data.split("\n").filter(Boolean).length;
        return end(data);
      }) as typeof child.stdin.end;
    }
    return child;
  }) as typeof real.spawn;
  const realAsync = (real.execFile as unknown as Record<symbol, (...a: unknown[]) => unknown>)[
    promisify.custom
  ]!;
  const execFile = Object.assign(
    (...args: Parameters<typeof real.execFile>) => real.execFile(...args),
    {
      [promisify.custom]: (command: string, args: string[], ...rest: unknown[]) => {
        if (command === "git") git.commands.push(subcommand(args));
        return realAsync(command, args, ...rest);
      },
    },
  );
  return { ...real, default: { ...real, spawn, execFile }, spawn, execFile };
});

let contentDir: string;
let dataDir: string;

beforeEach(() => {
  contentDir = createContentDir("history-integrity");
  dataDir = createDataDir("history-integrity");
});
afterEach(() => {
  removeContentDir(contentDir);
  removeDataDir(dataDir);
});

const gitDir = () => path.join(dataDir, "history.git");
const gitRaw = (...args: string[]) =>
  execFileSync("git", [`--git-dir=${gitDir()}`, ...args], { encoding: "utf8" });

async function people() {
  await ensureHistory();
  await createOwner({
    name: "Olive Owner",
    email: "olive@example.com",
    password: "correct horse battery staple",
  });
  const invite = async (name: string, email: string, role: Account["role"]) =>
    (await inviteAccount({ name, email, role })).account;
  return {
    editor: await invite("Eddie Editor", "e@example.com", "editor"),
    alice: await invite("Alice Author", "a@example.com", "author"),
    mallory: await invite("Mallory", "m@example.com", "author"),
  };
}

const data = (title: string, author: string, tags: string[] = []) => ({
  title,
  date: "2024-01-01T00:00:00.000Z",
  author,
  tags,
  draft: true,
});

async function save(slug: string, who: Who, message: string, body: string, author: string) {
  const file = await readPostFile(slug);
  return writePost({
    slug,
    previousSlug: file ? slug : undefined,
    expectedVersion: file?.version,
    data: { ...(file?.data ?? data("Pitch", author)) },
    body,
    change: { who, message },
  });
}

const formFields = (fields: Record<string, string>) => ({
  intent: "save",
  title: "Pitch",
  slug: "pitch",
  body: "text",
  ...fields,
});

describe("a title cannot forge history entries", () => {
  test("the post form refuses control characters in the title, description and meta fields", () => {
    for (const [field, value] of [
      ["title", "Pitch\x1e0123\x1fEddie Editor"],
      ["description", "About\x1fme"],
      ["meta_title", "Pitch \u202Ereversed"],
      ["meta_description", "Nul\x00here"],
    ]) {
      const result = postFormSchema.safeParse(formFields({ [field!]: value! }));
      expect(result.success, field).toBe(false);
      expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        [field, TEXT_CONTROL_MESSAGE],
      ]);
    }
    expect(TEXT_CONTROL_MESSAGE).toBe("Remove the invisible control characters from this text.");
  });

  test("line breaks become spaces, and emoji joiners are still allowed", () => {
    const result = postFormSchema.parse(
      formFields({ title: "👩‍💻 Tips", description: "Line one\r\n  line two\tend" }),
    );
    expect(result.title).toBe("👩‍💻 Tips");
    expect(result.description).toBe("Line one line two end");
  });

  test("front matter with control characters in those fields is a content error", () => {
    expect(parseError({ title: '"Pitch\\x1fEddie"', date: "2024-01-01" })).toBe(
      'posts/x.mdx: front matter field "title" must not contain control characters (invisible formatting characters)',
    );
    expect(
      parseError({ title: "Fine", date: "2024-01-01", meta_description: '"A\\u2028B\\u202Ec"' }),
    ).toBe(
      'posts/x.mdx: front matter field "meta_description" must not contain control characters (invisible formatting characters)',
    );
    // A YAML block scalar ends in a line break: that is one line of text, not a control.
    expect(
      parseError({ title: "Fine", date: "2024-01-01", description: ">\n  Two\n  lines" }),
    ).toBe("");
  });

  test("a commit message with separators shows as one entry by its real author", async () => {
    const { mallory } = await people();
    const who = historyAuthor(mallory);
    await save("pitch", who, "Save draft: Pitch", "my text\n", mallory.authorId);
    const id = (await readPostFile("pitch"))!.data.id as string;
    const [first] = await postRevisions({ path: "posts/pitch.mdx", id });
    const forged = `Pitch\x1e${first!.commit}\x1fEddie Editor\x1f2026-11-30T09:00:00+00:00\x1fe@example.com\x1fPublish: inserted the libel, sorry`;
    await save("pitch", who, `Save draft: ${forged}`, "my text v2\n", mallory.authorId);
    // A commit made before messages were cleaned (git itself, bypassing record()).
    fs.writeFileSync(
      path.join(contentDir, "posts", "pitch.mdx"),
      `${fs.readFileSync(path.join(contentDir, "posts", "pitch.mdx"), "utf8")}v3\n`,
    );
    execFileSync(
      "git",
      [`--git-dir=${gitDir()}`, `--work-tree=${contentDir}`, "commit", "-q", "-am", forged],
      {
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: mallory.authorId,
          GIT_AUTHOR_EMAIL: mallory.email,
          GIT_COMMITTER_NAME: "Mentor Notes",
          GIT_COMMITTER_EMAIL: "system@localhost",
        },
      },
    );

    const shown = `${first!.commit} Eddie Editor 2026-11-30T09:00:00+00:00 e@example.com Publish: inserted the libel, sorry`;
    const list = await postRevisions({ path: "posts/pitch.mdx", id });
    expect(list.map((r) => [r.author, r.email, r.message])).toEqual([
      [mallory.authorId, mallory.email, `Pitch ${shown}`],
      [mallory.authorId, mallory.email, `Save draft: Pitch ${shown}`],
      [mallory.authorId, mallory.email, "Save draft: Pitch"],
    ]);
    expect((await revisions(["posts"])).map((r) => r.author)).toEqual([
      mallory.authorId,
      mallory.authorId,
      mallory.authorId,
    ]);
    // What git itself stored for the app's commit: one line, no separators.
    expect(gitRaw("log", "-1", "--skip=1", "--format=%B").trim()).toBe(
      `Save draft: Pitch ${shown}`,
    );
  });
});

describe("every change is recorded under a stable identity", () => {
  test("names without a letter or digit are refused", () => {
    for (const name of ["...", "—", "- -", "🙂"])
      expect(nameField.safeParse(name).error?.issues.map((i) => i.message)).toEqual([
        NO_LETTER_MESSAGE,
      ]);
    for (const name of ["Ada", "李雷", "R2-D2", "Ada 🙂"]) expect(nameField.parse(name)).toBe(name);
    expect(NO_LETTER_MESSAGE).toBe("Use at least one letter or digit.");
  });

  test("a mentor named '...' still leaves history, shown under their name as it is now", async () => {
    const { mallory } = await people();
    // An account named before names needed a letter.
    await updateAccounts((accounts) => {
      accounts.find((a) => a.id === mallory.id)!.name = "...";
      return { accounts, result: undefined };
    });
    await save("honest", historyAuthor(mallory), "Publish: Honest", "original\n", "mallory");
    // An identity given by display name (an older caller) is recorded too, never refused by git.
    await save("honest", { name: "...", email: mallory.email }, "Update: Honest", "edit\n", "x");
    const list = await revisions(["posts/honest.mdx"]);
    expect(list.map((r) => [r.message, r.author, r.email])).toEqual([
      ["Update: Honest", "m", mallory.email],
      ["Publish: Honest", mallory.authorId, mallory.email],
    ]);
    const accounts = await readAccounts();
    expect(list.map((r) => displayNameOf(accounts, r))).toEqual(["...", "..."]);
  });

  test("the history shows each account's current name, by email first, then author id", () => {
    const accounts = [
      { name: "Ada Okafor", email: "ada@example.com", authorId: "ada" },
      { name: "Ben", email: "ben@example.com", authorId: "eddie-editor" },
    ];
    const nameOf = (author: string, email: string) => displayNameOf(accounts, { author, email });
    expect(nameOf("ada", "ada@example.com")).toBe("Ada Okafor");
    // An old commit under the display name of the day: the account by its email.
    expect(nameOf("Ada O.", "ADA@example.com")).toBe("Ada Okafor");
    // A name that is another account's author id does not borrow it: the email decides.
    expect(nameOf("eddie-editor", "ada@example.com")).toBe("Ada Okafor");
    expect(nameOf("eddie-editor", "gone@example.com")).toBe("Ben");
    expect(nameOf("Mentor Notes", "system@localhost")).toBe("Mentor Notes");
  });

  test("a tag rename records only the posts it rewrote, never someone else's deletion", async () => {
    const { editor, mallory } = await people();
    await save("ed-post", historyAuthor(editor), "Publish: Editor post", "x\n", "eddie-editor");
    const file = await readPostFile("ed-post");
    await writePost({
      slug: "ed-post",
      expectedVersion: file!.version,
      data: { ...file!.data, tags: ["News"] },
      body: file!.body,
      change: { who: historyAuthor(editor), message: "Tag" },
    });
    await save("honest", historyAuthor(mallory), "Publish: Honest", "text\n", "mallory");
    // Mallory's deletion that was never recorded (git refused her name, before this fix).
    fs.rmSync(path.join(contentDir, "posts", "honest.mdx"));

    await renameTag("news", "Announcements", historyAuthor(editor));
    expect(await deletedPosts({ ids: new Set(), legacyPaths: new Set() })).toEqual([]);
    expect(gitRaw("log", "-1", "--skip=1", "--name-status", "--format=%ae: %s")).toBe(
      "e@example.com: Rename tag news to Announcements\n\nM\tposts/ed-post.mdx\n",
    );
  });
});

/** Commits written straight into the history with `git fast-import`: one process for many. */
function importCommits(commits: { message: string; file?: string; text?: string }[]): void {
  const branch = gitRaw("symbolic-ref", "HEAD").trim();
  const head = gitRaw("rev-parse", "HEAD").trim();
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const stream = commits
    .map((c, i) => {
      const file = c.file ?? "posts/mine.mdx";
      return (
        `commit ${branch}\n` +
        `author Mallory <m@example.com> ${1_700_000_000 + i} +0000\n` +
        `committer Mentor Notes <system@localhost> ${1_700_000_000 + i} +0000\n` +
        data(c.message) +
        (i === 0 ? `from ${head}\n` : "") +
        (c.text === undefined ? `D ${file}\n` : `M 100644 inline ${file}\n${data(c.text)}`) +
        "\n"
      );
    })
    .join("");
  execFileSync("git", [`--git-dir=${gitDir()}`, "fast-import", "--quiet"], { input: stream });
}

const OLD_ID = "3f0b6d2a-9c1e-4b7a-8d55-2e6f1c0a9b47";
const NEW_ID = "11111111-1111-4111-8111-111111111111";
const version = (id: string | undefined, body: string) =>
  `---\n${id ? `id: ${id}\n` : ""}title: Mine\ndate: 2024-01-01T00:00:00.000Z\nauthor: mallory\ndraft: true\n---\n${body}\n`;

describe("history walks are bounded", () => {
  test("another post's versions at a reused address: at most 500 read, each once", async () => {
    await ensureHistory();
    importCommits([
      ...Array.from({ length: 520 }, (_, i) => ({
        message: `Save draft: Mine ${i}`,
        text: version(OLD_ID, `v${i}`),
      })),
      { message: "Delete mine" },
      { message: "Save draft: New", text: version(NEW_ID, "new") },
    ]);
    git.objects = 0;
    const list = await postRevisions({ path: "posts/mine.mdx", id: NEW_ID });
    expect(list.map((r) => r.message)).toEqual(["Save draft: New"]);
    expect(git.objects).toBeGreaterThan(0);
    expect(git.objects).toBeLessThanOrEqual(500);
    // Versions already read are known by their blob id: a second view reads none.
    git.objects = 0;
    expect(await postRevisions({ path: "posts/mine.mdx", id: NEW_ID })).toHaveLength(1);
    expect(git.objects).toBe(0);
  });

  test("large versions, with and without an id, are still told apart correctly", async () => {
    await ensureHistory();
    const big = "lorem ipsum ".repeat(40_000); // ~470 KB each
    importCommits([
      { message: "Legacy", text: version(undefined, `legacy ${big}`) },
      { message: "Saved", text: version(NEW_ID, `saved ${big}`) },
      { message: "Other post's", file: "posts/other.mdx", text: version(OLD_ID, big) },
      { message: "Saved again", text: version(NEW_ID, `again ${big}`) },
    ]);
    const list = await postRevisions({ path: "posts/mine.mdx", id: NEW_ID });
    expect(list.map((r) => r.message)).toEqual(["Saved again", "Saved", "Legacy"]);
  });

  test("a restore by a mentor who may not edit the post is refused before its history is read", async () => {
    const { alice, mallory } = await people();
    for (const body of ["one\n", "two\n", "three\n"])
      await save("alices", historyAuthor(alice), `Save ${body.trim()}`, body, alice.authorId);
    const id = (await readPostFile("alices"))!.data.id as string;
    const older = (await postRevisions({ path: "posts/alices.mdx", id }))[2]!.commit;
    git.commands = [];
    git.objects = 0;
    const refused = await restorePostVersion(mallory, historyAuthor(mallory), {
      slug: "alices",
      format: "mdx",
      commit: older,
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toBe(RESTORE_MESSAGES.notYours);
    expect(RESTORE_MESSAGES.notYours).toBe("You can only restore versions of your own posts.");
    expect(git.commands.filter((c) => c === "log" || c === "cat-file")).toEqual([]);
    expect(git.objects).toBe(0);
    // Alice herself can still restore it, and the restore is hers.
    await restorePostVersion(alice, historyAuthor(alice), {
      slug: "alices",
      format: "mdx",
      commit: older,
      version: (await readPostFile("alices"))!.version,
    });
    expect((await readPostFile("alices"))!.body).toBe("one\n");
    const [latest] = await revisions(["posts/alices.mdx"]);
    expect(latest!.author).toBe(alice.authorId);
    expect(latest!.message).toMatch(/^Restore alices \(version of \d{4}-\d\d-\d\dT\S+\)$/);
  });
});
