import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { Account } from "@/lib/accounts/types";
import { session } from "./support/signed-in";

/**
 * The post field registry (lib/content/fields.ts): every front matter field is declared once, and
 * the front matter schema, the editor's form and fields, the serialiser's order, the merge view and
 * the save action all follow it. Also the one tag parser and the one home of each limit, and the
 * `updated` date the editor now sets (saved through the real save action, read back as the editor
 * and the public page read it).
 */

// The MDX budget runs in a worker; these bodies are tiny, so it is stood in for.
vi.mock("@/lib/mdx/budget", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/mdx/budget")>()),
  checkBudget: async () => ({ ok: true }),
}));

const fields = await import("@/lib/content/fields");
const { frontMatterSchema, frontMatterSchemaFor } = await import("@/lib/content/front-matter");
const { postFormSchema, postFormSchemaFor, MAX_BODY_LENGTH } =
  await import("@/lib/content/post-form");
const { serializePost, readPostFile } = await import("@/lib/content/post-file");
const { mergePost } = await import("@/lib/content/merge");
const { parsePost } = await import("@/lib/content/parse-post");
const tagList = await import("@/lib/content/tag-list");
const { MAX_MDX_LENGTH, TOO_LONG } = await import("@/lib/mdx/limits");
const { editorFieldsOf } = await import("@/lib/admin/editor-fields");
const { savePostAction } = await import("@/app/(admin)/admin/posts/actions");
const { ensureHistory } = await import("@/lib/history/git");
const fixture = await import("./support/content-fixture");
const dataDir = await import("./support/data-dir");

const { POST_FIELDS, fieldOrder, fieldLabels, editorValuesOf, frontMatterFromForm } = fields;
type PostField = import("@/lib/content/fields").PostField;

const keys = POST_FIELDS.map((field) => field.key as string);
const formKeys = POST_FIELDS.filter((field) => "form" in field).map((field) => field.key as string);

/** A field a later change might add: one entry, placed after the title. */
const subtitle: PostField = {
  key: "subtitle",
  label: "Subtitle",
  file: (k) => k.optionalLine,
  form: { input: "text", schema: (k) => k.optionalLine(120), maxLength: 120 },
  merge: "text",
};
const withSubtitle: PostField[] = [
  POST_FIELDS[0],
  POST_FIELDS[1],
  subtitle,
  ...POST_FIELDS.slice(2),
];

const formInput = (over: Record<string, unknown> = {}) => ({
  intent: "save",
  title: "A post",
  slug: "a-post",
  body: "Words.",
  ...over,
});

