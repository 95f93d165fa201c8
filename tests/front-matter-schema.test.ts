import { describe, expect, test } from "vitest";
import { parseError, parseSource, words } from "./support/content-fixture";

const base = { title: "A post", date: "2024-10-05" };

describe("required fields", () => {
  test("a post without a title is refused with a message naming the file and the field", () => {
    expect(parseError({ date: "2024-10-05" })).toBe(
      'posts/x.mdx: front matter field "title" is required',
    );
  });

  test("a post without a date is refused with a message naming the date field", () => {
    expect(parseError({ title: "A post" })).toBe(
      'posts/x.mdx: front matter field "date" is required',
    );
  });

  test("a blank title is refused rather than shown as an empty heading", () => {
    expect(parseError({ ...base, title: '"  "' })).toContain('field "title" must not be empty');
  });
});

describe("dates", () => {
  test.each([
    ["a YAML date", "2024-10-05", "2024-10-05T00:00:00.000Z"],
    ["a quoted date", '"2024-10-05"', "2024-10-05T00:00:00.000Z"],
    ["a YAML timestamp", "2024-10-05T16:05:04.230Z", "2024-10-05T16:05:04.230Z"],
    ["a quoted ISO timestamp", '"2024-10-05T16:05:04Z"', "2024-10-05T16:05:04.000Z"],
    ["a quoted date and time with a space", '"2024-10-05 16:05:04Z"', "2024-10-05T16:05:04.000Z"],
  ])("%s is accepted as the post date", (_, date, iso) => {
    expect(parseSource({ ...base, date }).date.toISOString()).toBe(iso);
  });

  test("a quoted timestamp with a time zone offset is accepted and means that instant", () => {
    const post = parseSource({ ...base, date: '"2024-10-05T01:00:00+05:00"' });
    expect(post.date.toISOString()).toBe("2024-10-04T20:00:00.000Z");
  });

  test.each(['"2024-13-45"', '"2024-02-30"', "yesterday", '""'])(
    "the quoted or textual date %s is refused with a message naming the date field",
    (date) => {
      expect(parseError({ ...base, date })).toMatch(/^posts\/x\.mdx: front matter field "date" /);
    },
  );

  test.each(["2024-13-45", "2024-02-30"])(
    "the impossible unquoted YAML date %s is refused instead of rolling over to another day",
    (date) => {
      expect(parseError({ ...base, date })).toMatch(/^posts\/x\.mdx: front matter field "date" /);
    },
  );

  test("an updated date is read with the same rules as the date", () => {
    expect(parseSource({ ...base, updated: "2024-11-01" }).updated?.toISOString()).toBe(
      "2024-11-01T00:00:00.000Z",
    );
    expect(parseError({ ...base, updated: "soon" })).toContain('field "updated"');
  });
});

describe("tags", () => {
  test("tags can be written as a YAML list", () => {
    const post = parseSource({ ...base, tags: ["Career", "Machine Learning"] });
    expect(post.tags.map((tag) => tag.name)).toEqual(["Career", "Machine Learning"]);
  });

  test("a single tag can be written as a plain string", () => {
    const post = parseSource({ ...base, tags: "Machine Learning" });
    expect(post.tags).toEqual([{ slug: "machine-learning", name: "Machine Learning" }]);
  });

  test("tags can be written as one comma-separated string", () => {
    const post = parseSource({ ...base, tags: '"Career, machine-learning ,  Python"' });
    expect(post.tags.map((tag) => tag.slug)).toEqual(["career", "machine-learning", "python"]);
  });

  test("a post without tags has an empty tag list", () => {
    expect(parseSource(base).tags).toEqual([]);
  });
});

describe("other fields", () => {
  test("a post is not a draft unless it says so", () => {
    expect(parseSource(base).draft).toBe(false);
    expect(parseSource({ ...base, draft: true }).draft).toBe(true);
  });

  test("draft must be a real boolean, not the text 'yes'", () => {
    expect(parseError({ ...base, draft: '"yes"' })).toContain(
      'field "draft" must be true or false',
    );
  });

  test("an http(s) canonical URL is kept", () => {
    const post = parseSource({ ...base, canonical: "https://example.com/original" });
    expect(post.canonical).toBe("https://example.com/original");
  });

  test.each(["ftp://example.com/x", '"javascript:alert(1)"', "/relative/path"])(
    "the canonical URL %s is refused because it is not an absolute http(s) URL",
    (canonical) => {
      expect(parseError({ ...base, canonical })).toBe(
        'posts/x.mdx: front matter field "canonical" must be an absolute http(s) URL',
      );
    },
  );

  test("fields the blog does not know are accepted and ignored", () => {
    expect(parseError({ ...base, series: "Interviews", permalink: "/old/url/" })).toBe("");
  });

  test("meta title and description fall back to the title and description", () => {
    const post = parseSource({ ...base, description: "About reviews" });
    expect(post.metaTitle).toBe("A post");
    expect(post.metaDescription).toBe("About reviews");
  });

  test("a thumbnail that exists in public/ is kept with the title as its alt text", () => {
    const post = parseSource({ ...base, thumbnail: "/images/first-ml-model.svg" });
    expect(post.thumbnail).toEqual({ src: "/images/first-ml-model.svg", alt: "A post" });
  });

  test("a thumbnail that is missing, on another host or outside public/ is dropped", () => {
    for (const thumbnail of ["/images/nope.png", "https://example.com/a.png", "/../package.json"]) {
      expect(parseSource({ ...base, thumbnail }).thumbnail).toBeUndefined();
    }
  });
});

describe("reading time", () => {
  test("a post of about 1000 words takes about 5 minutes to read", () => {
    expect(parseSource(base, words(1000)).readingMinutes).toBe(5);
  });

  test("a post of about 2000 words takes about 10 minutes to read", () => {
    expect(parseSource(base, words(2000)).readingMinutes).toBe(10);
  });

  test("even a very short post reports at least 1 minute", () => {
    expect(parseSource(base, "Hi.").readingMinutes).toBe(1);
    expect(parseSource(base, "").readingMinutes).toBe(1);
  });
});
