import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, test } from "vitest";
import type { Post } from "@/lib/content/types";
import { buildFeed, feedResponse, type FeedFormat } from "@/lib/feeds";

/** Control characters XML 1.0 cannot carry, DEL, a C1 control and a lone surrogate. */
const CONTROLS = "\u0000\u0001\u0008\u000b\u000c\u001b\u001f\u007f\u0085\ud800\ufffe\uffff";
const strip = (value: string) =>
  value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800\ufffe\uffff]/g, "");

const TITLE = `Closing ]]> twice ]]><item><title>Injected item</title><link>https://evil.example/</link></item><![CDATA[ and ]]]]> a third ]]> ${CONTROLS}<b>bold</b> & "quoted" 'single' done`;
const DESCRIPTION = `Summary ]]></description></item><item><title>Fake</title></item> <script>alert(1)</script> ]]> & ${CONTROLS} end`;
const TAG = `Tag ]]> <category>x</category> ${CONTROLS}& "q"`;
const AUTHOR = `Ada ]]> </author><item>x</item> ${CONTROLS}& <b>`;

function post(slug: string, overrides: Partial<Post> = {}): Post {
  return {
    slug,
    file: `posts/${slug}.mdx`,
    format: "mdx",
    title: slug,
    date: new Date("2026-01-02T03:04:05Z"),
    tags: [],
    author: { id: "ada", name: "Ada" },
    metaTitle: slug,
    metaTitleIsCustom: false,
    draft: false,
    modifiedAt: new Date("2026-01-02T03:04:05Z"),
    review: false,
    readingMinutes: 1,
    body: "",
    bodyLineOffset: 0,
    text: "Plain text.",
    ...overrides,
  };
}

const hostile = post("hostile", {
  title: TITLE,
  description: DESCRIPTION,
  tags: [{ name: TAG, slug: "tag" }],
  author: { id: "ada", name: AUTHOR },
});
const neighbour = post("neighbour", { title: "An ordinary post" });
const feed = buildFeed([hostile, neighbour]);

/** What a subscriber downloads: the routes' own response. */
const body = (data: typeof feed, format: FeedFormat) => feedResponse(data, format).text();

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: false,
  isArray: (name) => ["item", "entry", "category"].includes(name),
});

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  // Nothing XML 1.0 forbids: one such character makes the whole feed unreadable.
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/);
  expect(xml).not.toContain("<![CDATA[");
  return parser.parse(xml) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const text = (node: unknown) =>
  typeof node === "object" && node !== null ? (node as { "#text": string })["#text"] : node;

describe("RSS feed with ]]>, tags and control characters in a post (review, December 2026)", () => {
  let rss: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  beforeAll(async () => {
    rss = parse(await body(feed, "rss")).rss;
  });

  test("holds exactly the two posts, with their exact titles", () => {
    const items = rss.channel.item;
    expect(items).toHaveLength(2);
    expect(items.map((item: { title: string }) => item.title)).toEqual([
      strip(TITLE),
      "An ordinary post",
    ]);
  });

  test("the description arrives as escaped HTML, so a reader shows it as text", () => {
    const description = rss.channel.item[0].description as string;
    expect(description).not.toContain("<");
    expect(description).toBe(
      strip(DESCRIPTION)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;"),
    );
  });

  test("tag and author names are exact text", () => {
    const item = rss.channel.item[0];
    expect(item.category.map(text)).toEqual([strip(TAG)]);
    expect(item["dc:creator"]).toBe(strip(AUTHOR));
  });
});

describe("Atom feed with the same post", () => {
  let atom: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  beforeAll(async () => {
    atom = parse(await body(feed, "atom")).feed;
  });

  test("holds exactly two entries, with exact plain-text titles and summary", () => {
    const entries = atom.entry;
    expect(entries).toHaveLength(2);
    expect(entries.map((entry: { title: unknown }) => text(entry.title))).toEqual([
      strip(TITLE),
      "An ordinary post",
    ]);
    expect(entries[0].title["@_type"]).toBe("text");
    expect(text(entries[0].summary)).toBe(strip(DESCRIPTION));
    expect(entries[0].summary["@_type"]).toBe("text");
  });

  test("tag label and author name are exact", () => {
    const entry = atom.entry[0];
    expect(entry.category.map((c: Record<string, string>) => c["@_label"])).toEqual([strip(TAG)]);
    expect(entry.author.name).toBe(strip(AUTHOR));
  });
});

describe("JSON feed with the same post", () => {
  test("holds exactly two items with exact text and no HTML field", async () => {
    const json = JSON.parse(await body(feed, "json")) as {
      items: Record<string, unknown>[];
    };
    expect(json.items).toHaveLength(2);
    expect(json.items[0]).toMatchObject({
      title: strip(TITLE),
      content_text: strip(DESCRIPTION),
      tags: [strip(TAG)],
      authors: [{ name: strip(AUTHOR) }],
    });
    expect(json.items[0]).not.toHaveProperty("content_html");
  });
});

describe("a tag feed titled with the tag's name", () => {
  test("stays valid XML with the exact title", async () => {
    const tagFeed = buildFeed([hostile], { title: TAG, path: "/tags/tag" });
    const rss = parse(await body(tagFeed, "rss")).rss;
    expect(rss.channel.title).toBe(`${strip(TAG)} · Mentor Notes`);
    expect(rss.channel.item).toHaveLength(1);
  });
});
