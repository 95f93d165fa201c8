import { renderToStaticMarkup } from "react-dom/server";
import { prerender } from "react-dom/static";
import { describe, expect, test } from "vitest";
import { MDX_COMPONENT_NAMES as mdxComponentNames } from "@/lib/mdx/component-names";
import { Figure } from "@/components/mdx/figure";
import { MdxImage } from "@/components/mdx/mdx-image";
import { MdxLink } from "@/components/mdx/mdx-link";
import type { PostFormat } from "@/lib/content/types";
import { renderMarkdown } from "@/components/mdx/render-post";
import { findMdxProblem } from "@/lib/mdx/validate-mdx";
import { isExternalUrl, isSafeUrl } from "@/lib/mdx/safe-url";

async function html(source: string, format: PostFormat = "mdx"): Promise<string> {
  const { content } = await renderMarkdown(source, format, `posts/test.${format}`);
  // Site images are async server components (they measure the file): render to the end.
  const { prelude } = await prerender(content);
  // Without the text separators hydration needs, as renderToStaticMarkup writes it.
  return (await new Response(prelude).text()).replace(/<!-- -->/g, "");
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

describe("restyling the page from a post (review, December 2026)", () => {
  const overlay = "fixed inset-0 z-50 bg-white";

  test.each([
    [
      "className on a div",
      `<div className="${overlay}">Session expired, sign in at evil.example</div>\n`,
    ],
    ["class on a div", `<div class="${overlay}">Session expired</div>\n`],
    ["CLASSNAME in capitals", `<span CLASSNAME="${overlay}">Session expired</span>\n`],
    [
      "className on a table",
      `<table className="${overlay}"><tbody><tr><td>x</td></tr></tbody></table>\n`,
    ],
    ["className on a pre", `<pre className="${overlay}">x</pre>\n`],
    ["className on an anchor without href", `<a className="${overlay}" title="t">x</a>\n`],
    ["className on a component", `<Callout className="${overlay}" type="tip">x</Callout>\n`],
    ["className on a Figure", `<Figure className="${overlay}" src="/images/a.png" alt="A" />\n`],
    ["style on a component", `<Callout style="position:fixed;inset:0">x</Callout>\n`],
    ["style in capitals", `<div STYLE="position:fixed;inset:0">x</div>\n`],
  ])("%s is dropped", async (_, source) => {
    const out = await html(source);
    expect(out).not.toMatch(/\b(fixed|inset-0|z-50|position:\s*fixed)\b/);
    expect(out).not.toMatch(/\sstyle=/);
  });

  test("no attribute outside the allow-list survives on plain HTML", async () => {
    const out = await html(
      '<div id="main-content" data-theme="dark" popover="auto" hidden tabIndex="1" accessKey="s" title="kept" lang="fr">Text</div>\n\n' +
        '<table background="/images/a.png" bgcolor="red"><tbody><tr><td colSpan="2" width="9999">x</td></tr></tbody></table>\n',
    );
    expect(out).toContain('<div title="kept" lang="fr">Text</div>');
    expect(out).toMatch(/<td colSpan="2">x<\/td>|<td colspan="2">x<\/td>/i);
    expect(out).not.toMatch(
      /id=|data-theme|popover|hidden|tabindex|accesskey|background|bgcolor|width/i,
    );
  });

  test("KaTeX's \\htmlClass and \\htmlStyle are not trusted", async () => {
    const out = await html(
      "$\\htmlClass{fixed inset-0}{x}$ and $\\htmlStyle{position:fixed}{y}$\n",
    );
    // KaTeX shows the commands as red error text; no class or style reaches the page.
    expect(out).toContain("\\htmlClass</span>");
    expect(out).not.toMatch(/class="[^"]*\bfixed\b/);
    expect(out).not.toMatch(/style="[^"]*position/);
  });

  test.each([
    [
      "className",
      '<div className="fixed">x</div>',
      "The className attribute is not allowed in posts (on <div>).",
    ],
    [
      "class",
      '<span class="fixed">x</span>',
      "The class attribute is not allowed in posts (on <span>).",
    ],
    [
      "style",
      '<Callout style="position:fixed">x</Callout>',
      "The style attribute is not allowed in posts (on <Callout>).",
    ],
  ])("saving a post with %s is refused with a message", async (_, source, message) => {
    const problem = await findMdxProblem(`${source}\n`, "mdx", mdxComponentNames, { strict: true });
    expect(problem?.message).toBe(message);
  });
});

describe("images from other hosts, however written (review, December 2026)", () => {
  test.each([
    "/\\evil.example/x.png",
    "https:/evil.example/x.png",
    "http:/evil.example/x.png",
    "//evil.example/x.png",
    "/%2F/evil.example/x.png",
    "/%5Cevil.example/x.png",
  ])("%j is never loaded as an image, in Markdown, <img> or <Figure>", async (src) => {
    for (const source of [
      `![Chart](<${src}>)\n`,
      `<img src="${src}" alt="Chart" />\n`,
      `<Figure src="${src}" alt="Chart" caption="C" />\n`,
    ]) {
      const out = await html(source);
      expect(out, source).not.toMatch(/<img|rel="preload"/);
    }
  });

  test("a tab or newline between the slashes does not load an image either", async () => {
    for (const src of ["/\t/evil.example/x.png", "/\n/evil.example/x.png"]) {
      const out = renderToStaticMarkup(MdxImage({ src, alt: "Chart" })!);
      expect(out).not.toContain("<img");
      const figure = renderToStaticMarkup(Figure({ src, alt: "Chart" }));
      expect(figure).not.toContain("<img");
    }
  });

  test("an image on this site still loads", async () => {
    const out = await html('![A](/images/a.png)\n\n<Figure src="/images/b.png" alt="B" />\n');
    expect(out).toMatch(/<img [^>]*src="\/images\/a\.png"/);
    expect(out).toMatch(/<img [^>]*src="\/images\/b\.png"/);
  });

  test("a link disguised as a site path is marked external, not routed as a site link", () => {
    const out = renderToStaticMarkup(MdxLink({ href: "/\\evil.example/", children: "x" }));
    expect(out).toContain("(external link)");
    expect(out).toContain('rel="noopener noreferrer"');
  });

  test("in Markdown and <a>, a backslash after the slash stays on this site", async () => {
    for (const source of ['<a href="/\\evil.example/">x</a>\n', "[x](</\\evil.example/>)\n"]) {
      for (const href of urls(await html(source))) {
        for (const origin of ["http://site.invalid", "https://site.invalid"])
          expect(new URL(href, `${origin}/blog/post`).origin, source).toBe(origin);
      }
    }
  });
});

describe("the components authors may use", () => {
  test("are exactly the capitalised keys of the components map, as lib/mdx knows them", async () => {
    const { mdxComponents } = await import("@/components/mdx");
    const { MDX_COMPONENT_NAMES } = await import("@/lib/mdx/component-names");
    const capitalised = Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name));
    expect(capitalised.sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
  });
});
