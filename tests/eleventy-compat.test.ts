import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadContent } from "@/lib/content/load";
import { parsePost } from "@/lib/content/parse-post";
import { getAuthor, getPublishedPost, getPublishedPosts } from "@/lib/content/queries";
import type { Post } from "@/lib/content/types";
import { renderMarkdown } from "@/components/mdx/render-post";
import { createContentDir, removeContentDir } from "./support/content-fixture";

const FIXTURE =
  "/work/shared/fixtures/eleventy/neural-networks-in-machine-learning-and-data-science.md";
const SLUG = path.basename(FIXTURE, ".md");
const source = fs.readFileSync(FIXTURE, "utf8");
const fields = matter(source).data as Record<string, string>;

let dir: string;
let post: Post;

beforeAll(() => {
  dir = createContentDir("eleventy");
  fs.copyFileSync(FIXTURE, path.join(dir, "posts", `${SLUG}.md`));
  const found = getPublishedPost(SLUG);
  if (!found) throw new Error(`the Eleventy post was not published: ${loadContent().errors}`);
  post = found;
});

afterAll(() => removeContentDir(dir));

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}

describe("an unchanged Eleventy post", () => {
  test("loads without any content error", () => {
    expect(loadContent().errors).toEqual([]);
    expect(getPublishedPosts().map((p) => p.slug)).toEqual([SLUG]);
  });

  test("keeps its title, description and date", () => {
    expect(post.title).toBe("Neural Networks in Machine Learning and Data Science");
    expect(post.description).toMatch(/^Neural networks, inspired by the brain, power machine/);
    expect(post.date.toISOString()).toBe("2024-10-05T16:05:04.230Z");
    expect(post.format).toBe("md");
  });

  test("takes its SEO title and description from meta_title and meta_description", () => {
    expect(post.metaTitle).toBe(fields.meta_title);
    expect(post.metaDescription).toBe(fields.meta_description);
    // The fixture's meta values equal its title and description, so prove they are really read.
    const edited = source
      .replace(/^meta_title: .*$/m, "meta_title: Neural networks explained")
      .replace(/^meta_description: [\s\S]*?(?=^author:)/m, "meta_description: A short guide.\n");
    const copy = parsePost({ slug: SLUG, file: `posts/${SLUG}.md`, format: "md", source: edited });
    expect(copy.title).toBe(post.title);
    expect(copy.metaTitle).toBe("Neural networks explained");
    expect(copy.metaDescription).toBe("A short guide.");
  });

  test("ignores the Eleventy layout instead of exposing or rejecting it", () => {
    expect(post).not.toHaveProperty("layout");
    expect(JSON.stringify(post)).not.toContain("blog_base.njk");
  });

  test("drops Eleventy's `post` collection tag and keeps `mentoring`", () => {
    expect(post.tags).toEqual([{ slug: "mentoring", name: "mentoring" }]);
  });

  test("credits Saeed Mirshekari by a slug id even though he has no profile", () => {
    expect(post.author).toEqual({ id: "saeed-mirshekari", name: "Saeed Mirshekari" });
    expect(getAuthor("saeed-mirshekari")).toMatchObject({
      name: "Saeed Mirshekari",
      hasProfile: false,
    });
  });

  test("shows no thumbnail because the image is not in public/", () => {
    expect(fs.existsSync(path.join("public", "assets/img/uploads/neural_network.png"))).toBe(false);
    expect(post.thumbnail).toBeUndefined();
  });
});

describe("rendering the Eleventy post", () => {
  let html: string;

  beforeAll(async () => {
    const rendered = await renderMarkdown(post.body, post.format, post.file, post.bodyLineOffset);
    html = renderToStaticMarkup(rendered.content);
  });

  test("shows every ##, ### and #### heading at its level", () => {
    const headings = [...source.matchAll(/^(#{2,4}) (.+)$/gm)];
    expect(headings.length).toBeGreaterThanOrEqual(20);
    for (const [, hashes, text] of headings) {
      const level = hashes!.length;
      const rendered = [...html.matchAll(new RegExp(`<h${level} id="[^"]+">(.*?)<a `, "g"))];
      expect(rendered.map((m) => m[1])).toContain(escapeHtml(text!.trim()));
    }
  });

  test("renders the numbered lists as ordered lists with bold lead-ins", () => {
    const listStarts = source.match(/^1\. /gm) ?? [];
    expect(html.match(/<ol>/g)).toHaveLength(listStarts.length);
    const leads = [...source.matchAll(/^\d+\. \*\*(.+?)\*\*/gm)].map((m) => m[1]!);
    expect(leads).toContain("Neurons (Nodes):");
    for (const lead of leads) expect(html).toContain(`<li><strong>${escapeHtml(lead)}</strong>`);
  });

  test("renders the references as a bulleted list after the References heading", () => {
    const references = source
      .slice(source.indexOf("### References"))
      .split("\n")
      .filter((line) => line.startsWith("- "))
      .map((line) => escapeHtml(line.slice(2).trim()));
    expect(references).toHaveLength(3);
    const section = html.slice(html.indexOf(">References<"));
    expect(section).toMatch(/<ul>\s*<li>/);
    for (const reference of references) expect(section).toContain(`<li>${reference}</li>`);
  });

  test("collects the headings for the table of contents", async () => {
    const { headings } = await renderMarkdown(post.body, post.format, post.file);
    expect(headings[0]).toMatchObject({ text: post.title, depth: 2 });
    expect(headings.map((h) => h.text)).toContain("What is a Neural Network?");
  });
});
