// The long post issue #12 measures a phone on: about 2,000 words of prose, 20 math expressions
// (inline and display), 5 code blocks and a table, in sections a table of contents lists.
import fs from "node:fs";
import path from "node:path";
import { paragraph, random, sentence } from "./generate-posts.mjs";

export const LONG_POST_SLUG = "a-long-post-for-phones";

const LANGUAGES = ["ts", "python", "bash", "sql", "tsx"];

function codeBlock(language, n) {
  const body = {
    ts: [
      `export function movingAverage${n}(values: number[], window: number): number[] {`,
      "  const out: number[] = [];",
      "  for (let i = window - 1; i < values.length; i++) {",
      "    const slice = values.slice(i - window + 1, i + 1);",
      "    out.push(slice.reduce((a, b) => a + b, 0) / window);",
      "  }",
      "  return out;",
      "}",
    ],
    python: [
      "import numpy as np",
      "",
      `def fit_line_${n}(x, y):`,
      "    A = np.vstack([x, np.ones(len(x))]).T",
      "    slope, intercept = np.linalg.lstsq(A, y, rcond=None)[0]",
      "    return slope, intercept",
    ],
    bash: [
      "set -euo pipefail",
      "npm ci --no-audit",
      `npm run build -- --profile ${n}`,
      "npm start",
    ],
    sql: [
      "SELECT author_id, count(*) AS posts",
      "FROM posts",
      "WHERE published_at > now() - interval '1 year'",
      "GROUP BY author_id",
      "ORDER BY posts DESC;",
    ],
    tsx: [
      `export function Badge${n}({ label }: { label: string }) {`,
      '  return <span className="badge">{label}</span>;',
      "}",
    ],
  }[language];
  return ["```" + language, ...body, "```"].join("\n");
}

function table() {
  const rows = [
    "| Model | Parameters | Training time | Accuracy |",
    "| --- | ---: | ---: | ---: |",
  ];
  for (let i = 1; i <= 8; i++)
    rows.push(`| Model ${i} | ${i * 12} M | ${i * 3} h | ${(80 + i * 1.7).toFixed(1)} % |`);
  return rows.join("\n");
}

/** 10 sections of about 200 words, 2 formulas each (one inline, one display), 5 code blocks. */
export function longPostSource() {
  const next = random(7);
  const sections = [];
  for (let s = 1; s <= 10; s++) {
    sections.push(
      `## Part ${s}: ${sentence(next, 3).slice(0, -1)}`,
      `${paragraph(next)} The loss here is $L_{${s}} = \\frac{1}{n}\\sum_{i=1}^{n} (y_i - \\hat{y}_i)^2$ for each batch.`,
      paragraph(next),
      "$$",
      `\\nabla_\\theta J(\\theta_{${s}}) = \\frac{1}{m} X^\\top (X\\theta - y) + \\lambda_{${s}} \\theta`,
      "$$",
      paragraph(next),
    );
    if (s % 2 === 0) sections.push(codeBlock(LANGUAGES[s / 2 - 1], s));
    if (s === 5) sections.push(table());
  }
  return `---
title: "A long post for phones: what it costs to read"
date: 2019-12-31T12:00:00.000Z
description: "About two thousand words with formulas, code and a table, to measure what a phone pays."
tags: ["Topic A"]
author: bench-author
---
${paragraph(next)}

${sections.join("\n\n")}
`;
}

export function writeLongPost(contentDir) {
  fs.writeFileSync(path.join(contentDir, "posts", `${LONG_POST_SLUG}.mdx`), longPostSource());
  return LONG_POST_SLUG;
}
