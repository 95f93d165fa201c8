import { describe, expect, test } from "vitest";
import { newPasswordSchema, setupSchema, signInSchema } from "@/lib/validations/auth";
import { MAX_BODY_LENGTH, POST_INTENTS, postFormSchema } from "@/lib/content/post-form";

const form = (fields: Record<string, string> = {}) =>
  postFormSchema.safeParse({
    intent: "save",
    title: "Hello",
    slug: "hello",
    body: "Words.",
    ...fields,
  });

/** The first message for a field, or undefined when the form is accepted. */
const problem = (fields: Record<string, string>, field: string) => {
  const result = form(fields);
  return result.success ? undefined : result.error.issues.find((i) => i.path[0] === field)?.message;
};

describe("the post form", () => {
  test("a normal form is accepted and tidied", () => {
    const result = form({
      title: "  Hello world  ",
      slug: " My-First-Post ",
      description: "   ",
      tags: "Mentoring, Code Review",
      thumbnail: "/media/0123456789abcdef01234567.png",
      canonical: "https://example.com/hello",
      date: "",
      originalSlug: "",
    });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      title: "Hello world",
      slug: "my-first-post",
      description: undefined,
      tags: ["Mentoring", "Code Review"],
      canonical: "https://example.com/hello",
      date: undefined,
    });
  });

  test.each(["my post", "a--b", "-a", "a-", "../x", "a/b", "a.b", "x\u0000", ""])(
    "the slug %j is refused",
    (slug) => {
      expect(problem({ slug }, "slug")).toBe(
        "Use lowercase letters, digits and single hyphens, like my-first-post.",
      );
    },
  );

  test("a slug is at most 120 characters", () => {
    expect(problem({ slug: "a".repeat(121) }, "slug")).toBe("Use at most 120 characters.");
    expect(problem({ slug: "a".repeat(120) }, "slug")).toBeUndefined();
  });

  test("titles are required and at most 200 characters", () => {
    expect(problem({ title: "   " }, "title")).toBe("Give the post a title.");
    expect(problem({ title: "x".repeat(201) }, "title")).toBe("Use at most 200 characters.");
    expect(problem({ title: "x".repeat(200) }, "title")).toBeUndefined();
  });

  test.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,x",
    "//evil.example/x",
    "/relative",
  ])("the canonical URL %j is refused", (canonical) => {
    expect(problem({ canonical }, "canonical")).toBe("Use an absolute http(s) URL.");
  });

  test.each([
    "//evil.example/x.png",
    "https://evil.example/x.png",
    "javascript:alert(1)",
    "media/x.png",
  ])("the thumbnail %j is refused", (thumbnail) => {
    expect(problem({ thumbnail }, "thumbnail")).toMatch(/image on this site/);
  });

  test("tags are split on commas, trimmed, and de-duplicated", () => {
    expect(form({ tags: " a , b,,a ,  , c " }).data?.tags).toEqual(["a", "b", "c"]);
    expect(form({}).data?.tags).toEqual([]);
  });

  test("at most 20 tags, each at most 60 characters", () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `tag${i}`);
    expect(form({ tags: names(20).join(",") }).success).toBe(true);
    expect(form({ tags: [...names(20), "tag0", "tag1"].join(",") }).success).toBe(true);
    expect(problem({ tags: names(21).join(",") }, "tags")).toBe("Use at most 20 tags.");
    expect(problem({ tags: "x".repeat(61) }, "tags")).toBe("Tags have at most 60 characters.");
  });

  test("a datetime-local value is read as UTC", () => {
    expect(form({ date: "2024-05-06T07:08" }).data?.date?.toISOString()).toBe(
      "2024-05-06T07:08:00.000Z",
    );
    expect(form({ date: "2024-05-06T07:08:09Z" }).data?.date?.toISOString()).toBe(
      "2024-05-06T07:08:09.000Z",
    );
  });

  test.each(["2024-02-30T10:00", "2024-13-01T10:00", "2024-05-06T24:00", "tomorrow"])(
    "the date %j is refused",
    (date) => {
      expect(problem({ date }, "date")).toBe("Enter a valid date and time.");
    },
  );

  test("unknown intents and over-long bodies are refused", () => {
    // Not something a mentor types: the form's buttons send one of these.
    expect(problem({ intent: "destroy" }, "intent")).toBe(
      `Invalid option: expected one of ${POST_INTENTS.map((intent) => `"${intent}"`).join("|")}`,
    );
    expect(problem({ body: "x".repeat(MAX_BODY_LENGTH + 1) }, "body")).toMatch(/too long/);
  });
});

describe("the account forms", () => {
  test("setup normalises the email and needs matching passwords of 10+ characters", () => {
    const ok = setupSchema.safeParse({
      name: " Olive ",
      email: " Olive@Example.COM ",
      password: "long enough pw",
      confirm: "long enough pw",
    });
    expect(ok.data).toMatchObject({ name: "Olive", email: "olive@example.com" });
    const short = newPasswordSchema.safeParse({ password: "short", confirm: "short" });
    expect(short.error?.issues[0]?.message).toBe("Use at least 10 characters.");
    const mismatch = newPasswordSchema.safeParse({ password: "long enough pw", confirm: "other" });
    expect(mismatch.error?.issues[0]).toMatchObject({ path: ["confirm"] });
    expect(
      setupSchema.safeParse({
        name: "O",
        email: "not-an-email",
        password: "x".repeat(10),
        confirm: "x".repeat(10),
      }).success,
    ).toBe(false);
  });

  test("sign-in refuses passwords longer than 200 characters", () => {
    expect(signInSchema.safeParse({ email: "a@b.co", password: "x".repeat(201) }).success).toBe(
      false,
    );
    expect(signInSchema.safeParse({ email: "a@b.co", password: "x".repeat(200) }).success).toBe(
      true,
    );
  });
});
