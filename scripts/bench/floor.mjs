// The floor for a post page: a bare Next.js app whose one page holds the post page's HTML as it is
// served (scripts removed) with the same stylesheet and fonts. Whatever Lighthouse measures on it
// is what Next's own runtime costs a phone; the real page can only add to that.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const attribute = (tag, name) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? "";

/** Fetches every url() the stylesheet uses into `mediaDir`; returns the CSS pointing at them. */
async function localCss(cssUrl, mediaDir) {
  let css = await (await fetch(cssUrl)).text();
  const urls = new Set([...css.matchAll(/url\((["']?)([^)"']+)\1\)/g)].map((m) => m[2]));
  for (const url of urls) {
    if (url.startsWith("data:")) continue;
    const absolute = new URL(url, cssUrl);
    const name = path.basename(absolute.pathname);
    fs.writeFileSync(
      path.join(mediaDir, name),
      Buffer.from(await (await fetch(absolute)).arrayBuffer()),
    );
    css = css.split(url).join(`./media/${name}`);
  }
  return css;
}

/**
 * Writes and builds the floor app in `dir`, a folder outside the checkout (inside it, Next would
 * take the checkout's instrumentation and proxy for the floor's), from the page at `pageUrl`.
 * Its node_modules is a link to the checkout's; Turbopack's root is the filesystem's, so it may
 * follow that link.
 */
export async function buildFloor(pageUrl, dir) {
  const html = await (await fetch(pageUrl)).text();
  const app = path.join(dir, "app");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(app, "media"), { recursive: true });
  fs.symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"), "dir");

  const htmlTag = /<html[^>]*>/.exec(html)?.[0] ?? "";
  const bodyTag = /<body[^>]*>/.exec(html)?.[0] ?? "";
  const body = html
    .slice(html.indexOf(bodyTag) + bodyTag.length, html.lastIndexOf("</body>"))
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "Floor";
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
  const css = [];
  for (const href of stylesheets)
    css.push(await localCss(new URL(href, pageUrl).href, path.join(app, "media")));

  fs.writeFileSync(path.join(app, "floor.css"), css.join("\n"));
  fs.writeFileSync(path.join(dir, "body.html"), body);
  fs.writeFileSync(
    path.join(dir, "next.config.mjs"),
    `export default { poweredByHeader: false, turbopack: { root: "/" } };\n`,
  );
  fs.writeFileSync(
    path.join(app, "layout.jsx"),
    `import "./floor.css";
export const metadata = { title: ${JSON.stringify(title)}, description: "The floor: the same HTML in a bare Next.js page." };
export default function Layout({ children }) {
  return (
    <html lang="en" className=${JSON.stringify(attribute(htmlTag, "class"))}>
      <body className=${JSON.stringify(attribute(bodyTag, "class"))}>{children}</body>
    </html>
  );
}
`,
  );
  fs.writeFileSync(
    path.join(app, "page.jsx"),
    `import fs from "node:fs";
import path from "node:path";
const html = fs.readFileSync(path.join(process.cwd(), "body.html"), "utf8");
export default function Page() {
  return <div style={{ display: "contents" }} dangerouslySetInnerHTML={{ __html: html }} />;
}
`,
  );
  execFileSync(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: "ignore",
  });
  return { command: process.execPath, args: [path.resolve("node_modules/next/dist/bin/next")] };
}
