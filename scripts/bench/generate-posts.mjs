// Writes `count` synthetic posts (realistic length, headings, code, math, tags) into a content folder.
import fs from "node:fs";
import path from "node:path";

const WORDS = (
  "mentor review code design test deploy learn pattern system data model career growth feedback " +
  "pair refactor interface latency cache queue schema migration type function module state render " +
  "server client request response error retry budget metric trace log signal team habit question"
).split(" ");
const TAGS = Array.from(
  { length: 40 },
  (_, i) => `Topic ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ""}`,
);

/** A small deterministic generator, so every run writes the same blog. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function sentence(next, words = 12) {
  const list = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]);
  return `${list.join(" ").replace(/^./, (c) => c.toUpperCase())}.`;
}

export function paragraph(next) {
  return Array.from({ length: 4 + Math.floor(next() * 3) }, () =>
    sentence(next, 10 + Math.floor(next() * 8)),
  ).join(" ");
}

export function postSource(i, next) {
  const tags = [
    ...new Set([
      // Every fourth post carries the measured tag, so its first page is full at every size.
      ...(i % 4 === 0 ? [TAGS[0]] : []),
      ...Array.from(
        { length: 2 + Math.floor(next() * 2) },
        () => TAGS[Math.floor(next() * TAGS.length)],
      ),
    ]),
  ];
  const day = new Date(Date.UTC(2020, 0, 1) + i * 6 * 3600 * 1000).toISOString();
  const sections = [];
  for (let s = 1; s <= 4; s++) {
    sections.push(
      `## Section ${s}: ${sentence(next, 3).slice(0, -1)}`,
      paragraph(next),
      paragraph(next),
    );
    if (s === 2)
      sections.push(
        "```ts",
        `export function step${i}(input: number): number {`,
        "  return input * 2 + 1;",
        "}",
        "```",
      );
    if (s === 3)
      sections.push(
        "$$",
        `E_{${i}} = \\sum_{k=1}^{n} k^2 = \\frac{n(n+1)(2n+1)}{6}`,
        "$$",
        `### Detail ${s}`,
        paragraph(next),
      );
  }
  return `---
title: "Synthetic post ${i}: ${sentence(next, 4).slice(0, -1)}"
date: ${day}
description: "${sentence(next, 14)}"
tags: [${tags.map((t) => JSON.stringify(t)).join(", ")}]
author: bench-author
---
${paragraph(next)}

${sections.join("\n\n")}
`;
}

export function generatePosts(contentDir, count) {
  const posts = path.join(contentDir, "posts");
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.mkdirSync(posts, { recursive: true });
  fs.mkdirSync(path.join(contentDir, "authors"), { recursive: true });
  fs.writeFileSync(
    path.join(contentDir, "authors", "bench-author.md"),
    "---\nname: Bench Author\n---\nWrites synthetic posts.\n",
  );
  const next = random(42);
  for (let i = 1; i <= count; i++)
    fs.writeFileSync(path.join(posts, `synthetic-post-${i}.mdx`), postSource(i, next));
  return { firstSlug: "synthetic-post-1", lastSlug: `synthetic-post-${count}`, tagSlug: "topic-a" };
}
