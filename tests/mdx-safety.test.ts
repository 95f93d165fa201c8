import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import type { PostFormat } from "@/lib/content/types";
import { renderMarkdown } from "@/lib/mdx/render-post";
import { isExternalUrl, isSafeUrl } from "@/lib/mdx/safe-url";

async function html(source: string, format: PostFormat = "mdx"): Promise<string> {
  const { content } = await renderMarkdown(source, format, `posts/test.${format}`);
  return renderToStaticMarkup(content);
}

/** Every href and src in the output, entity-decoded and without whitespace or control characters. */
function urls(markup: string): string[] {
  return [...markup.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) =>
    m[1]!
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&amp;/g, "&")
      .replace(/[\u0000-\u0020]/g, "")
      .toLowerCase(),
  );
}

const dangerous = [
  "<script>alert(1)</script>",
  '<iframe src="https://example.com"></iframe>',
  "<style>{`body { display: none }`}</style>",
  '<object data="https://example.com/x.swf"></object>',
  '<embed src="https://example.com/x.swf" />',
  '<form action="https://example.com"><input name="q" /></form>',
].join("\n\n");

describe("elements that could run code or change the page", () => {
  test.each<PostFormat>(["mdx", "md"])("never appear in a rendered .%s post", async (format) => {
    const out = await html(`Before.\n\n${dangerous}\n\nAfter.\n`, format);
    expect(out).toContain("Before.");
    expect(out).toContain("After.");
    expect(out).not.toMatch(/<(script|iframe|style|object|embed|form|input)\b/i);
    expect(out).not.toContain("alert(1)");
  });

  test("unknown lowercase tags are unwrapped and their text kept", async () => {
    expect(await html("<marquee>Moving text</marquee>\n")).toBe("Moving text");
  });

  test("raw HTML in a .md post is dropped, Markdown around it stays", async () => {
    const out = await html('Some <b onclick="alert(1)">bold</b> text.\n', "md");
    expect(out).toBe("<p>Some bold text.</p>");
  });
});

describe("event handler attributes", () => {
  test("onclick and onerror are removed while the element and its text stay", async () => {
    const out = await html(
      '<div onclick="alert(1)" title="kept">Click</div>\n\n<img src="/images/a.png" alt="A" onerror="alert(2)" />\n',
    );
    expect(out).toContain('<div title="kept">Click</div>');
    expect(out).toMatch(/<img [^>]*src="\/images\/a\.png"/);
    expect(out).not.toMatch(/onclick|onerror|alert/i);
  });

  test("style and dangerouslySetInnerHTML cannot be set on allowed elements", async () => {
    const out = await html('<span style="position:fixed" dangerouslySetInnerHTML="x">Hi</span>\n');
    expect(out).toBe("<span>Hi</span>");
  });
});

describe("javascript: links", () => {
  test.each([
    ["plain", "javascript:alert(1)"],
    ["mixed case", "JaVaScRiPt:alert(1)"],
    ["an encoded tab", "java&#9;script:alert(1)"],
    ["a leading space encoded", "&#32;javascript:alert(1)"],
  ])("a Markdown link with %s javascript: goes nowhere", async (_, url) => {
    const out = await html(`[Click me](${url})\n`);
    expect(out).toContain(">Click me</a>");
    expect(urls(out)).toEqual(["#"]);
  });

  test("a Markdown reference link to javascript: goes nowhere", async () => {
    const out = await html("[Click me][x]\n\n[x]: javascript:alert(1)\n");
    expect(urls(out)).toEqual(["#"]);
  });

  test.each([
    ["plain", "javascript:alert(1)"],
    ["mixed case", "JaVaScRiPt:alert(1)"],
    ["an embedded tab", "java\tscript:alert(1)"],
    ["an embedded newline", "java\nscript:alert(1)"],
  ])("an <a href> with %s javascript: keeps its text but not the link", async (_, url) => {
    const out = await html(`<a href="${url}">Click me</a>\n`);
    expect(out).toContain(">Click me</a>");
    expect(urls(out).join(" ")).not.toContain("javascript:");
  });

  test("data: and vbscript: links are neutralised too", async () => {
    const out = await html(
      '[a](data:text/html,hi) <a href="vbscript:msgbox(1)">b</a> ![c](data:image/png;base64,AAAA)\n',
    );
    expect(urls(out).join(" ")).not.toMatch(/data:|vbscript:/);
  });

  test("ordinary links, site links and mail links keep working", async () => {
    const out = await html(
      "[site](/tags/career) [web](https://example.com/a?b=1&c=2) [mail](mailto:ada@example.com)\n",
    );
    expect(urls(out)).toEqual([
      "/tags/career",
      "https://example.com/a?b=1&c=2",
      "mailto:ada@example.com",
    ]);
    expect(out).toContain("(external link)");
  });
});

describe("code in MDX", () => {
  test("{expressions} produce no output", async () => {
    const out = await html("Two is {1 + 1}.\n\n{globalThis.process.exit(1)}\n\nDone.\n");
    expect(out).toBe("<p>Two is .</p>\n<p>Done.</p>");
  });

  test("import and export statements produce no output and do not run", async () => {
    const out = await html(
      'import fs from "node:fs"\n\nexport const secret = fs.readFileSync("/etc/passwd", "utf8")\n\nText.\n',
    );
    expect(out).toBe("<p>Text.</p>");
  });

  test("attribute expressions and spread props are dropped", async () => {
    const out = await html('<a href={"javascript:alert(1)"} {...{ onClick: 1 }}>x</a>\n');
    expect(out).toBe("<a>x</a>");
  });
});

describe("components", () => {
  test('an allowed component like <Callout type="tip"> renders as a tip', async () => {
    const out = await html(
      '<Callout type="tip" title="Try this">\n\nBe **kind** in reviews.\n\n</Callout>\n',
    );
    expect(out).toMatch(/<aside [^>]*aria-label="Try this"/);
    expect(out).toContain("<strong>kind</strong>");
  });

  test("an image on another host is shown as a link instead of being loaded", async () => {
    const out = await html("![Chart](https://example.com/chart.png)\n");
    expect(out).not.toMatch(/<img|rel="preload"/);
    expect(out).toContain('href="https://example.com/chart.png"');
  });

  test("an <img> tag pointing at another host is not loaded either", async () => {
    const out = await html('<img src="https://tracker.example/pixel.png" alt="Chart" />\n');
    expect(out).not.toMatch(/<img|rel="preload"/);
  });
});

describe("isSafeUrl and isExternalUrl", () => {
  test.each([
    "https://example.com",
    "http://example.com",
    "mailto:a@b.c",
    "/tags/x",
    "#top",
    "notes/x",
    "?q=1",
    "",
  ])("%s is a safe URL", (url) => expect(isSafeUrl(url)).toBe(true));

  test.each([
    "javascript:alert(1)",
    "JAVASCRIPT:x",
    "java\tscript:x",
    " javascript:x",
    "\u0001javascript:x",
    "data:text/html,x",
    "vbscript:x",
    "file:///etc/passwd",
  ])("%j is not a safe URL", (url) => expect(isSafeUrl(url)).toBe(false));

  test("absolute and protocol-relative http(s) links are external, others are not", () => {
    for (const url of [
      "https://example.com",
      "HTTP://EXAMPLE.COM",
      "//cdn.example.com/x",
      " https://x.y",
    ]) {
      expect(isExternalUrl(url), url).toBe(true);
    }
    for (const url of ["/tags/x", "#top", "mailto:a@b.c", "notes/x", "javascript:alert(1)"]) {
      expect(isExternalUrl(url), url).toBe(false);
    }
  });
});