describe("the registry drives every place a field appears", () => {
  test("each key is declared once, and `updated` and `id` are fields", () => {
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(["id", "title", "date", "updated", "layout"]));
  });

  test("every registry key is in the front matter schema", () => {
    expect(Object.keys(frontMatterSchema.shape).sort()).toEqual([...keys].sort());
  });

  test("every field with an input is in the form schema, and only those (id is never editable)", () => {
    const shape = Object.keys(postFormSchema.shape);
    for (const key of formKeys) expect(shape).toContain(key);
    expect(formKeys).toContain("updated");
    for (const key of ["id", "draft", "review", "layout"]) expect(shape).not.toContain(key);
  });

  test("the serialiser writes the registry's order", () => {
    expect(fieldOrder()).toEqual(keys.filter((key) => key !== "layout"));
    const data = Object.fromEntries(
      [...keys].reverse().map((key) => [key, key === "draft" || key === "review" ? true : key]),
    );
    const written = serializePost(data, "Body.")
      .split("\n")
      .slice(1)
      .map((line) => line.split(":")[0]);
    expect(written.slice(0, fieldOrder().length)).toEqual(fieldOrder());
  });

  test("every field, and the slug and body, has a merge view label", () => {
    const labels = fieldLabels();
    for (const field of POST_FIELDS) expect(labels[field.key]).toBe(field.label);
    expect(labels.updated).toBe("Last updated");
    expect(labels.slug).toBe("Address");
  });

  test("the editor holds one text per field with an input, plus slug and body", () => {
    const editor = editorFieldsOf({ slug: "x", data: {}, body: "" }, "ada");
    expect(Object.keys(editor).sort()).toEqual([...formKeys, "slug", "body"].sort());
  });

  test("the save writes every field with an input, the server deciding date, author and flags", () => {
    const input = postFormSchema.parse(
      formInput({
        description: "About.",
        updated: "2026-03-01",
        tags: "a, b",
        author: "mallory",
        date: "2020-01-01T00:00",
      }),
    );
    const decided = { date: "2026-04-01T00:00:00.000Z", author: "ada", draft: true, review: false };
    const data = frontMatterFromForm(input, { previous: { layout: "post", id: "x" }, decided });
    expect(data).toMatchObject({
      title: "A post",
      description: "About.",
      updated: "2026-03-01",
      tags: ["a", "b"],
      ...decided,
      layout: "post",
      id: "x",
    });
    for (const key of formKeys) expect(data).toHaveProperty(key);
  });

  test("a field added to a copy of the registry shows up everywhere", () => {
    const file = frontMatterSchemaFor(withSubtitle).parse({
      title: "T",
      date: "2024-01-01",
      subtitle: " Second line ",
    });
    expect(file.subtitle).toBe("Second line");
    const form = postFormSchemaFor(withSubtitle);
    expect(form.shape).toHaveProperty("subtitle");
    expect(form.safeParse(formInput({ subtitle: "x".repeat(121) })).error?.issues[0]).toMatchObject(
      {
        path: ["subtitle"],
        message: "Use at most 120 characters.",
      },
    );
    expect(fieldOrder(withSubtitle).slice(0, 4)).toEqual([
      "id",
      "title",
      "subtitle",
      "description",
    ]);
    expect(
      serializePost({ description: "D", subtitle: "S", title: "T" }, "Body.", withSubtitle).split(
        "\n",
      ),
    ).toEqual(["---", "title: T", "subtitle: S", "description: D", "---", "Body.", ""]);
    expect(fieldLabels(withSubtitle).subtitle).toBe("Subtitle");
    expect(editorValuesOf({ subtitle: "S" }, withSubtitle).subtitle).toBe("S");
    const input = form.parse(formInput({ subtitle: "New" }));
    expect(frontMatterFromForm(input, { decided: {} }, withSubtitle).subtitle).toBe("New");
    const post = { title: "T", subtitle: "Old", body: "" };
    const merged = mergePost(
      post,
      { ...post, subtitle: "Mine" },
      { ...post, subtitle: "Theirs" },
      withSubtitle,
    );
    expect(merged.fieldConflicts.map((conflict) => conflict.field)).toEqual(["subtitle"]);
  });

  test("each field merges by its kind: dates to the day, tags as a list", () => {
    const base = { updated: "2026-03-01", tags: "a, b", body: "" };
    const outcome = mergePost(
      base,
      { ...base, tags: "a,b,a" },
      { ...base, updated: " 2026-03-01" },
    );
    expect(outcome.clean).toBe(true);
    const conflict = mergePost(
      base,
      { ...base, updated: "2026-03-02" },
      { ...base, updated: "2026-03-03" },
    );
    expect(conflict.fieldConflicts).toEqual([
      { field: "updated", base: "2026-03-01", mine: "2026-03-02", theirs: "2026-03-03" },
    ]);
  });
});

describe("one tag parser", () => {
  test("a single number is a tag, in the front matter and in the form alike", () => {
    expect(tagList.parseTagList(2024)).toEqual(["2024"]);
    const parsed = frontMatterSchema.parse({ title: "T", date: "2024-01-01", tags: 2024 });
    expect(parsed.tags).toEqual(["2024"]);
    expect(postFormSchema.parse(formInput({ tags: "2024" })).tags).toEqual(["2024"]);
    expect(editorValuesOf({ tags: 2024 }).tags).toBe("2024");
  });

  test("lists, comma-separated text and repeats read the same everywhere", () => {
    const written = [" a , b,,a ,  , c ", ["a", " b", "", "a", "c", 7]] as const;
    expect(tagList.parseTagList(written[0])).toEqual(["a", "b", "c"]);
    expect(tagList.parseTagList(written[1])).toEqual(["a", "b", "c", "7"]);
    expect(
      frontMatterSchema.parse({ title: "T", date: "2024-01-01", tags: written[0] }).tags,
    ).toEqual(["a", "b", "c"]);
    expect(postFormSchema.parse(formInput({ tags: written[0] })).tags).toEqual(["a", "b", "c"]);
    expect(tagList.parseTagList(null)).toEqual([]);
  });
});

