/** Posts that exist only in the browser tests' content folder. */

/** Words that appear only in posts readers must never see. */
export const DRAFT_WORD = "zanzibarquokka";
export const FUTURE_WORD = "xylophonewombat";

export const FILLER_TAG = "Pagination Filler";
export const FILLER_COUNT = 14;

const filler = Object.fromEntries(
  Array.from({ length: FILLER_COUNT }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    // Two spellings of one tag, to prove they are merged.
    const tag = i % 2 === 0 ? FILLER_TAG : "pagination-filler";
    return [
      `e2e-filler-${n}.md`,
      `---\ntitle: Filler post ${n}\ndate: 2020-01-${n}\ndescription: A short post that only exists to fill pages.\ntags: [${tag}]\n---\nFiller text number ${n}.\n`,
    ];
  }),
);

/** A long post whose first image is a 4,000 × 3,000 phone photo (phone-photo.ts), another far below. */
export const PHONE_PHOTO_SLUG = "e2e-phone-photo";
const paragraphs = Array.from(
  { length: 40 },
  (_, i) =>
    `Paragraph ${i + 1} of the walk, long enough to push the next picture far down the page.`,
).join("\n\n");

export const testPosts: Record<string, string> = {
  ...filler,
  [`${PHONE_PHOTO_SLUG}.md`]: `---\ntitle: A walk in the hills\ndate: 2019-03-03\ndescription: Photos from a phone.\ntags: [Photos]\n---\n![The valley at dawn](/media/e2e-phone-photo.jpg)\n\n${paragraphs}\n\n![The way down](/media/e2e-second-photo.jpg)\n\nThe end of the walk.\n`,
  "e2e-draft-post.mdx": `---\ntitle: Secret draft post\ndate: 2021-05-05\ndraft: true\ntags: [Drafts Only]\n---\nThis draft mentions ${DRAFT_WORD} and must stay hidden.\n`,
  "e2e-future-post.mdx": `---\ntitle: Post from the future\ndate: 2999-01-01\ntags: [Drafts Only]\n---\nScheduled text about ${FUTURE_WORD}.\n`,
  "e2e-hostile-mdx.mdx": `---
title: Hostile MDX test
date: 2019-06-01
description: Every trick an untrusted author might try.
---
Intro paragraph that is safe.

<script>window.__pwned = "script"</script>

<iframe src="javascript:window.__pwned='iframe'"></iframe>

<style>{"body { display: none }"}</style>

<object data="javascript:window.__pwned='object'"></object>

<div onclick="window.__pwned='onclick'" id="hostile-div">Click me</div>

<img src="x" onerror="window.__pwned='onerror'" alt="broken" />

[A javascript link](javascript:window.__pwned='link')

<a href="javascript:window.__pwned='anchor'" id="hostile-anchor">Anchor with javascript URL</a>

{globalThis.process?.env?.HOME}

Closing paragraph that is safe.
`,
};