describe("each limit has one home", () => {
  test("the body limit is the MDX limit, with its message", () => {
    expect(MAX_BODY_LENGTH).toBe(MAX_MDX_LENGTH);
    const result = postFormSchema.safeParse(formInput({ body: "x".repeat(MAX_MDX_LENGTH + 1) }));
    expect(result.error?.issues[0]?.message).toBe(TOO_LONG);
    expect(TOO_LONG).toBe("The post is too long (200,000 characters at most).");
  });

  test("the tag limits come from tag-list.ts", () => {
    expect([tagList.MAX_TAG_LENGTH, tagList.MAX_TAGS]).toEqual([60, 20]);
    const tooLong = postFormSchema.safeParse(
      formInput({ tags: "x".repeat(tagList.MAX_TAG_LENGTH + 1) }),
    );
    expect(tooLong.error?.issues[0]?.message).toBe("Tags have at most 60 characters.");
    const many = Array.from({ length: tagList.MAX_TAGS + 1 }, (_, i) => `t${i}`).join(",");
    expect(postFormSchema.safeParse(formInput({ tags: many })).error?.issues[0]?.message).toBe(
      "Use at most 20 tags.",
    );
  });
});

describe("the editor saves and reloads `updated`", () => {
  let contentDir: string;
  let data: string;
  const editor: Account = {
    id: "account-fields-eddie",
    email: "eddie@example.com",
    name: "eddie",
    role: "editor",
    authorId: "eddie",
    passwordHash: "",
    active: true,
    createdAt: "2026-01-01T00:00:00.000Z",
    sessions: [],
  };
  type Reply = {
    ok: boolean;
    message?: string;
    version?: string;
    fieldErrors?: Record<string, string[]>;
  };
  const save = (over: Record<string, string>): Promise<Reply> => {
    session.account = editor;
    const form = new FormData();
    const all = {
      intent: "save",
      title: "A post",
      slug: "a-post",
      originalSlug: "",
      body: "Words.",
      ...over,
    };
    for (const [key, value] of Object.entries(all)) form.set(key, value);
    return (savePostAction as unknown as (prev: null, form: FormData) => Promise<Reply>)(
      null,
      form,
    );
  };
  const fileText = () => fs.readFileSync(path.join(contentDir, "posts", "a-post.mdx"), "utf8");
  const reload = async () => {
    const file = (await readPostFile("a-post"))!;
    const post = parsePost({
      slug: "a-post",
      file: "posts/a-post.mdx",
      format: "mdx",
      source: file.source,
    });
    return { file, post, editor: editorFieldsOf(file, "eddie") };
  };

  beforeAll(async () => {
    contentDir = fixture.createContentDir("post-fields");
    data = dataDir.createDataDir("post-fields");
    await ensureHistory();
  });
  afterAll(() => {
    fixture.removeContentDir(contentDir);
    dataDir.removeDataDir(data);
  });
  beforeEach(() => fixture.clearContent(contentDir));

  test("a day set in the editor is written, read by the site, and shown again in the editor", async () => {
    expect(await save({ updated: "2026-03-01" })).toMatchObject({ ok: true });
    expect(fileText()).toMatch(/^updated: 2026-03-01$/m);
    const { file, post, editor: fields } = await reload();
    expect(post.updated?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(fields.updated).toBe("2026-03-01");

    // Emptied in the editor: the file no longer has it.
    const cleared = await save({ updated: "", originalSlug: "a-post", version: file.version });
    expect(cleared).toMatchObject({ ok: true });
    expect(fileText()).not.toMatch(/^updated:/m);
    expect((await reload()).post.updated).toBeUndefined();
  });

  test("a form without the field (an older editor) keeps the file's day", async () => {
    expect(await save({ updated: "2026-03-01" })).toMatchObject({ ok: true });
    const { file } = await reload();
    const form = { originalSlug: "a-post", version: file.version, title: "Renamed" };
    expect(await save(form)).toMatchObject({ ok: true });
    expect(fileText()).toMatch(/^updated: 2026-03-01$/m);
    expect(fileText()).toMatch(/^title: Renamed$/m);
  });

  test("an impossible day is refused with a plain message, and nothing is written", async () => {
    const refused = await save({ updated: "2026-02-30" });
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors?.updated).toEqual(["Enter a valid date."]);
    expect(fs.existsSync(path.join(contentDir, "posts", "a-post.mdx"))).toBe(false);
  });

  test("an updated time written by hand is kept when the day is unchanged", async () => {
    fixture.writePost(contentDir, "a-post", {
      title: "A post",
      date: "2024-01-01",
      updated: "2024-11-01T10:00:00Z",
      draft: true,
    });
    const { file, editor: fields } = await reload();
    expect(fields.updated).toBe("2024-11-01");
    const saved = await save({
      updated: "2024-11-01",
      originalSlug: "a-post",
      version: file.version,
    });
    expect(saved).toMatchObject({ ok: true });
    expect(fileText()).toMatch(/^updated: 2024-11-01T10:00:00Z$/m);
  });
});
